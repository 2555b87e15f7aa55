import Foundation
import LiaisonCore
import TerminalKit

/// State of the Meeting screen: this week's meeting as last stored, the people to draw
/// names from, the agenda selection, the mode (agenda or presenter) and the lead's open form.
public struct MeetingState: Sendable {
    /// The week's meeting as the store last returned it; nil until opened.
    public var meeting: Meeting?
    /// The week being run.
    public var week: MeetingWeek?
    /// When the meeting was opened (the time flags and due dates are judged at).
    public var now: Date?
    /// Everyone, sorted by name: attendance, action owners and names to draw.
    public var people: [Person] = []
    /// Names by person id.
    public var names: [PersonID: String] = [:]
    /// Evidence ids named so far (the selected item's are asked for as it is selected).
    public var evidence: [String: PresenterEvidenceLine] = [:]
    /// Evidence ids asked to be named and not yet delivered or named.
    var namesAsked: Set<String> = []
    /// Selection and scroll of the agenda list (index into `meeting.agenda`).
    public var selection = ScrollState()
    /// Index of the selected action among the selected item's actions.
    public var actionSelection = 0
    /// Agenda or presenter.
    public var mode: MeetingMode = .agenda
    /// Where the presenter walk stands; non-nil in presenter mode.
    public var presenter: PresenterState?
    /// Presenter mode's loaded item data, clock, ritual and triage (see `MeetingPresenter`).
    public var presenterSession = PresenterSession()
    /// The lead's open form (add item, note, action, export), if any.
    public var form: MeetingForm?
    /// The attendance checklist, while open.
    public var attendance: AttendanceChecklist?
    /// A loading or store failure to show instead of the agenda.
    public var error: String?

    /// The store work asked for by the last update.
    public internal(set) var outbox: [MeetingLoad] = []

    /// An empty, not yet loaded state.
    public init() {}

    /// The agenda item under the selection.
    public var selectedItem: AgendaItem? {
        guard let meeting, let index = selection.selected, meeting.agenda.indices.contains(index) else { return nil }
        return meeting.agenda[index]
    }

    /// The actions agreed under the selected item.
    public var selectedItemActions: [ActionItem] {
        guard let meeting, let item = selectedItem else { return [] }
        return meeting.actions.filter { $0.agendaItemID == item.id }
    }

    /// The action under the action selection of the selected item.
    public var selectedAction: ActionItem? {
        let actions = selectedItemActions
        guard !actions.isEmpty else { return nil }
        return actions[min(max(actionSelection, 0), actions.count - 1)]
    }

    /// The name of `id`, or the id itself when unknown.
    public func name(_ id: PersonID) -> String { names[id] ?? id }

    /// Takes `data` in: the meeting, people and names.
    mutating func take(_ data: MeetingData) {
        meeting = data.meeting
        week = data.week
        now = data.now
        people = data.people
        evidence = data.evidence
        namesAsked = []
        names = Dictionary(data.people.map { ($0.id, $0.name) }, uniquingKeysWith: { first, _ in first })
        error = nil
    }
}
