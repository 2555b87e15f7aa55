import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

/// A form of the Meeting screen: its fields, a message next to the field at fault (the
/// text typed stays), a general error, and the owner picker while it is open.
public struct MeetingForm: Sendable {
    public var kind: MeetingFormKind
    public var form: Form
    /// The agenda item a note or an action belongs to.
    public var itemID: UUID?
    /// Action owners, in the order of the Owner field's options.
    public var ownerIDs: [PersonID] = []
    /// The fuzzy owner picker, while open.
    public var picker: Picker?
    /// A refusal that names no field of this form.
    public var error: String?
    public var isSaving = false

    static let minutesLabel = "Minutes"
    static let ownerLabel = "Owner"
    static let dueLabel = "Due"
    static let pathLabel = "File"

    /// The form of `kind`; `itemID` is the selected item, `people` the possible owners and
    /// `defaultMinutes` the time box offered for a free item.
    init(_ kind: MeetingFormKind, itemID: UUID?, people: [Person], week: String, theme: Palette) {
        self.kind = kind
        self.itemID = itemID
        let fields: [FormField]
        switch kind {
        case .addItem:
            fields = [.text("Title", placeholder: "what to discuss", isRequired: true),
                      .text(Self.minutesLabel, value: "\(AgendaSettings.defaults.timeBox(.free))", placeholder: "time box")]
        case .note:
            fields = [.text("Note", placeholder: "what was said or agreed", isRequired: true)]
        case .action:
            ownerIDs = people.map(\.id)
            fields = [.text("Title", placeholder: "what is to be done", isRequired: true),
                      .choice(Self.ownerLabel, options: people.map(Self.ownerLabel), isRequired: true),
                      .text(Self.dueLabel, placeholder: "YYYY-MM-DD", isRequired: true)]
        case .export(let format):
            fields = [.text(Self.pathLabel, value: format.defaultFileName(week: week), isRequired: true)]
        }
        form = Form(fields: fields, theme: theme)
    }

    /// `Anna Keller · MSL`: what the owner picker matches against.
    static func ownerLabel(_ person: Person) -> String {
        "\(person.name) · \(person.role.label)"
    }

    /// The trimmed value of the field labelled `label`.
    public func value(_ label: String) -> String {
        form.fields.first { $0.label == label }?.value.trimmingCharacters(in: .whitespaces) ?? ""
    }

    /// The chosen owner, if any.
    public var ownerID: PersonID? {
        guard let index = form.fields.firstIndex(where: { $0.label == Self.ownerLabel }),
              case .choice(let choice) = form.fields[index].kind, let selected = choice.selected,
              ownerIDs.indices.contains(selected) else { return nil }
        return ownerIDs[selected]
    }

    /// What submitting asks for: store work, or the form again with messages on its fields.
    enum Submission {
        case load(MeetingLoad)
        case invalid(MeetingForm)
    }

    /// The store work this form asks for on `meeting` as `person`, or the form marked where
    /// it is incomplete or invalid.
    func request(meeting: Meeting, week: MeetingWeek, by person: PersonID) -> Submission {
        var checked = self
        checked.error = nil
        for index in checked.form.fields.indices { checked.form.fields[index].message = nil }
        guard checked.form.validateRequired() else { return .invalid(checked) }
        switch kind {
        case .addItem:
            guard let minutes = Int(value(Self.minutesLabel)), minutes >= 1 else {
                return .invalid(checked.marking(label: Self.minutesLabel, "a whole number of minutes, 1 or more"))
            }
            let item = AgendaItem(source: AgendaItemKind.free.rawValue, title: value("Title"), timeBoxMinutes: minutes)
            return .load(.edit([.addItem(item)], .addItem, meetingID: meeting.id, by: person))
        case .note:
            guard let itemID else { return .invalid(checked.marking(label: nil, "select an agenda item first")) }
            return .load(.edit([.note(item: itemID, text: value("Note"))], .note, meetingID: meeting.id, by: person))
        case .action:
            guard let ownerID else { return .invalid(checked.marking(label: Self.ownerLabel, "pick the owner (Enter opens the list)")) }
            let dueText = value(Self.dueLabel)
            guard dueText.wholeMatch(of: /\d{4}-\d{2}-\d{2}/) != nil, let due = ISODate.parse(dueText) else {
                return .invalid(checked.marking(label: Self.dueLabel, "'\(dueText)' is not a date: use YYYY-MM-DD, e.g. \(AgendaText.day(meeting.date.addingTimeInterval(7 * 86_400)))"))
            }
            if AgendaText.day(due) < AgendaText.day(meeting.date) {
                return .invalid(checked.marking(label: Self.dueLabel, "\(dueText) is before the meeting (\(AgendaText.day(meeting.date)))"))
            }
            do {
                let action = try ActionItem(title: value("Title"), ownerID: ownerID, due: due, agendaItemID: itemID)
                return .load(.edit([.addAction(action)], .action, meetingID: meeting.id, by: person))
            } catch {
                return .invalid(checked.marking(field: error.field, error.reason))
            }
        case .export(let format):
            return .load(.export(format, path: value(Self.pathLabel), week: week))
        }
    }

    /// The form with `message` next to the field holding the meeting's `field` (or as the
    /// general error when none does); other messages are cleared.
    func marking(field: String?, _ message: String) -> MeetingForm {
        let label: String? = switch field {
        case "title": "Title"
        case "ownerID": Self.ownerLabel
        case "due": Self.dueLabel
        case "notes": "Note"
        case "timeBoxMinutes": Self.minutesLabel
        case "path": Self.pathLabel
        default: nil
        }
        var cleared = self
        for index in cleared.form.fields.indices { cleared.form.fields[index].message = nil }
        return cleared.marking(label: label, message)
    }

    private func marking(label: String?, _ message: String) -> MeetingForm {
        var next = self
        next.isSaving = false
        next.error = nil
        if let label, let index = next.form.fields.firstIndex(where: { $0.label == label }) {
            next.form.fields[index].message = message
        } else {
            next.error = message
        }
        return next
    }
}
