import Foundation

/// Runs the chosen cases against one database and assembles the report.
struct BenchRunner {
    let database: String
    let cases: [BenchCase]
    let rounds: Int
    /// Overrides the `liaison` binary found next to liaison-bench.
    var liaison: String? = nil
    let log: (String) -> Void

    func run() throws -> ResultsReport {
        let context = try BenchContext(database: database, rounds: rounds, liaison: liaison, log: log)
        defer { context.cleanUp() }
        let formatter = ISO8601DateFormatter()
        var report = ResultsReport(
            database: database, insights: try context.insightCount(), machine: .current(),
            startedAt: formatter.string(from: Date()), cases: [])
        var visidata: [Double] = []
        for item in cases {
            log("running \(item.rawValue)…")
            let watch = Stopwatch()
            switch item {
            case .search: report.cases += try SearchCases.run(context)
            case .import: report.cases += try ImportCases.run(context)
            case .clash: report.cases += try ClashCases.run(context)
            case .render: report.cases += try RenderCases.run(context)
            case .tui: report.cases += try TUICases.run(context)
            case .visidata:
                let outcome = try VisiDataCase.run(context)
                report.cases.append(outcome.result)
                visidata = outcome.samples
            }
            log("  \(item.rawValue) done in \(watch.format())")
        }
        if !visidata.isEmpty, let index = report.cases.firstIndex(where: { $0.name == "tui.first-frame" && $0.summary != nil }) {
            report.cases[index] = report.cases[index].compared(with: "VisiData", samples: visidata)
        }
        return report
    }
}
