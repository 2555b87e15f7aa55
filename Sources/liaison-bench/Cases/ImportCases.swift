import Foundation
import LiaisonStore

/// CSV import of the data set's insights into a fresh database through `liaison import`,
/// against `sqlite3 .import` of the same file into a bare table.
enum ImportCases {
    static let target = "≥ 100,000 rows/s, ≤ 3× sqlite3 .import"

    static func run(_ context: BenchContext) throws -> [CaseResult] {
        guard let liaison = context.liaison else {
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
        let sqlite = ExternalProgram.find("sqlite3")
        var ours: [ExternalProgram.Outcome] = []
        var bare: [ExternalProgram.Outcome] = []
        var floor: [ExternalProgram.Outcome] = []
        for round in 0..<repetitions {
            let fresh = context.scratchPath("import-\(round).sqlite")
            try DatabaseFiles.copy(reference, to: fresh)
            let outcome = try ExternalProgram.run(
                liaison, ["import", csv, "--db", fresh, "--as", BenchEnvironment.actor])
            DatabaseFiles.remove(fresh)
            guard outcome.status == 0 else {
                throw BenchFailure("liaison import failed (status \(outcome.status)): \(outcome.stderr)")
            }
            ours.append(outcome)
            guard let sqlite else { continue }
            let table = context.scratchPath("bare-\(round).sqlite")
            let peer = try ExternalProgram.run(sqlite, [table], input: ".import --csv \(csv) insights\n")
            DatabaseFiles.remove(table)
            guard peer.status == 0 else { throw BenchFailure("sqlite3 .import failed: \(peer.stderr)") }
            bare.append(peer)
            floor.append(try SQLImportFloor.run(
                sqlite: sqlite, reference: reference, csv: csv, scratch: context.scratchPath("floor-\(round).sqlite")))
        }
        func wall(_ runs: [ExternalProgram.Outcome]) -> [Double] { runs.map { Double(rows) / $0.seconds } }
        func cpu(_ runs: [ExternalProgram.Outcome]) -> [Double] { runs.map { Double(rows) / max($0.cpuSeconds, 1e-6) } }
        var result = CaseResult.measured(
            "import.csv", unit: "rows/s", samples: wall(ours), target: target,
            note: "\(rows) rows; wall time of the whole `liaison import` process (start, open, validate, insert, indexes, FTS, summary)")
        guard sqlite != nil else {
            result.note = (result.note ?? "") + "; sqlite3 not installed: no peer"
            result.met = result.summary.map { $0.p50 >= 100_000 }
            return [result]
        }
        result = result.compared(with: "sqlite3 .import", samples: wall(bare), higherIsBetter: true)
        if let summary = result.summary, let ratio = result.ratio {
            result.met = summary.p50 >= 100_000 && ratio <= 3
        }
        let perCPU = CaseResult.measured(
            "import.csv.cpu", unit: "rows/cpu-s", samples: cpu(ours),
            note: "rows per CPU second (user+sys), steadier than wall time on a shared machine"
        ).compared(with: "sqlite3 .import", samples: cpu(bare), higherIsBetter: true)
        let againstFloor = CaseResult.measured(
            "import.csv.vs-sql", unit: "rows/cpu-s", samples: cpu(ours),
            note: "peer: sqlite3 CLI reaching the same end state with SQL only (staging .import, INSERT…SELECT, same index/FTS/summary rebuilds)"
        ).compared(with: "sqlite3 SQL import", samples: cpu(floor), higherIsBetter: true)
        return [result, perCPU, againstFloor]
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
