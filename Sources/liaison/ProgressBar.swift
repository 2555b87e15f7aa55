import Foundation
import LiaisonStore

/// A progress bar on stderr for long imports and exports. It draws only when stderr is a
/// terminal and the work has already taken more than a second, so quick runs and pipes
/// stay silent.
final class ProgressBar: @unchecked Sendable {
    private let label: String
    private let isEnabled: Bool
    private let started = Date()
    private let delay: TimeInterval
    private let lock = NSLock()
    private var lastDrawn = Date.distantPast
    private var hasDrawn = false

    /// A bar titled `label`; `enabled` defaults to whether stderr is a terminal.
    init(label: String, enabled: Bool = Console.stderrIsTerminal, delay: TimeInterval = 1) {
        self.label = label
        self.isEnabled = enabled
        self.delay = delay
    }

    /// A handler for LiaisonStore's interchange progress reports.
    var handler: InterchangeProgressHandler {
        { [self] report in update(done: report.done, total: report.total ?? 0, unit: report.unit) }
    }

    /// Reports that `done` of `total` (0 when unknown) are finished, counted in `unit`.
    func update(done: Int, total: Int, unit: InterchangeProgress.Unit = .records) {
        guard isEnabled else { return }
        lock.lock()
        defer { lock.unlock() }
        let now = Date()
        guard now.timeIntervalSince(started) > delay, now.timeIntervalSince(lastDrawn) > 0.1 else { return }
        lastDrawn = now
        hasDrawn = true
        let text = Self.line(label: label, done: done, total: total, unit: unit)
        FileHandle.standardError.write(Data(("\r\u{1B}[2K" + text).utf8))
    }

    /// Clears the bar if it was drawn.
    func finish() {
        lock.lock()
        defer { lock.unlock() }
        if hasDrawn {
            FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
            hasDrawn = false
        }
    }

    /// The text of the bar, e.g. `import ████████░░░░ 45% 45000/100000`.
    static func line(label: String, done: Int, total: Int, unit: InterchangeProgress.Unit = .records, width: Int = 30) -> String {
        let count = { (value: Int) in unit == .bytes ? String(format: "%.1f MB", Double(value) / 1_048_576) : "\(value)" }
        guard total > 0 else { return "\(label) \(count(done))" }
        let fraction = min(1, max(0, Double(done) / Double(total)))
        let filled = Int(fraction * Double(width))
        let bar = String(repeating: "█", count: filled) + String(repeating: "░", count: width - filled)
        return "\(label) \(bar) \(Int(fraction * 100))% \(count(done))/\(count(total))"
    }
}
