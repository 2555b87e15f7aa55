import LiaisonCore
import TerminalKit

/// The agenda as a framed table: position, kind, title, flags, severity, a sparkline for
/// theme and stats items, and the time box. Dropped items are dimmed and marked.
struct MeetingAgendaList {
    let state: MeetingState
    let meeting: Meeting
    let theme: Palette

    /// Column widths for a frame `width` columns wide.
    private struct Columns {
        let kind = 11
        let flags: Int
        let severity = 4
        let trend: Int
        let minutes = 4
        let title: Int

        init(width: Int) {
            flags = width >= 90 ? 14 : 10
            trend = width >= 90 ? 12 : 8
            title = max(8, width - 29 - flags - trend)
        }
    }

    func render(in rect: Rect, buffer: inout Buffer) {
        let dropped = meeting.agenda.count - meeting.activeAgenda.count
        let title = "Agenda · \(meeting.activeAgenda.count) items" + (dropped > 0 ? ", \(dropped) dropped" : "")
        let block = Block(title: title, theme: theme)
        block.render(in: rect, buffer: &buffer)
        let inner = block.inner(rect)
        guard !inner.isEmpty else { return }
        guard !meeting.agenda.isEmpty else {
            let text = "The agenda is empty — press a to add an item"
            buffer.write(text, x: inner.x + 1, y: inner.y, style: theme.muted, maxWidth: inner.width - 1)
            return
        }
        let columns = Columns(width: inner.width)
        renderRow(cells(header: columns), series: nil, columns: columns, x: inner.x, y: inner.y, width: inner.width,
                  style: theme.header, buffer: &buffer)
        let visible = max(1, inner.height - 1)
        let scroll = state.selection.clamped(itemCount: meeting.agenda.count, visibleRows: visible)
        for (row, index) in scroll.visibleRange(itemCount: meeting.agenda.count, visibleRows: visible).enumerated() {
            let item = meeting.agenda[index]
            let selected = index == scroll.selected
            var style = item.isDropped ? theme.muted.dimmed() : theme.base
            if selected { style = theme.selection }
            let y = inner.y + 1 + row
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            renderRow(cells(item, position: index + 1, selected: selected, columns: columns), series: item.series.isEmpty ? nil : item.series,
                      columns: columns, x: inner.x, y: y, width: inner.width, style: style, buffer: &buffer)
        }
    }

    private func cells(header columns: Columns) -> [String] {
        [" ", "  #", "Kind", "Title", "Flags", " Sev", "Trend", " Min"]
    }

    private func cells(_ item: AgendaItem, position: Int, selected: Bool, columns: Columns) -> [String] {
        let number = "\(position)"
        let flags = item.isDropped ? "dropped" : item.flags.map(Self.flagLabel).joined(separator: ",")
        let severity = item.severity.map { "\($0)" } ?? ""
        let minutes = item.timeBoxMinutes.map { "\($0)" } ?? ""
        return [
            selected ? "▸" : " ", String(repeating: " ", count: max(0, 3 - number.count)) + number,
            item.kind.label, (item.isDropped ? "✗ " : "") + item.title, flags,
            String(repeating: " ", count: max(0, 4 - severity.count)) + severity, "",
            String(repeating: " ", count: max(0, 4 - minutes.count)) + minutes,
        ]
    }

    /// Draws the eight cells of a row; the trend cell gets a `Sparkline` when `series` is given.
    private func renderRow(
        _ cells: [String], series: [Int]?, columns: Columns, x: Int, y: Int, width: Int, style: Style, buffer: inout Buffer
    ) {
        let widths = [1, 3, columns.kind, columns.title, columns.flags, columns.severity, columns.trend, columns.minutes]
        var column = x
        for (index, cell) in cells.enumerated() {
            let cellWidth = widths[index]
            let right = x + width
            guard column < right else { break }
            let cellStyle = index == 4 && !cells[4].isEmpty && cells[4] != "Flags" && style == theme.base ? theme.warning : style
            buffer.write(cell, x: column, y: y, style: cellStyle, maxWidth: min(cellWidth, right - column))
            if index == 6, let series {
                var sparkline = Sparkline(values: series.map(Double.init), theme: theme)
                if style == theme.selection { sparkline.style = theme.selection }
                sparkline.render(in: Rect(x: column, y: y, width: min(cellWidth - 1, series.count, right - column), height: 1), buffer: &buffer)
            }
            column += cellWidth + (index == 0 ? 0 : 1)
        }
    }

    /// A short word for a flag in the agenda table.
    static func flagLabel(_ flag: AgendaFlag) -> String {
        switch flag {
        case .new: "new"
        case .worsened: "worse"
        case .overdue: "overdue"
        case .reviewDue: "review"
        case .revisit: "revisit"
        case .awaitingDecision: "awaiting"
        case .rising: "▲"
        case .falling: "▼"
        }
    }
}
