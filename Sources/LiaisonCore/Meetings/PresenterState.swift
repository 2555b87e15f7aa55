import Foundation

/// Where a presenter walk through the agenda stands: the current item among those not
/// dropped, and a per-item timer measured against each item's time box. A pure value: the
/// meeting screen feeds it key presses (`next`, `previous`) with the clock time and draws from
/// it; `sync(with:)` keeps it right after the agenda was edited.
public struct PresenterState: Hashable, Sendable {
    /// The ids of the items being presented, in agenda order.
    public private(set) var itemIDs: [UUID]
    /// Index into `itemIDs` of the item on screen.
    public private(set) var index: Int
    /// When the current item came on screen.
    public private(set) var shownSince: Date
    /// Time already spent on each item in earlier visits.
    public private(set) var spent: [UUID: TimeInterval]

    /// Starts at the first active item of `meeting` at `now`.
    public init(meeting: Meeting, now: Date) {
        itemIDs = meeting.activeAgenda.map(\.id)
        index = 0
        shownSince = now
        spent = [:]
    }

    /// The id of the item on screen; nil when every item was dropped.
    public var currentID: UUID? { itemIDs.indices.contains(index) ? itemIDs[index] : nil }

    /// "3 / 12".
    public var position: String { itemIDs.isEmpty ? "0 / 0" : "\(index + 1) / \(itemIDs.count)" }

    /// Moves to the next item (stays on the last one).
    public mutating func next(at now: Date) { go(to: index + 1, at: now) }

    /// Moves to the previous item (stays on the first one).
    public mutating func previous(at now: Date) { go(to: index - 1, at: now) }

    /// Seconds spent on `id` so far, counting the current visit if it is on screen.
    public func elapsed(on id: UUID, at now: Date) -> TimeInterval {
        let earlier = spent[id] ?? 0
        return id == currentID ? earlier + max(0, now.timeIntervalSince(shownSince)) : earlier
    }

    /// Seconds left of the current item's time box in `meeting` (negative when over); nil
    /// without a current item or a time box.
    public func remaining(in meeting: Meeting, at now: Date) -> TimeInterval? {
        guard let id = currentID, let box = meeting.agenda.first(where: { $0.id == id })?.timeBoxMinutes else { return nil }
        return Double(box * 60) - elapsed(on: id, at: now)
    }

    /// Follows edits of `meeting` (moves, drops, new items): keeps the current item on
    /// screen when it is still on the agenda, else shows the one now at the same position.
    public mutating func sync(with meeting: Meeting, at now: Date) {
        let current = currentID
        itemIDs = meeting.activeAgenda.map(\.id)
        if let current, let kept = itemIDs.firstIndex(of: current) {
            index = kept
        } else {
            if let current { spent[current, default: 0] += max(0, now.timeIntervalSince(shownSince)) }
            index = min(index, max(itemIDs.count - 1, 0))
            shownSince = now
        }
    }

    private mutating func go(to target: Int, at now: Date) {
        let clamped = min(max(target, 0), max(itemIDs.count - 1, 0))
        guard clamped != index, let current = currentID else { return }
        spent[current, default: 0] += max(0, now.timeIntervalSince(shownSince))
        index = clamped
        shownSince = now
    }
}
