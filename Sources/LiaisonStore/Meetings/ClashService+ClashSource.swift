import Foundation
import LiaisonCore

/// The session's clash service as the meeting workflow's clash source: the statuses it
/// keeps current after every write, with the clock moved on first when `now` is later.
extension ClashService: ClashSource {
    /// The current clashes merged with their triage, at `now` (or the service's own time
    /// when that is later).
    public func clashStatuses(now: Date) throws -> [ClashStatus] {
        if now > self.now { try advanceClock(to: now) }
        return current()
    }
}
