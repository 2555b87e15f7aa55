import Foundation
import XCTest
@testable import TerminalKit

/// Renders `widget` into a fresh buffer of the given size.
func rendered(_ widget: some Widget, width: Int, height: Int) -> Buffer {
    var buffer = Buffer(width: width, height: height)
    widget.render(in: buffer.area, buffer: &buffer)
    return buffer
}

/// Compares the buffer's text with `__snapshots__/NAME.txt` next to this file; rewrites the file
/// when `TERMINALKIT_RECORD_SNAPSHOTS` is set.
func assertWidgetSnapshot(_ buffer: Buffer, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    let directory = URL(fileURLWithPath: "\(#filePath)").deletingLastPathComponent().appendingPathComponent("__snapshots__")
    let url = directory.appendingPathComponent("\(name).txt")
    let actual = buffer.lines().map { "\($0)|" }.joined(separator: "\n") + "\n"
    if ProcessInfo.processInfo.environment["TERMINALKIT_RECORD_SNAPSHOTS"] != nil {
        try? FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        try? actual.write(to: url, atomically: true, encoding: .utf8)
        return
    }
    guard let expected = try? String(contentsOf: url, encoding: .utf8) else {
        XCTFail("missing snapshot \(url.path); run with TERMINALKIT_RECORD_SNAPSHOTS=1", file: file, line: line)
        return
    }
    XCTAssertEqual(actual, expected, "snapshot \(name) differs", file: file, line: line)
}

/// The style at column `x` of row `y`.
func style(_ buffer: Buffer, x: Int, y: Int) -> Style {
    buffer[x, y].style
}
