import Foundation
import XCTest
@testable import LiaisonStore

final class AtomicFileTests: XCTestCase {
    private var folder: URL!

    override func setUpWithError() throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("atomic-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    }

    override func tearDownWithError() throws {
        try FileManager.default.removeItem(at: folder)
    }

    private func folderContents() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
    }

    func testNothingAppearsUntilCommitThenTheFileIsWhole() throws {
        let target = folder.appendingPathComponent("out.csv")
        let file = try AtomicFile(destination: target)
        try file.handle.write(contentsOf: Data("a,b\n".utf8))
        XCTAssertFalse(FileManager.default.fileExists(atPath: target.path))
        try file.commit()
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "a,b\n")
        XCTAssertEqual(try folderContents(), ["out.csv"])
        let mode = try FileManager.default.attributesOfItem(atPath: target.path)[.posixPermissions] as? Int
        XCTAssertEqual(mode, 0o600)
    }

    func testDiscardLeavesTheOldFileAlone() throws {
        let target = folder.appendingPathComponent("out.json")
        try Data("old".utf8).write(to: target)
        let file = try AtomicFile(destination: target)
        try file.handle.write(contentsOf: Data("half-writ".utf8))
        file.discard()
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "old")
        XCTAssertEqual(try folderContents(), ["out.json"])
    }

    func testDroppingAnUncommittedFileRemovesTheTemporary() throws {
        let target = folder.appendingPathComponent("out.json")
        do {
            let file = try AtomicFile(destination: target)
            try file.handle.write(contentsOf: Data("x".utf8))
        }
        XCTAssertEqual(try folderContents(), [])
    }

    func testCommitReplacesAnExistingFile() throws {
        let target = folder.appendingPathComponent("out.json")
        try Data("old".utf8).write(to: target)
        try AtomicFile.write(Data("new".utf8), to: target)
        XCTAssertEqual(try String(contentsOf: target, encoding: .utf8), "new")
    }

    func testMissingFolderIsAnError() {
        XCTAssertThrowsError(try AtomicFile(destination: folder.appendingPathComponent("no/such/dir/out.csv")))
    }
}
