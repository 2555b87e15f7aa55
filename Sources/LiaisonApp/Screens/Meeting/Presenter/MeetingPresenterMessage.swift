import Foundation

/// Messages of presenter mode (owned by presenter mode; the Meeting screen only routes them).
public enum MeetingPresenterMessage: Sendable {
    /// The clock read when presenter mode started.
    case started(Date)
    /// The once-a-second timer fired; the presenter asks for the clock.
    case tick
    /// The clock as read by the tick's effect.
    case clock(Date)
    /// The evidence, decision and clash of one agenda item.
    case itemLoaded(PresenterItemData)
    /// Reading an item's evidence failed.
    case itemFailed(UUID, String)
    /// A result of the decision ritual run in place.
    case decision(DecisionsMessage)
    /// A result of clash triage run in place.
    case triage(ClashesMessage)
}
