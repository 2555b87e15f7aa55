import TerminalKit

/// Draws the touchpoint form in the log form's layout: a frame, the fields, a problem line,
/// a key line, and the open picker on top.
enum LogTouchpointView {
    static func render(_ state: LogTouchpointState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        let theme = context.theme
        let layout = LogInsightLayout(area: area)
        let who = context.person.map { " — \($0.name)" } ?? ""
        Block(title: "Log touchpoint" + who, footer: state.isSaving ? "saving…" : nil, theme: theme).render(in: area, buffer: &buffer)
        PickerFormBody.render(
            form: state.form, picker: state.picker, isLoaded: state.choices != nil, banner: state.banner,
            loadingText: "Loading HCPs…",
            hints: "Ctrl-S save · Tab next · type/Enter pick · ←/→ change · Esc close",
            pickerHints: "type to filter · ↑/↓ move · Enter pick · Esc close list",
            layout: layout, buffer: &buffer, theme: theme)
    }
}
