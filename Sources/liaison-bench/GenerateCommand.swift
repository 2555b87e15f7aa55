import ArgumentParser
import Foundation
import LiaisonStore

/// `liaison-bench generate`: writes a deterministic synthetic data set into a new database.
struct GenerateCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "generate",
        abstract: "Write synthetic data (10k, 100k or 1m insights) straight through the store.")

    @Option(help: "10k, 100k or 1m (the reference scale).")
    var scale: BenchScale = .tenThousand

    @Option(help: ArgumentHelp("The database file to create (must not exist).", valueName: "path"))
    var db: String

    @Option(help: "Seed of the generator; the same seed gives the same data.")
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("Also write the insights as an insights CSV (for the import benchmark).", valueName: "path"))
    var csv: String?

    @Flag(help: "Write only the reference data, plans and decisions (a database to import the CSV into, e.g. for profiling).")
    var referenceOnly = false

    func run() throws {
        if referenceOnly {
            guard csv == nil else { throw ValidationError("--csv needs the insights; drop --reference-only") }
            guard !FileManager.default.fileExists(atPath: db) else {
                throw ValidationError("\(db) already exists; generate writes a new database")
            }
            do {
                let store = try BenchEnvironment.load().openStore(db)
                try DataGenerator(scale: scale, seed: seed).writeReference(to: store)
            } catch {
                DatabaseFiles.remove(db)
                throw error
            }
            print("wrote the reference data of \(scale.rawValue) into \(db)")
            return
        }
        try Self.generate(scale: scale, db: db, seed: seed, csv: csv) { print($0) }
    }

    /// Generates into a new database at `db` (and the CSV, if asked), reporting each step.
    static func generate(scale: BenchScale, db: String, seed: UInt64, csv: String?, report: (String) -> Void) throws {
        guard !FileManager.default.fileExists(atPath: db) else {
            throw ValidationError("\(db) already exists; generate writes a new database")
        }
        let environment = try BenchEnvironment.load()
        let started = Stopwatch()
        do {
            let store = try environment.openStore(db)
            let generator = try DataGenerator(scale: scale, seed: seed)
            try generator.writeAll(to: store) { report("  \($0) (\(started.format()))") }
            if let csv {
                let rows = try store.exportInsightsCSV(to: URL(fileURLWithPath: csv))
                report("  CSV: \(rows) insights in \(csv) (\(started.format()))")
            }
            try BenchInfo(scale: scale, seed: seed, csv: csv.map { URL(fileURLWithPath: $0).path }).save(for: db)
        } catch {
            DatabaseFiles.remove(db)
            throw error
        }
        report("generated \(scale.rawValue) into \(db) in \(started.format())")
    }
}
