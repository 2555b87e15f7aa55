import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison init`: creates the database file, optionally filled with the demo dataset.
struct InitCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "init",
        abstract: "Create the database (file mode 0600), optionally with the demo dataset.")

    @OptionGroup var global: GlobalOptions

    @Flag(help: "Fill the new database with the bundled demo dataset.")
    var demo = false

    func run() throws {
        let environment = ProcessInfo.processInfo.environment
        let path = StoreSession.resolvePath(global, environment: environment)
        guard !FileManager.default.fileExists(atPath: path) else {
            throw CLIFailure.runtime("a database already exists at \(path); choose another --db or remove it first")
        }
        let withDemo = demo
        do {
            let session = try StoreSession(path: path, person: global.person, environment: environment)
            if withDemo {
                let dataset = try BundledData.demoDataset()
                try DatasetImport.run(dataset, into: session, source: "demo-dataset.json")
            }
        } catch {
            DatabaseFiles.remove(path)
            throw error
        }
        Console.out("created \(path)\(withDemo ? " with the demo dataset" : "")\n")
    }
}

/// The files SQLite keeps for one database.
enum DatabaseFiles {
    /// Removes the database and its WAL and shared-memory files.
    static func remove(_ path: String) {
        for suffix in ["", "-wal", "-shm"] {
            try? FileManager.default.removeItem(atPath: path + suffix)
        }
    }
}
