import Foundation
import LiaisonCore

/// The meeting workflow and the weekly report read the clash service's current clashes,
/// merged with the stored triage, so escalated and dismissed clashes keep their disposition.
extension ClashService: ClashSource {
    /// The current clashes with their triage, most severe first. A `now` later than the
    /// service's moves its clock on first (`advanceClock(to:)`); an earlier one reads the
    /// clashes as the service last computed them, since the service never moves back —
    /// build the service at the earliest moment it will be asked about.
    public func clashStatuses(now: Date) throws -> [ClashStatus] {
        if now > self.now { try advanceClock(to: now) }
        return current()
    }
}
