import ArgumentParser
import Foundation

/// `liaison-bench all`: generate at a scale (reusing an existing generated database) and run
/// every case — the one command that reproduces docs/PERFORMANCE.md.
struct AllCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "all", abstract: "Generate (or reuse) a data set at a scale and run every case.")

    @Option(help: "10k, 100k or 1m.")
    var scale: BenchScale = .oneMillion

    @Option(help: ArgumentHelp("Where the data set lives (reused when it exists).", valueName: "folder"))
    var folder: String = "bench-data"

    @Option(help: "Seed of the generator.")
    var seed: UInt64 = 42

    @Option(help: ArgumentHelp("Write the results as JSON here (default: FOLDER/results-SCALE.json).", valueName: "path"))
    var json: String?

    func run() throws {
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        let db = URL(fileURLWithPath: folder).appendingPathComponent("liaison-\(scale.rawValue).sqlite").path
        let csv = URL(fileURLWithPath: folder).appendingPathComponent("insights-\(scale.rawValue).csv").path
        if !FileManager.default.fileExists(atPath: BenchInfo.path(for: db)) {
            DatabaseFiles.remove(db)
            print("generating \(scale.rawValue) into \(db)…")
            try GenerateCommand.generate(scale: scale, db: db, seed: seed, csv: csv) { print($0) }
        } else {
            print("reusing \(db)")
        }
        let report = try BenchRunner(database: db, cases: BenchCase.allCases, rounds: 3) { print($0) }.run()
        print(report.table())
        let output = json ?? URL(fileURLWithPath: folder).appendingPathComponent("results-\(scale.rawValue).json").path
        try report.write(to: output)
        print("results written to \(output)")
    }
}
