import LiaisonCore
import Foundation
import LiaisonStore

/// The loaded part of the insight listing: a run of consecutive rows around the selection,
/// at most a few pages long, with the cursors to extend it either way. Row indices are
/// absolute positions in the whole listing, so the table can show the true total.
public struct InsightWindow: Sendable, Equatable {
    /// The loaded rows, in listing order.
    public private(set) var items: [Insight] = []
    /// Absolute index of `items[0]`.
    public private(set) var start = 0
    /// Where the rows after the window begin; nil at the end of the listing.
    public private(set) var next: PageCursor?
    /// Where the rows before the window end; nil at the top of the listing.
    public private(set) var previous: PageCursor?

    /// An empty window.
    public init() {}

    /// A window holding `page`, whose first row is at absolute index `start`.
    public init(page: Page<Insight>, start: Int) {
        items = page.items
        self.start = max(0, start)
        next = page.next
        previous = page.previous
    }

    /// Absolute index just past the last loaded row.
    public var end: Int { start + items.count }

    /// The loaded row at absolute `index`, if it is in the window.
    public func item(at index: Int) -> Insight? {
        let offset = index - start
        return items.indices.contains(offset) ? items[offset] : nil
    }

    /// The absolute index of the insight with `id`, if loaded.
    public func index(of id: UUID) -> Int? {
        items.firstIndex { $0.id == id }.map { $0 + start }
    }

    /// Adds the page that follows the window, dropping rows from the front beyond `maxItems`
    /// but none at or after absolute index `keepFrom` (the rows around the selection).
    public mutating func append(_ page: Page<Insight>, maxItems: Int, keepFrom: Int) {
        items += page.items
        next = page.next
        let excess = min(items.count - maxItems, keepFrom - start)
        if excess > 0 {
            items.removeFirst(excess)
            start += excess
            previous = items.first.map(PageCursor.insight)
        }
    }

    /// Adds the page that precedes the window, dropping rows from the back beyond `maxItems`
    /// but none before absolute index `keepUntil` (the rows around the selection).
    public mutating func prepend(_ page: Page<Insight>, maxItems: Int, keepUntil: Int) {
        items = page.items + items
        start = max(0, start - page.items.count)
        previous = page.previous
        if page.previous == nil { start = 0 }
        let excess = min(items.count - maxItems, end - keepUntil)
        if excess > 0 {
            items.removeLast(excess)
            next = items.last.map(PageCursor.insight)
        }
    }

    /// Replaces a loaded row (after a lifecycle action); no-op when it is not loaded.
    public mutating func replace(_ insight: Insight) {
        if let offset = items.firstIndex(where: { $0.id == insight.id }) { items[offset] = insight }
    }
}
