import Foundation
import LiaisonStore

/// CSV import of the data set's insights into a fresh database through `liaison import`,
/// against `sqlite3 .import` of the same file into a bare table.
enum ImportCases {
    static let target = "≥ 100,000 rows/s, ≤ 3× sqlite3 .import"

    static func run(_ context: BenchContext) throws -> [CaseResult] {
        guard let liaison = ExternalProgram.liaison() else {
            return [.skipped("import.csv", unit: "rows/s", target: target,
                             reason: "no liaison binary next to liaison-bench (swift build -c release --product liaison)")]
        }
        let csv = try context.insightsCSV()
        let rows = try countRows(csv)
        let reference = context.scratchPath("reference.sqlite")
        if !FileManager.default.fileExists(atPath: reference) {
            context.log("  writing the reference data of \(context.info.scale.rawValue) into a fresh database")
            let store = try context.environment.openStore(reference)
            try DataGenerator(scale: context.info.scale, seed: context.info.seed).writeReference(to: store)
        }
        let repetitions = rows >= 500_000 ? 1 : context.rounds
        var ours: [Double] = []
        var theirs: [Double] = []
        for round in 0..<repetitions {
            let fresh = context.scratchPath("import-\(round).sqlite")
            try DatabaseFiles.copy(reference, to: fresh)
            let outcome = try ExternalProgram.run(
                liaison, ["import", csv, "--db", fresh, "--as", BenchEnvironment.actor])
            DatabaseFiles.remove(fresh)
            guard outcome.status == 0 else {
                throw BenchFailure("liaison import failed (status \(outcome.status)): \(outcome.stderr)")
            }
            ours.append(Double(rows) / outcome.seconds)
            if let sqlite = ExternalProgram.find("sqlite3") {
                let bare = context.scratchPath("bare-\(round).sqlite")
                let peer = try ExternalProgram.run(sqlite, [bare], input: ".import --csv \(csv) insights\n")
                DatabaseFiles.remove(bare)
                guard peer.status == 0 else { throw BenchFailure("sqlite3 .import failed: \(peer.stderr)") }
                theirs.append(Double(rows) / peer.seconds)
            }
        }
        var result = CaseResult.measured(
            "import.csv", unit: "rows/s", samples: ours, target: target,
            note: "\(rows) rows; whole `liaison import` process (start, open, validate, insert, index)")
        if theirs.isEmpty {
            result.note = (result.note ?? "") + "; sqlite3 not installed: no peer"
            result.met = result.summary.map { $0.p50 >= 100_000 }
        } else {
            result = result.compared(with: "sqlite3 .import", samples: theirs, higherIsBetter: true)
            if let summary = result.summary, let ratio = result.ratio {
                result.met = summary.p50 >= 100_000 && ratio <= 3
            }
        }
        return [result]
    }

    /// Data rows of a CSV (records after the header), counted with the store's reader.
    private static func countRows(_ path: String) throws -> Int {
        guard let handle = FileHandle(forReadingAtPath: path) else { throw BenchFailure("\(path): cannot read") }
        defer { try? handle.close() }
        let reader = CSVReader(fileHandle: handle)
        var count = -1
        while try reader.next() != nil { count += 1 }
        return max(count, 0)
    }
}
