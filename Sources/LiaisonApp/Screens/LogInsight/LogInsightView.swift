import TerminalKit

/// Draws the log form: a frame titled with what is being logged, the fields, a problem line,
/// a key line, and the open picker on top.
enum LogInsightView {
    static func render(_ state: LogInsightState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        let theme = context.theme
        let layout = LogInsightLayout(area: area)
        Block(title: title(state, context: context), footer: footer(state), theme: theme).render(in: area, buffer: &buffer)
        guard state.choices != nil else {
            let text = state.banner ?? "Loading HCPs, products and your draft…"
            Paragraph(text, style: state.banner == nil ? theme.muted : theme.error).render(in: layout.form, buffer: &buffer)
            return
        }
        state.form.render(in: layout.form, buffer: &buffer)
        if let banner = state.banner {
            buffer.write("✗ " + banner, x: layout.banner.x, y: layout.banner.y, style: theme.error, maxWidth: layout.banner.width)
        }
        let hints = state.picker == nil
            ? "Ctrl-S save · Tab next · type/Enter pick · ←/→ change · Ctrl-D draft · Esc keep"
            : "type to filter · ↑/↓ move · Enter pick · Esc close list · Ctrl-S save"
        buffer.write(hints, x: layout.hints.x, y: layout.hints.y, style: theme.muted, maxWidth: layout.hints.width)
        if let picker = state.picker {
            buffer.cursor = nil
            picker.render(in: layout.picker, buffer: &buffer, theme: theme)
        }
    }

    private static func title(_ state: LogInsightState, context: ScreenContext) -> String {
        let who = context.person.map { " — \($0.name)" } ?? ""
        switch state.origin {
        case .empty: return "Log insight" + who
        case .keptDraft: return "Log insight (draft restored)" + who
        case .draftInsight: return "Continue draft insight" + who
        }
    }

    private static func footer(_ state: LogInsightState) -> String? {
        state.isSaving ? "saving…" : nil
    }
}
