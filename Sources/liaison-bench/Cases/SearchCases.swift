import Foundation
import LiaisonStore

/// Full-text search over a fixed query set: through the store (ranked, and newest first as
/// in search-as-you-type), and the same FTS5 queries through the `sqlite3` CLI.
enum SearchCases {
    /// The query set: frequent and rare words, theme phrases, two-word and prefix queries.
    static let queries = [
        "patients", "treatment clinic", "formulary", "infusion reactions", "biomarker testing", "registry",
        "webinar", "genetic testing turnaround", "competitor", "caregivers app", "prior authorisation",
        "first line", "refer", "tit", Vocabulary.ranked[400], Vocabulary.ranked[2_000], Vocabulary.ranked[5_000],
        "\(Vocabulary.ranked[300]) \(Vocabulary.ranked[30])",
    ]

    static let target = "p50 ≤ 20 ms, p99 ≤ 60 ms"
    private static let rankOrder = "insights_fts.rank"

    static func run(_ context: BenchContext) throws -> [CaseResult] {
        let store = context.store
        for query in queries { _ = try store.searchInsights(query, limit: 50) }
        var relevance: [(wall: Double, cpu: Double)] = []
        var newest: [(wall: Double, cpu: Double)] = []
        for _ in 0..<(context.rounds * 3) {
            for query in queries {
                relevance.append(try Stopwatch.timeWithCPU { _ = try store.searchInsights(query, limit: 50) })
                newest.append(try Stopwatch.timeWithCPU { _ = try store.searchInsights(query, order: .newestStored, limit: 50) })
            }
        }
        let meets: (Summary) -> Bool = { $0.p50 <= 20 && $0.p99 <= 60 }
        let ranked = CaseResult.measured("search.relevance", unit: "ms", samples: relevance.map(\.wall), target: target, met: meets)
        let recent = CaseResult.measured("search.newest", unit: "ms", samples: newest.map(\.wall), target: target, met: meets)
        var rankedCPU = CaseResult.measured(
            "search.relevance.cpu", unit: "cpu-ms", samples: relevance.map(\.cpu),
            note: "CPU time per query, compared with the sqlite3 CLI's CPU time for the same SQL")
        var recentCPU = CaseResult.measured("search.newest.cpu", unit: "cpu-ms", samples: newest.map(\.cpu))
        if let sqlite = ExternalProgram.find("sqlite3") {
            rankedCPU = rankedCPU.compared(with: "sqlite3 CLI", samples: try cliSamples(sqlite, context, order: rankOrder))
            recentCPU = recentCPU.compared(with: "sqlite3 CLI", samples: try cliSamples(sqlite, context, order: "insights_fts.rowid DESC"))
        } else {
            rankedCPU.note = "sqlite3 not installed: no peer"
        }
        return [ranked, recent, rankedCPU, recentCPU]
    }

    /// Times the store's SQL for every query inside one `sqlite3` process (`.timer on`), so
    /// process start-up is not counted.
    private static func cliSamples(_ sqlite: URL, _ context: BenchContext, order: String) throws -> [Double] {
        var script = ".timer on\n"
        let statements = try queries.compactMap { query in
            try context.store.searchMatchExpression(query).map { match in
                let quoted = "'\(match.replacingOccurrences(of: "'", with: "''"))'"
                // The store's SQL: ranked search looks up the oldest of the newest 2,000 matches first.
                let bound = order == rankOrder ? """
                     AND insights_fts.rowid >= coalesce((SELECT rowid FROM insights_fts WHERE insights_fts MATCH \(quoted) \
                    ORDER BY rowid DESC LIMIT 1 OFFSET 1999), 0)
                    """ : ""
                return """
                SELECT count(*) FROM (SELECT i.*, snippet(insights_fts, -1, char(2), char(3), '…', 16) \
                FROM insights_fts JOIN insights i ON i.seq = insights_fts.rowid \
                WHERE insights_fts MATCH \(quoted)\(bound) ORDER BY \(order) LIMIT 50);
                """
            }
        }
        script += statements.joined(separator: "\n") + "\n"
        for _ in 0..<(context.rounds * 3) { script += statements.joined(separator: "\n") + "\n" }
        let outcome = try ExternalProgram.run(sqlite, ["-readonly", context.database], input: script)
        guard outcome.status == 0 else {
            throw BenchFailure("sqlite3 failed on the search queries: \(outcome.stderr)")
        }
        // "Run Time: real 0.010 user 0.001845 sys 0.000000": real has 1 ms resolution, so the
        // CPU time (user + sys, µs resolution) is used; the queries are CPU-bound on a warm cache.
        let times = outcome.stdout.split(separator: "\n").compactMap { line -> Double? in
            guard line.hasPrefix("Run Time: real ") else { return nil }
            let words = line.split(separator: " ")
            guard let user = words.firstIndex(of: "user"), let sys = words.firstIndex(of: "sys"),
                  user + 1 < words.count, sys + 1 < words.count,
                  let userSeconds = Double(words[user + 1]), let sysSeconds = Double(words[sys + 1])
            else { return nil }
            return (userSeconds + sysSeconds) * 1_000
        }
        return Array(times.dropFirst(statements.count))
    }
}
