import XCTest
@testable import TerminalKit

final class KeyDecoderTests: XCTestCase {
    private func decode(_ bytes: [UInt8]) -> [Event] {
        var decoder = KeyDecoder()
        return decoder.feed(bytes)
    }

    private func decode(_ text: String) -> [Event] { decode(Array(text.utf8)) }

    private func keys(_ keys: Key...) -> [Event] { keys.map { .key($0) } }

    func testArrowsInCSIAndSS3Forms() {
        XCTAssertEqual(decode("\u{1b}[A\u{1b}[B\u{1b}[C\u{1b}[D"), keys(.up, .down, .right, .left))
        XCTAssertEqual(decode("\u{1b}OA\u{1b}OB\u{1b}OC\u{1b}OD"), keys(.up, .down, .right, .left))
        XCTAssertEqual(decode("\u{1b}[1;5A"), keys(.up), "modified arrows still move")
    }

    func testNavigationKeysAcrossTerminals() {
        // xterm
        XCTAssertEqual(decode("\u{1b}[H\u{1b}[F\u{1b}OH\u{1b}OF"), keys(.home, .end, .home, .end))
        // vt220 / linux console / rxvt tilde forms
        XCTAssertEqual(decode("\u{1b}[1~\u{1b}[4~\u{1b}[7~\u{1b}[8~"), keys(.home, .end, .home, .end))
        XCTAssertEqual(decode("\u{1b}[5~\u{1b}[6~\u{1b}[2~\u{1b}[3~"), keys(.pageUp, .pageDown, .insert, .delete))
    }

    func testFunctionKeys() {
        XCTAssertEqual(decode("\u{1b}OP\u{1b}OQ\u{1b}OR\u{1b}OS"), keys(.function(1), .function(2), .function(3), .function(4)))
        XCTAssertEqual(decode("\u{1b}[11~\u{1b}[15~\u{1b}[17~\u{1b}[21~\u{1b}[23~\u{1b}[24~"),
                       keys(.function(1), .function(5), .function(6), .function(10), .function(11), .function(12)))
        XCTAssertEqual(decode("\u{1b}[[A\u{1b}[[E"), keys(.function(1), .function(5)), "linux console")
        XCTAssertEqual(decode("\u{1b}[1;2P"), keys(.function(1)))
    }

    func testControlKeysEnterTabBackspace() {
        XCTAssertEqual(decode([0x01, 0x05, 0x15, 0x17, 0x03]), keys(.ctrl("a"), .ctrl("e"), .ctrl("u"), .ctrl("w"), .ctrl("c")))
        XCTAssertEqual(decode([0x0d, 0x0a, 0x09, 0x7f, 0x08]), keys(.enter, .enter, .tab, .backspace, .backspace))
        XCTAssertEqual(decode("\u{1b}[Z"), keys(.backTab))
    }

    func testAltIsEscPrefix() {
        XCTAssertEqual(decode("\u{1b}b\u{1b}f"), keys(.alt("b"), .alt("f")))
        XCTAssertEqual(decode("\u{1b}é"), keys(.alt("é")))
    }

