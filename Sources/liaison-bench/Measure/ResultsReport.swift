import Foundation

/// The results of one run: the machine, the data set and every case; printed as a table
/// and written as JSON.
struct ResultsReport: Codable, Sendable {
    var database: String
    var insights: Int
    var machine: MachineInfo
    var startedAt: String
    var cases: [CaseResult]

    /// The aligned text table.
    func table() -> String {
        let header = ["case", "unit", "min", "p50", "p99", "max", "n", "peer p50", "ratio", "target", "met"]
        var rows = [header]
        for item in cases {
            let summary = item.summary
            rows.append([
                item.name, item.unit, Self.number(summary?.min), Self.number(summary?.p50), Self.number(summary?.p99),
                Self.number(summary?.max), summary.map { "\($0.count)" } ?? "-",
                item.peerSummary.map { "\(Self.number($0.p50)) (\(item.peer ?? ""))" } ?? "-",
                item.ratio.map { String(format: "%.2f×", $0) } ?? "-", item.target ?? "-",
                item.met.map { $0 ? "yes" : "NO" } ?? "-",
            ])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        var lines = rows.map { row in
            row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").trimmingCharacters(in: .whitespaces)
        }
        lines.insert(String(repeating: "-", count: widths.reduce(0, +) + 2 * (widths.count - 1)), at: 1)
        for item in cases where item.note != nil { lines.append("note \(item.name): \(item.note ?? "")") }
        return lines.joined(separator: "\n")
    }

    /// Writes the report as pretty-printed JSON.
    func write(to path: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: path), options: .atomic)
    }

    private static func number(_ value: Double?) -> String {
        guard let value else { return "-" }
        if value >= 10_000 { return String(format: "%.0f", value) }
        if value >= 100 { return String(format: "%.1f", value) }
        return String(format: "%.2f", value)
    }
}

/// What the machine looked like during the run.
struct MachineInfo: Codable, Sendable {
    var cpus: Int
    var cpuModel: String
    var memoryGB: Double
    var loadAverage: String

    /// Reads `/proc` (Linux); fields stay empty elsewhere.
    static func current() -> MachineInfo {
        let cpuInfo = (try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8)) ?? ""
        let model = cpuInfo.split(separator: "\n").first { $0.hasPrefix("model name") }
            .map { $0.split(separator: ":", maxSplits: 1).last.map { $0.trimmingCharacters(in: .whitespaces) } ?? "" } ?? ""
        let load = (try? String(contentsOfFile: "/proc/loadavg", encoding: .utf8))?
            .split(separator: " ").prefix(3).joined(separator: " ") ?? ""
        return MachineInfo(
            cpus: ProcessInfo.processInfo.activeProcessorCount, cpuModel: model,
            memoryGB: (Double(ProcessInfo.processInfo.physicalMemory) / 1_073_741_824 * 10).rounded() / 10,
            loadAverage: load)
    }
}
