import ArgumentParser
import Foundation

/// `liaison-bench smoke`: a 10k data set in a temporary folder and every non-TUI case once.
/// It proves the tool works (CI); it checks no timings.
struct SmokeCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "smoke", abstract: "Generate 10k insights in a temporary folder and run every non-TUI case once.")

    @Option(help: ArgumentHelp("Write the results as JSON here.", valueName: "path"))
    var json: String?

    func run() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("liaison-bench-smoke-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let db = folder.appendingPathComponent("smoke.sqlite").path
        try GenerateCommand.generate(
            scale: .tenThousand, db: db, seed: 42, csv: folder.appendingPathComponent("insights.csv").path
        ) { print($0) }
        let cases: [BenchCase] = [.search, .import, .clash, .render]
        let report = try BenchRunner(database: db, cases: cases, rounds: 1) { print($0) }.run()
        print(report.table())
        if let json { try report.write(to: json) }
        let failed = report.cases.filter { $0.summary == nil && !($0.note ?? "").hasPrefix("skipped") }
        if !failed.isEmpty {
            throw BenchFailure("cases without samples: \(failed.map(\.name).joined(separator: ", "))")
        }
        print("smoke run passed: \(report.cases.count) cases")
    }
}
