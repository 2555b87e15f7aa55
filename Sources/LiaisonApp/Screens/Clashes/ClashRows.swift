import LiaisonCore
import TerminalKit

/// The clash table's rows, built only for the rows the table draws (a few thousand clashes
/// at the reference scale; building every row's cells on each frame cost ~10 ms a key).
struct ClashRows: TableDataSource {
    let statuses: [ClashStatus]
    let names: ClashNames
    /// Wide tables add the "Field says" column.
    let wide: Bool
    let theme: Palette

    var count: Int { statuses.count }

    func row(at index: Int) -> [[Span]] {
        let status = statuses[index]
        let state = [Span(ClashStyle.disposition(status.disposition))]
        guard let clash = status.clash else {
            let kind = ClashStyle.kind(ofID: status.clashID)?.label ?? ""
            return [[Span("—", style: theme.muted)], [Span("", style: theme.muted)], [Span(kind, style: theme.muted)],
                    [Span(status.clashID, style: theme.muted)], [Span("", style: theme.muted)], state]
        }
        var row: [[Span]] = [
            [Span(clash.level.rawValue, style: ClashStyle.level(clash.level, theme: theme))], [Span(String(clash.severity))],
            [Span(clash.kind.label)], [Span(clash.subject.label)], [Span(names.region(clash.regionID))], state,
        ]
        if wide { row.insert([Span(clash.fieldPosition, style: theme.muted)], at: 4) }
        return row
    }
}
