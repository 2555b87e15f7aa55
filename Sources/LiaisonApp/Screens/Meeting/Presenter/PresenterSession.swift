import Foundation
import LiaisonCore
import TerminalKit

/// What presenter mode keeps besides `PresenterState` (the walk and the timer): the last
/// clock reading, the loaded data of the items shown, the decision ritual and the clash
/// triage run in place, and the key help panel.
public struct PresenterSession: Sendable {
    /// The clock as last read (at start and on every tick); the timer is drawn against it.
    public var clock: Date?
    /// Evidence, decision and clash of the items shown so far, by item id.
    public var items: [UUID: PresenterItemData] = [:]
    /// Why an item's data could not be read, by item id.
    public var failures: [UUID: String] = [:]
    /// The decision ritual's form over the presenter.
    public var ritual = DecisionRitual()
    /// Clash triage and its dismissal dialog.
    public var triage = ClashTriageAction()
    /// True while the key help panel is shown.
    public var showsHelp = false

    /// The store work asked for by the last update.
    public internal(set) var outbox: [PresenterLoad] = []

    /// Nothing loaded yet.
    public init() {}

    /// True while a dialog or the help panel takes the keys.
    public var isOverlayOpen: Bool { ritual.isOpen || triage.isDialogOpen || showsHelp }

    /// The timer id of the once-a-second clock.
    static let timerID = "meeting.presenter.clock"
}
