import Foundation

/// JSON of an agenda item: the original keys always, the meeting-mode fields only when they
/// differ from their defaults, so older datasets round-trip byte for byte.
extension AgendaItem: Codable {
    private enum CodingKeys: String, CodingKey {
        case id, source, title, reference, notes
        case summary, evidence, severity, flags, series, timeBoxMinutes, isDropped
    }

    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        self.init(
            id: try container.decode(UUID.self, forKey: .id),
            source: try container.decode(String.self, forKey: .source),
            title: try container.decode(String.self, forKey: .title),
            reference: try container.decodeIfPresent(String.self, forKey: .reference),
            notes: try container.decodeIfPresent(String.self, forKey: .notes) ?? "",
            summary: try container.decodeIfPresent(String.self, forKey: .summary) ?? "",
            evidence: try container.decodeIfPresent([String].self, forKey: .evidence) ?? [],
            severity: try container.decodeIfPresent(Int.self, forKey: .severity),
            flags: try container.decodeIfPresent([AgendaFlag].self, forKey: .flags) ?? [],
            series: try container.decodeIfPresent([Int].self, forKey: .series) ?? [],
            timeBoxMinutes: try container.decodeIfPresent(Int.self, forKey: .timeBoxMinutes),
            isDropped: try container.decodeIfPresent(Bool.self, forKey: .isDropped) ?? false)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(source, forKey: .source)
        try container.encode(title, forKey: .title)
        try container.encodeIfPresent(reference, forKey: .reference)
        try container.encode(notes, forKey: .notes)
        if !summary.isEmpty { try container.encode(summary, forKey: .summary) }
        if !evidence.isEmpty { try container.encode(evidence, forKey: .evidence) }
        try container.encodeIfPresent(severity, forKey: .severity)
        if !flags.isEmpty { try container.encode(flags, forKey: .flags) }
        if !series.isEmpty { try container.encode(series, forKey: .series) }
        try container.encodeIfPresent(timeBoxMinutes, forKey: .timeBoxMinutes)
        if isDropped { try container.encode(isDropped, forKey: .isDropped) }
    }
}
