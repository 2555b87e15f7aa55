import Foundation
import LiaisonStore

/// What every case of one run shares: the database under test, its generation info, the
/// bundled resources, a scratch folder and how many repetitions to make.
final class BenchContext {
    let environment: BenchEnvironment
    let database: String
    let info: BenchInfo
    let store: LiaisonStore
    /// Scratch space for fresh databases and CSV copies; removed by `cleanUp()`.
    let scratch: URL
    /// Repetitions of each sample set (1 in smoke runs).
    let rounds: Int
    /// The `liaison` binary for the import and TUI cases (nil when none was found).
    let liaison: URL?
    /// Progress lines go here.
    let log: (String) -> Void
    private var exportedCSV: String?

    init(database: String, rounds: Int, liaison: String? = nil, log: @escaping (String) -> Void) throws {
        guard FileManager.default.fileExists(atPath: database) else {
            throw BenchFailure("\(database) does not exist: run `liaison-bench generate --db \(database)` first")
        }
        environment = try BenchEnvironment.load()
        self.database = database
        info = try BenchInfo.load(for: database)
        store = try environment.openStore(database)
        self.rounds = max(1, rounds)
        if let liaison {
            guard FileManager.default.isExecutableFile(atPath: liaison) else {
                throw BenchFailure("--liaison \(liaison): not an executable file")
            }
            self.liaison = URL(fileURLWithPath: liaison)
        } else {
            self.liaison = ExternalProgram.liaison()
        }
        self.log = log
        scratch = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-bench-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: scratch, withIntermediateDirectories: true)
    }

    /// Number of insights in the database.
    func insightCount() throws -> Int { try store.countInsights(matching: InsightQuery()) }

    /// The insights CSV of this data set: the one `generate --csv` wrote, else an export
    /// into the scratch folder (made once).
    func insightsCSV() throws -> String {
        if let csv = info.csv, FileManager.default.fileExists(atPath: csv) { return csv }
        if let exportedCSV { return exportedCSV }
        let path = scratch.appendingPathComponent("insights.csv").path
        log("  exporting the insights to \(path) for the import cases")
        _ = try store.exportInsightsCSV(to: URL(fileURLWithPath: path))
        exportedCSV = path
        return path
    }

    /// A path in the scratch folder.
    func scratchPath(_ name: String) -> String { scratch.appendingPathComponent(name).path }

    /// Removes the scratch folder.
    func cleanUp() {
        try? FileManager.default.removeItem(at: scratch)
    }
}
