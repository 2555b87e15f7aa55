import Foundation
import LiaisonCore

/// A position in a listing, handed back to fetch the next or previous page. Opaque: it
/// holds the sort key of the row it points at.
public struct PageCursor: Hashable, Sendable, Codable {
    enum Key: Hashable, Sendable, Codable {
        case integer(Int64)
        case text(String)
    }

    /// The listing the cursor belongs to, e.g. `insights`.
    let listing: String
    let keys: [Key]

    /// A cursor at `insight` in an insight listing (interactionAt DESC, id DESC).
    public static func insight(_ insight: Insight) -> PageCursor {
        PageCursor(
            listing: InsightListing.name,
            keys: [.integer(StoreCoding.milliseconds(insight.interactionAt)), .text(RowDecoder.text(insight.id))])
    }
}

/// One page of a listing.
public struct Page<Item: Sendable>: Sendable {
    /// The items, in the listing's order.
    public var items: [Item]
    /// Where the following page starts; nil when nothing follows.
    public var next: PageCursor?
    /// Where the preceding page ends; nil when nothing precedes.
    public var previous: PageCursor?

    /// Creates a page.
    public init(items: [Item], next: PageCursor?, previous: PageCursor?) {
        self.items = items
        self.next = next
        self.previous = previous
    }
}

extension Page: Equatable where Item: Equatable {}
