import Foundation
import LiaisonCore

/// A fixed list of clash statuses, for tests and previews.
public struct FixedClashSource: ClashSource {
    public let statuses: [ClashStatus]

    /// Creates a source that always returns `statuses`.
    public init(_ statuses: [ClashStatus]) {
        self.statuses = statuses
    }

    /// The fixed statuses, whatever `now` is.
    public func clashStatuses(now: Date) throws -> [ClashStatus] { statuses }
}
