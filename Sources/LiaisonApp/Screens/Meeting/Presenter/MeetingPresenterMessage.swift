import Foundation

/// Messages of presenter mode (owned by presenter mode; the Meeting screen only routes them).
public enum MeetingPresenterMessage: Sendable {
    /// The clock read when presenter mode started.
    case started(Date)
}
