import Foundation

/// Where the meeting workflow and the weekly report get the current clashes from.
///
/// The implementation computes `ClashEngine.evaluateAll` over a snapshot of the data and
/// merges the stored triage (`ClashStatus.merge`), so items such as "escalated, waiting for a
/// decision" can be told apart from open ones.
public protocol ClashSource: Sendable {
    /// Every current clash with its triage, most severe first, at `now`.
    func clashStatuses(now: Date) throws -> [ClashStatus]
}
