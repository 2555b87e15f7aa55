import ArgumentParser
import Foundation

/// `liaison-bench run`: measures a generated database and prints/writes the results.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Measure search, import, clash recompute, rendering and the TUI on a generated database.")

    @Option(help: ArgumentHelp("A database written by `liaison-bench generate`.", valueName: "path"))
    var db: String

    @Option(help: ArgumentHelp("Write the results as JSON here.", valueName: "path"))
    var json: String?

    @Option(help: ArgumentHelp(
        "Only these cases, comma-separated: \(BenchCase.allCases.map(\.rawValue).joined(separator: ",")).",
        valueName: "cases"))
    var only: String?

    @Option(help: "Repetitions of each sample set (more = steadier percentiles, longer run).")
    var rounds: Int = 3

    @Option(help: ArgumentHelp(
        "The liaison binary to import with and to open as the TUI (default: next to liaison-bench, else on $PATH).",
        valueName: "path"))
    var liaison: String?

    func run() throws {
        let report = try BenchRunner(
            database: db, cases: try BenchCase.parse(only), rounds: rounds, liaison: liaison, log: { print($0) }
        ).run()
        print(report.table())
        if let json {
            try report.write(to: json)
            print("results written to \(json)")
        }
    }
}
