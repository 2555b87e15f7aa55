import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

/// The Decisions list's table rows, built only for the rows on screen: title, topic, scope,
/// status, stance holders, review date (red when overdue) and, when `wide`, the resolution
/// and the drafting day.
struct DecisionListRows: TableDataSource {
    let rows: [DecisionRow]
    let data: DecisionsData?
    let wide: Bool
    let theme: Palette

    var count: Int { rows.count }

    func row(at index: Int) -> [[Span]] {
        let decision = rows[index]
        let stances = decision.stanceHolders == 0 ? "—" : "\(decision.stanceHolders)"
        var cells: [[Span]] = [
            [Span(decision.title)], [Span(decision.topic.rawValue, style: theme.muted)],
            [Span(data?.scope(decision.scope) ?? "")], [Span(decision.status.rawValue)], [Span(stances)],
            [Span(decision.reviewDate.map(DayFormat.iso) ?? "—",
                  style: decision.isOverdue(at: data?.now ?? decision.createdAt) ? theme.error : theme.base)],
        ]
        if wide {
            cells.append([Span(decision.resolution.map(DecisionForm.label) ?? "—")])
            cells.append([Span(DayFormat.iso(decision.createdAt), style: theme.muted)])
        }
        return cells
    }
}
