import Foundation
import XCTest
@testable import LiaisonStore

final class CSVReaderTests: XCTestCase {
    /// Reads every record of `bytes`, fed in chunks of `chunkSize`, collecting errors too.
    private func readAll(_ bytes: [UInt8], chunkSize: Int = 1 << 18, uniform: Bool = true) -> (records: [CSVRecord], errors: [CSVError]) {
        let reader = CSVReader(data: Data(bytes), requiresUniformFieldCount: uniform, chunkSize: chunkSize)
        var records: [CSVRecord] = []
        var errors: [CSVError] = []
        while true {
            do {
                guard let record = try reader.next() else { break }
                records.append(record)
            } catch {
                errors.append(error)
                if !error.isRecoverable { break }
            }
        }
        return (records, errors)
    }

    private func readAll(_ text: String, chunkSize: Int = 1 << 18, uniform: Bool = true) -> (records: [CSVRecord], errors: [CSVError]) {
        readAll(Array(text.utf8), chunkSize: chunkSize, uniform: uniform)
    }

    func testPlainRecordsWithLineNumbers() {
        let result = readAll("a,b,c\n1,2,3\n4,5,6\n")
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.records.map(\.fields), [["a", "b", "c"], ["1", "2", "3"], ["4", "5", "6"]])
        XCTAssertEqual(result.records.map(\.line), [1, 2, 3])
    }

    func testQuotedCommasNewlinesAndDoubledQuotesAtEveryChunkSize() {
        let text = "id,text,n\r\n1,\"a, b\",x\r\n2,\"line one\r\nline two\nline three\",y\r\n3,\"she said \"\"no\"\"\",z\r\n4,\"\",\"\"\r\n"
        let expected = [
            ["id", "text", "n"], ["1", "a, b", "x"], ["2", "line one\r\nline two\nline three", "y"],
            ["3", "she said \"no\"", "z"], ["4", "", ""],
        ]
        for chunkSize in [1, 2, 3, 5, 7, 64, 1 << 18] {
            let result = readAll(text, chunkSize: chunkSize)
            XCTAssertEqual(result.errors, [], "chunk size \(chunkSize)")
            XCTAssertEqual(result.records.map(\.fields), expected, "chunk size \(chunkSize)")
            XCTAssertEqual(result.records.map(\.line), [1, 2, 3, 6, 7], "chunk size \(chunkSize)")
        }
    }

    func testByteOrderMarkIsDroppedAndCJKAndEmojiSurvive() {
        let bytes: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("名前,text\n田中,\"患者は😀 良好, 👍🏽\"\n".utf8)
        for chunkSize in [1, 2, 4, 1 << 18] {
            let result = readAll(bytes, chunkSize: chunkSize)
            XCTAssertEqual(result.errors, [])
            XCTAssertEqual(result.records.map(\.fields), [["名前", "text"], ["田中", "患者は😀 良好, 👍🏽"]])
        }
    }

    func testLastRecordWithoutLineEndAndTrailingEmptyField() {
        let result = readAll("a,b\n1,\n2,3")
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.records.map(\.fields), [["a", "b"], ["1", ""], ["2", "3"]])
    }

    func testBlankLinesAreSkippedButCountedAndLoneCREndsARecord() {
        let result = readAll("a,b\n\n1,2\r\r\n3,4\r5,6")
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.records.map(\.fields), [["a", "b"], ["1", "2"], ["3", "4"], ["5", "6"]])
        XCTAssertEqual(result.records.map(\.line), [1, 3, 5, 6])
    }

    func testLoneQuotedEmptyFieldIsARecord() {
        let result = readAll("x\n\"\"\n", uniform: false)
        XCTAssertEqual(result.records.map(\.fields), [["x"], [""]])
    }

    func testInvalidUTF8NamesTheLineAndFieldAndReadingGoesOn() {
        var bytes = Array("a,b\n1,ok\n2,\"multi\nline ".utf8)
        bytes += [0xC3, 0x28]
        bytes += Array("\"\n3,fine\n".utf8)
        for chunkSize in [1, 3, 1 << 18] {
            let result = readAll(bytes, chunkSize: chunkSize)
            XCTAssertEqual(result.errors.count, 1)
            XCTAssertEqual(result.errors.first?.line, 4)
            XCTAssertEqual(result.errors.first?.fieldIndex, 1)
            XCTAssertTrue(result.errors.first?.reason.contains("invalid UTF-8") ?? false)
            XCTAssertEqual(result.errors.first?.fields.first, "2")
            XCTAssertEqual(result.records.map(\.fields), [["a", "b"], ["1", "ok"], ["3", "fine"]])
        }
    }

    func testRaggedRowNamesTheLine() {
        let result = readAll("a,b,c\n1,2,3\n4,5\n6,7,8,9\n10,11,12\n")
        XCTAssertEqual(result.errors.map(\.line), [3, 4])
        XCTAssertTrue(result.errors[0].reason.contains("2 fields where the header has 3"), result.errors[0].reason)
        XCTAssertEqual(result.errors[1].fields, ["6", "7", "8", "9"])
        XCTAssertEqual(result.records.map(\.line), [1, 2, 5])
    }

    func testRaggedRowsAllowedWhenNotRequired() {
        let result = readAll("a,b,c\n4,5\n", uniform: false)
        XCTAssertEqual(result.errors, [])
        XCTAssertEqual(result.records.map(\.fields), [["a", "b", "c"], ["4", "5"]])
    }

    func testTextAfterClosingQuoteIsAnError() {
        let result = readAll("a,b\n\"x\"y,2\n3,4\n")
        XCTAssertEqual(result.errors.map(\.line), [2])
        XCTAssertEqual(result.errors.first?.fieldIndex, 0)
        XCTAssertEqual(result.records.map(\.fields), [["a", "b"], ["3", "4"]])
    }

    func testUnclosedQuoteStopsTheReader() {
        let result = readAll("a,b\n1,\"open\n2,3\n")
        XCTAssertEqual(result.errors.count, 1)
        XCTAssertEqual(result.errors.first?.line, 2)
        XCTAssertEqual(result.errors.first?.isRecoverable, false)
        XCTAssertEqual(result.records.count, 1)
    }

    func testReadsAFileInChunks() throws {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("csv-reader-\(UUID().uuidString).csv")
        defer { try? FileManager.default.removeItem(at: url) }
        var text = "n,square\n"
        for n in 0..<5000 { text += "\(n),\"\(n * n)\"\n" }
        try Data(text.utf8).write(to: url)
        let handle = try FileHandle(forReadingFrom: url)
        defer { try? handle.close() }
        let reader = CSVReader(fileHandle: handle, chunkSize: 1000)
        var count = 0
        while let record = try reader.next() {
            if count > 0 {
                let n = Int(record[0])!
                XCTAssertEqual(record[1], String(n * n))
                XCTAssertEqual(record.line, n + 2)
            }
            count += 1
        }
        XCTAssertEqual(count, 5001)
        XCTAssertEqual(reader.bytesRead, text.utf8.count)
    }
}
