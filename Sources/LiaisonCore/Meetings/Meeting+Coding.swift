import Foundation

/// JSON of a meeting: the original keys always, `week` and `clashSeverities` only when set,
/// so datasets written before the meeting mode decode and re-encode unchanged.
extension Meeting: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, date, attendees, agenda, actions, notes, week, clashSeverities
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(UUID.self, forKey: .id),
            date: try container.decode(Date.self, forKey: .date),
            attendees: try container.decode([PersonID].self, forKey: .attendees),
            agenda: try container.decode([AgendaItem].self, forKey: .agenda),
            actions: try container.decode([ActionItem].self, forKey: .actions),
            notes: try container.decode(String.self, forKey: .notes),
            week: try container.decodeIfPresent(String.self, forKey: .week),
            clashSeverities: try container.decodeIfPresent([String: Int].self, forKey: .clashSeverities) ?? [:])
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(date, forKey: .date)
        try container.encode(attendees, forKey: .attendees)
        try container.encode(agenda, forKey: .agenda)
        try container.encode(actions, forKey: .actions)
        try container.encode(notes, forKey: .notes)
        try container.encodeIfPresent(week, forKey: .week)
        if !clashSeverities.isEmpty { try container.encode(clashSeverities, forKey: .clashSeverities) }
    }
}
