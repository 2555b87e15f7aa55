import Foundation
import LiaisonCore

/// The meeting-mode fields of an agenda item, stored as one JSON column
/// (`meeting_agenda_items.details`); NULL when every field has its default.
struct AgendaItemDetails: Codable, Equatable {
    var summary: String?
    var evidence: [String]?
    var severity: Int?
    var flags: [AgendaFlag]?
    var series: [Int]?
    var timeBoxMinutes: Int?
    var isDropped: Bool?

    init(_ item: AgendaItem) {
        summary = item.summary.isEmpty ? nil : item.summary
        evidence = item.evidence.isEmpty ? nil : item.evidence
        severity = item.severity
        flags = item.flags.isEmpty ? nil : item.flags
        series = item.series.isEmpty ? nil : item.series
        timeBoxMinutes = item.timeBoxMinutes
        isDropped = item.isDropped ? true : nil
    }

    /// The column value: JSON, or nil when there is nothing beyond the defaults.
    static func column(_ item: AgendaItem) -> String? {
        let details = AgendaItemDetails(item)
        let empty = details.summary == nil && details.evidence == nil && details.severity == nil
            && details.flags == nil && details.series == nil && details.timeBoxMinutes == nil && details.isDropped == nil
        return empty ? nil : StoreCoding.json(details)
    }

    /// `item` with the details of `column` applied.
    static func apply(_ column: String?, to item: AgendaItem, meetingID: String) throws -> AgendaItem {
        guard let column else { return item }
        let details = try StoreCoding.decode(AgendaItemDetails.self, json: column, entity: "meeting", id: meetingID)
        var item = item
        item.summary = details.summary ?? ""
        item.evidence = details.evidence ?? []
        item.severity = details.severity
        item.flags = details.flags ?? []
        item.series = details.series ?? []
        item.timeBoxMinutes = details.timeBoxMinutes
        item.isDropped = details.isDropped ?? false
        return item
    }
}
