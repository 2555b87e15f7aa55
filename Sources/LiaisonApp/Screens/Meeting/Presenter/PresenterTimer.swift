import Foundation

/// The per-item timer as text: time spent against the item's time box.
public struct PresenterTimer: Sendable, Equatable {
    /// Whole seconds spent on the item.
    public var elapsed: Int
    /// The item's time box in minutes; nil when it has none.
    public var boxMinutes: Int?

    /// Creates a reading.
    public init(elapsed: TimeInterval, boxMinutes: Int?) {
        self.elapsed = max(0, Int(elapsed.rounded(.down)))
        self.boxMinutes = boxMinutes
    }

    /// True when the time spent passed the time box.
    public var isOver: Bool { boxMinutes.map { elapsed > $0 * 60 } ?? false }

    /// Whole seconds past the time box (0 while within it).
    public var overBy: Int { boxMinutes.map { max(0, elapsed - $0 * 60) } ?? 0 }

    /// "04:12 of 10:00", "OVER +01:12 of 10:00", or "04:12" without a time box.
    public var text: String {
        guard let boxMinutes else { return Self.clock(elapsed) }
        let box = Self.clock(boxMinutes * 60)
        return isOver ? "OVER +\(Self.clock(overBy)) of \(box)" : "\(Self.clock(elapsed)) of \(box)"
    }

    /// The short form for block letters: "04:12" or "+01:12".
    public var short: String { isOver ? "+" + Self.clock(overBy) : Self.clock(elapsed) }

    /// "mm:ss", or "h:mm:ss" from an hour.
    public static func clock(_ seconds: Int) -> String {
        let hours = seconds / 3_600
        let minutes = seconds / 60 % 60
        let rest = seconds % 60
        let mmss = String(format: "%02d:%02d", minutes, rest)
        return hours > 0 ? "\(hours):\(mmss)" : mmss
    }
}
