import TerminalKit

/// Draws the touchpoint form in the log form's layout: a frame, the fields, a problem line,
/// a key line, and the open picker on top.
enum LogTouchpointView {
    static func render(_ state: LogTouchpointState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        let theme = context.theme
        let layout = LogInsightLayout(area: area)
        let who = context.person.map { " — \($0.name)" } ?? ""
        Block(title: "Log touchpoint" + who, footer: state.isSaving ? "saving…" : nil, theme: theme).render(in: area, buffer: &buffer)
        guard state.choices != nil else {
            let text = state.banner ?? "Loading HCPs…"
            Paragraph(text, style: state.banner == nil ? theme.muted : theme.error).render(in: layout.form, buffer: &buffer)
            return
        }
        state.form.render(in: layout.form, buffer: &buffer)
        if let banner = state.banner {
            buffer.write("✗ " + banner, x: layout.banner.x, y: layout.banner.y, style: theme.error, maxWidth: layout.banner.width)
        }
        let hints = state.picker == nil
            ? "Ctrl-S save · Tab next · type/Enter pick · ←/→ change · Esc close"
            : "type to filter · ↑/↓ move · Enter pick · Esc close list"
        buffer.write(hints, x: layout.hints.x, y: layout.hints.y, style: theme.muted, maxWidth: layout.hints.width)
        if let picker = state.picker {
            buffer.cursor = nil
            picker.render(in: layout.picker, buffer: &buffer, theme: theme)
        }
    }
}
