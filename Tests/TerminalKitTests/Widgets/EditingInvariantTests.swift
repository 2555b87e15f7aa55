import XCTest
@testable import TerminalKit

/// Seeded random key sequences: the editors must keep their invariants and never crash.
final class EditingInvariantTests: XCTestCase {
    private struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private let keys: [Key] = [
        .char("a"), .char(" "), .char("日"), .char("é"), .char("👩‍⚕️"), .char("🇩🇪"), .left, .right, .up, .down,
        .home, .end, .backspace, .delete, .enter, .ctrl("a"), .ctrl("e"), .ctrl("u"), .ctrl("k"), .ctrl("w"),
        .alt("b"), .alt("f"), .tab,
    ]

    func testTextFieldInvariants() throws {
        var random = SplitMix(state: 42)
        var field = TextField(text: "start 日本", isFocused: true)
        for step in 0..<3_000 {
            if step % 97 == 0 {
                field.insert(paste: "pasted\nline 語")
            } else {
                field.handle(keys.randomElement(using: &random)!)
            }
            XCTAssertTrue((0...field.characters.count).contains(field.cursor))
            XCTAssertFalse(field.text.contains("\n"))
            let width = Int.random(in: 1...12, using: &random)
            let buffer = rendered(field, width: width, height: 1)
            let cursor = try XCTUnwrap(buffer.cursor)
            XCTAssertTrue((0..<width).contains(cursor.x), "cursor \(cursor.x) outside width \(width)")
        }
    }

    func testTextAreaInvariants() throws {
        var random = SplitMix(state: 7)
        var editor = TextArea(text: "one\n日本語\n", isFocused: true)
        for step in 0..<3_000 {
            if step % 89 == 0 {
                editor.insert(paste: "a\r\nb 語\n")
            } else {
                editor.handle(keys.randomElement(using: &random)!)
            }
            XCTAssertFalse(editor.lines.isEmpty)
            XCTAssertTrue(editor.lines.indices.contains(editor.cursor.line))
            XCTAssertTrue((0...editor.lines[editor.cursor.line].count).contains(editor.cursor.column))
            XCTAssertEqual(editor.text.split(separator: "\n", omittingEmptySubsequences: false).count, editor.lines.count)
            let width = Int.random(in: 1...10, using: &random)
            let height = Int.random(in: 1...5, using: &random)
            let cursor = try XCTUnwrap(rendered(editor, width: width, height: height).cursor)
            XCTAssertTrue(Rect(x: 0, y: 0, width: width, height: height).contains(x: cursor.x, y: cursor.y))
        }
    }

    func testFuzzyIndicesAlwaysSpellTheQuery() {
        var random = SplitMix(state: 3)
        let alphabet = Array("abcAB_ -日é")
        let matcher = FuzzyMatcher()
        for _ in 0..<2_000 {
            let candidate = String((0..<Int.random(in: 0...14, using: &random)).map { _ in alphabet.randomElement(using: &random)! })
            let query = String((0..<Int.random(in: 1...4, using: &random)).map { _ in alphabet.randomElement(using: &random)! }).filter { $0 != " " }
            guard !query.isEmpty, let match = matcher.match(query, in: candidate) else { continue }
            let characters = Array(candidate)
            XCTAssertEqual(match.indices, match.indices.sorted())
            XCTAssertEqual(Set(match.indices).count, match.indices.count)
            let caseSensitive = query.contains { $0.isUppercase }
            let spelled = String(match.indices.map { characters[$0] })
            XCTAssertEqual(caseSensitive ? spelled : spelled.lowercased(), caseSensitive ? query : query.lowercased(), "\(query) in \(candidate)")
        }
    }
}
