import XCTest
@testable import TerminalKit

/// Renders `widget` into a fresh buffer of the given size.
func rendered(_ widget: some Widget, width: Int, height: Int) -> Buffer {
    var buffer = Buffer(width: width, height: height)
    widget.render(in: buffer.area, buffer: &buffer)
    return buffer
}

/// Compares the buffer's lines with `__snapshots__/NAME.txt` next to the calling test file
/// (see `GoldenFile`; `UPDATE_SNAPSHOTS=1` rewrites it).
func assertWidgetSnapshot(_ buffer: Buffer, named name: String, file: StaticString = #filePath, line: UInt = #line) {
    if let report = GoldenFile.mismatch(buffer.lines(), named: name, file: file) {
        XCTFail(report, file: file, line: line)
    }
}
