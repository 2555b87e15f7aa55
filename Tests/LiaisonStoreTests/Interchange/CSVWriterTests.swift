import Foundation
import XCTest
@testable import LiaisonStore

final class CSVWriterTests: XCTestCase {
    func testQuotesOnlyWhenNeeded() {
        XCTAssertEqual(CSVWriter.line(["plain", "a,b", "say \"hi\"", "two\nlines", " padded", ""]),
                       "plain,\"a,b\",\"say \"\"hi\"\"\",\"two\nlines\",\" padded\",")
    }

    func testLoneEmptyFieldIsQuoted() {
        XCTAssertEqual(CSVWriter.line([""]), "\"\"")
    }

    func testLineEndings() throws {
        let lf = CSVWriter()
        try lf.write(["a", "b"])
        try lf.write(["1", "2"])
        XCTAssertEqual(String(decoding: lf.data, as: UTF8.self), "a,b\n1,2\n")
        let crlf = CSVWriter(lineEnding: .crlf)
        try crlf.write(["a", "b"])
        XCTAssertEqual(String(decoding: crlf.data, as: UTF8.self), "a,b\r\n")
    }

    func testWhatIsWrittenReadsBackTheSame() throws {
        let rows = [
            ["id", "text"], ["1", "患者は😀 \"良好\", 👍🏽"], ["2", "line\r\nbreak"], ["3", " lead"], ["4", ""],
        ]
        let writer = CSVWriter(lineEnding: .crlf)
        for row in rows { try writer.write(row) }
        let reader = CSVReader(data: writer.data)
        var read: [[String]] = []
        while let record = try reader.next() { read.append(record.fields) }
        XCTAssertEqual(read, rows)
    }

    func testStreamsToAFile() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-writer-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        XCTAssertTrue(FileManager.default.createFile(atPath: url.path, contents: nil))
        let handle = try FileHandle(forWritingTo: url)
        let writer = CSVWriter(fileHandle: handle)
        for n in 0..<20_000 { try writer.write([String(n), "value, \(n)"]) }
        try writer.flush()
        try handle.close()
        let text = try String(contentsOf: url, encoding: .utf8)
        XCTAssertTrue(text.hasPrefix("0,\"value, 0\"\n1,\"value, 1\"\n"))
        XCTAssertTrue(text.hasSuffix("19999,\"value, 19999\"\n"))
    }
}