    func testLoneEscWaitsForTheCallersTimeout() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed([0x1b]), [])
        XCTAssertTrue(decoder.hasPendingEscape)
        XCTAssertEqual(decoder.flush(), keys(.escape))
        XCTAssertFalse(decoder.hasPending)
        // Esc then a sequence arriving later is still an arrow.
        XCTAssertEqual(decoder.feed([0x1b]), [])
        XCTAssertEqual(decoder.feed(Array("[A".utf8)), keys(.up))
        // Double Esc: the first is a key of its own.
        XCTAssertEqual(decoder.feed([0x1b, 0x1b]), keys(.escape))
        XCTAssertEqual(decoder.flush(), keys(.escape))
        // A cut-off CSI flushed after the timeout becomes Alt-[.
        XCTAssertEqual(decoder.feed(Array("\u{1b}[".utf8)), [])
        XCTAssertEqual(decoder.flush(), keys(.alt("[")))
    }

    func testSequencesSplitAcrossReads() {
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed(Array("\u{1b}[".utf8)), [])
        XCTAssertEqual(decoder.feed(Array("1".utf8)), [])
        XCTAssertEqual(decoder.feed(Array("5~x".utf8)), keys(.function(5), .char("x")))
        let bytes = Array("日".utf8)
        XCTAssertEqual(decoder.feed(bytes.prefix(2)), [])
        XCTAssertEqual(decoder.feed(bytes.suffix(1)), keys(.char("日")))
    }

    func testUTF8TextIncludingClusters() {
        XCTAssertEqual(decode("a日本"), keys(.char("a"), .char("日"), .char("本")))
        XCTAssertEqual(decode("👩‍⚕️🇩🇪e\u{301}"), keys(.char("👩‍⚕️"), .char("🇩🇪"), .char("e\u{301}")))
    }

    func testSGRMouse() {
        XCTAssertEqual(decode("\u{1b}[<0;10;5M"), [.mouse(MouseEvent(kind: .press(button: 0), x: 9, y: 4))])
        XCTAssertEqual(decode("\u{1b}[<2;1;1M"), [.mouse(MouseEvent(kind: .press(button: 2), x: 0, y: 0))])
        XCTAssertEqual(decode("\u{1b}[<0;10;5m"), [.mouse(MouseEvent(kind: .release, x: 9, y: 4))])
        XCTAssertEqual(decode("\u{1b}[<64;3;4M\u{1b}[<65;3;4M"), [
            .mouse(MouseEvent(kind: .wheelUp, x: 2, y: 3)), .mouse(MouseEvent(kind: .wheelDown, x: 2, y: 3)),
        ])
        XCTAssertEqual(decode("\u{1b}[<32;3;4M"), [], "drag motion is ignored")
        XCTAssertEqual(decode("\u{1b}[<0;120;50M").first, .mouse(MouseEvent(kind: .press(button: 0), x: 119, y: 49)))
    }

    func testX10Mouse() {
        XCTAssertEqual(decode([0x1b, 0x5b, 0x4d, 32, 33 + 4, 33 + 2]), [.mouse(MouseEvent(kind: .press(button: 0), x: 4, y: 2))])
    }

    func testBracketedPaste() {
        XCTAssertEqual(decode("\u{1b}[200~hello\r\nworld 日本\u{1b}[201~x"), [.paste("hello\nworld 日本"), .key(.char("x"))])
        var decoder = KeyDecoder()
        XCTAssertEqual(decoder.feed(Array("\u{1b}[200~ab\u{1b}[B".utf8)), [])
        XCTAssertTrue(decoder.isInPaste)
        XCTAssertEqual(decoder.flush(), [], "a paste is not cut short by the Esc timeout")
        XCTAssertEqual(decoder.feed(Array("c\u{1b}[20".utf8)), [])
        XCTAssertEqual(decoder.feed(Array("1~".utf8)), [.paste("ab\u{1b}[Bc")])
        XCTAssertFalse(decoder.hasPending)
    }

    func testKeyLabels() {
        XCTAssertEqual(Key.ctrl("s").label, "Ctrl-S")
        XCTAssertEqual(Key.backTab.label, "Shift-Tab")
        XCTAssertEqual(Key.pageDown.label, "PgDn")
        XCTAssertEqual(Key.function(5).label, "F5")
        XCTAssertEqual(Key.char(" ").label, "Space")
        XCTAssertEqual(KeyBinding(keys: [.char("j"), .down], help: "Down").label, "j/↓")
        let map = KeyMap(bindings: [KeyBinding(.char("q"), help: "Quit"), KeyBinding(keys: [.char("j"), .down], help: "Down")])
        XCTAssertEqual(map.binding(for: .down)?.help, "Down")
        XCTAssertNil(map.binding(for: .up))
    }
}
