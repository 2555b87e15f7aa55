import Foundation

/// One change the meeting lead makes to a meeting. The CLI and the meeting screen both apply
/// edits with `Meeting.apply(_:)` and then save the meeting through the store.
public enum MeetingEdit: Hashable, Sendable {
    /// Moves the agenda item to a 0-based position (clamped to the agenda).
    case move(item: UUID, to: Int)
    /// Marks the item dropped; it stays on record, struck out.
    case drop(item: UUID)
    /// Takes a dropped item back onto the agenda.
    case restore(item: UUID)
    /// Appends an item (usually a free one).
    case addItem(AgendaItem)
    /// Appends a line to the item's notes.
    case note(item: UUID, text: String)
    /// Adds people to the attendance list (kept in the order first recorded).
    case attend([PersonID])
    /// Removes a person from the attendance list.
    case unattend(PersonID)
    /// Adds an action item agreed in this meeting.
    case addAction(ActionItem)
    /// Changes the status of one of this meeting's actions.
    case setActionStatus(action: UUID, status: ActionStatus)
}

extension Meeting {
    /// Applies `edit`.
    /// - Throws: `ValidationError` when the edit names an item or action this meeting does
    ///   not have, or carries empty text; the meeting is unchanged then.
    public mutating func apply(_ edit: MeetingEdit) throws(ValidationError) {
        switch edit {
        case .move(let item, let position):
            let index = try agendaIndex(of: item)
            let moved = agenda.remove(at: index)
            agenda.insert(moved, at: min(max(position, 0), agenda.count))
        case .drop(let item):
            agenda[try agendaIndex(of: item)].isDropped = true
        case .restore(let item):
            agenda[try agendaIndex(of: item)].isDropped = false
        case .addItem(let item):
            try Check.nonEmpty(item.title, "agenda item", "title")
            if agenda.contains(where: { $0.id == item.id }) {
                throw ValidationError(entity: "agenda item", field: "id", reason: "\(item.id) is already on the agenda")
            }
            agenda.append(item)
        case .note(let item, let text):
            try Check.nonEmpty(text, "agenda item", "notes")
            let index = try agendaIndex(of: item)
            let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
            agenda[index].notes = agenda[index].notes.isEmpty ? trimmed : agenda[index].notes + "\n" + trimmed
        case .attend(let people):
            for person in people where !attendees.contains(person) {
                try Check.slug(person, prefix: "person", "meeting", "attendees")
                attendees.append(person)
            }
        case .unattend(let person):
            attendees.removeAll { $0 == person }
        case .addAction(let action):
            if let item = action.agendaItemID { _ = try agendaIndex(of: item) }
            if actions.contains(where: { $0.id == action.id }) {
                throw ValidationError(entity: "action", field: "id", reason: "\(action.id) is already recorded")
            }
            actions.append(action)
        case .setActionStatus(let action, let status):
            guard let index = actions.firstIndex(where: { $0.id == action }) else {
                throw ValidationError(entity: "action", field: "id", reason: "no action \(action) in this meeting")
            }
            actions[index].status = status
        }
    }

    private func agendaIndex(of item: UUID) throws(ValidationError) -> Int {
        guard let index = agenda.firstIndex(where: { $0.id == item }) else {
            throw ValidationError(entity: "agenda item", field: "id", reason: "no agenda item \(item) in this meeting")
        }
        return index
    }

    /// The agenda item `text` names: its 1-based position on the agenda, or the start of its
    /// id (at least 4 characters, case-insensitive).
    /// - Throws: `ValidationError` when nothing or more than one item matches.
    public func agendaItem(matching text: String) throws(ValidationError) -> AgendaItem {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let position = Int(trimmed) {
            guard agenda.indices.contains(position - 1) else {
                throw ValidationError(
                    entity: "agenda item", field: "item",
                    reason: "there is no item \(position) (the agenda has \(agenda.count))")
            }
            return agenda[position - 1]
        }
        return try Self.unique(agenda, matching: trimmed, entity: "agenda item", id: \.id)
    }

    /// The action of this meeting whose id starts with `text` (at least 4 characters).
    public func action(matching text: String) throws(ValidationError) -> ActionItem {
        try Self.unique(actions, matching: text.trimmingCharacters(in: .whitespaces), entity: "action", id: \.id)
    }

    /// The one element whose id starts with `prefix`.
    public static func unique<T>(
        _ items: [T], matching prefix: String, entity: String, id: (T) -> UUID
    ) throws(ValidationError) -> T {
        guard prefix.count >= 4 else {
            throw ValidationError(
                entity: entity, field: "id", reason: "'\(prefix)' is too short: give a position or at least 4 characters of the id")
        }
        let matches = items.filter { id($0).uuidString.lowercased().hasPrefix(prefix.lowercased()) }
        guard matches.count == 1 else {
            throw ValidationError(
                entity: entity, field: "id",
                reason: matches.isEmpty ? "nothing matches '\(prefix)'" : "'\(prefix)' matches \(matches.count); give more of the id")
        }
        return matches[0]
    }

    /// The agenda items still on the agenda (not dropped), in order.
    public var activeAgenda: [AgendaItem] { agenda.filter { !$0.isDropped } }

    /// The total time box of the items still on the agenda, in minutes.
    public var plannedMinutes: Int { activeAgenda.reduce(0) { $0 + ($1.timeBoxMinutes ?? 0) } }
}
