import TerminalKit

/// The form, picker, charts and dialogs pages.
enum GalleryWidgetPages {
    static func renderForm(_ state: GalleryState, area: Rect, buffer: inout Buffer) {
        let rows = Layout.split(area, direction: .vertical, constraints: [.fixed(1), .fill(), .fixed(1)], spacing: 1)
        let hint = state.focus == .none ? "Enter to fill in the form; Tab/Shift-Tab move between fields." : "Esc to leave the form."
        buffer.write(hint, x: rows[0].x, y: rows[0].y, style: state.theme.muted, maxWidth: rows[0].width)
        state.form.render(in: rows[1], buffer: &buffer)
        buffer.write(state.formResult, x: rows[2].x, y: rows[2].y, style: state.theme.success, maxWidth: rows[2].width)
        if state.focus != .form { buffer.cursor = nil }
    }

    static func renderPicker(_ state: GalleryState, area: Rect, buffer: inout Buffer) {
        let rows = Layout.split(area, direction: .vertical, constraints: [.fixed(1), .fill()], spacing: 1)
        let hint = state.focus == .picker ? "Type to filter, ↑/↓ select, Enter pick, Esc cancel." : "Enter to start picking."
        buffer.write(hint + " " + state.pickerResult, x: rows[0].x, y: rows[0].y, style: state.theme.muted, maxWidth: rows[0].width)
        var picker = state.picker
        picker.pageSize = max(1, rows[1].height - 3)
        picker.render(in: rows[1], buffer: &buffer)
        if state.focus != .picker { buffer.cursor = nil }
    }

    static func renderCharts(_ state: GalleryState, area: Rect, buffer: inout Buffer) {
        let theme = state.theme
        let rows = Layout.split(area, direction: .vertical, constraints: [.fixed(5), .fill(), .fixed(3)], spacing: 1)
        let sparkBlock = Block(title: "Sparkline (live)", theme: theme)
        sparkBlock.render(in: rows[0], buffer: &buffer)
        Sparkline(values: state.samples, theme: theme).render(in: sparkBlock.inner(rows[0]), buffer: &buffer)
        let bars = zip(SampleData.cities, [12.0, 30, 7, 22, 18, 3, 9, 26]).map { Bar($0, value: $1) }
        let barBlock = Block(title: "BarChart", theme: theme)
        barBlock.render(in: rows[1], buffer: &buffer)
        BarChart(bars: bars, theme: theme).render(in: barBlock.inner(rows[1]), buffer: &buffer)
        let gaugeBlock = Block(title: "Gauge", theme: theme)
        gaugeBlock.render(in: rows[2], buffer: &buffer)
        let percent = Double((state.pulses * 3) % 101)
        Gauge(percent: percent, label: "\(Int(percent))% synced", marker: 75, theme: theme)
            .render(in: gaugeBlock.inner(rows[2]), buffer: &buffer)
    }

    static func renderDialogs(_ state: GalleryState, area: Rect, buffer: inout Buffer) {
        let lines = ["Press c for a confirm dialog (y/n, ←/→, Enter, Esc).", "Press m for a modal message.", "", state.dialogAnswer]
        for (offset, line) in lines.enumerated() where offset < area.height {
            buffer.write(line, x: area.x, y: area.y + offset, style: offset == 3 ? state.theme.success : state.theme.base, maxWidth: area.width)
        }
    }
}
