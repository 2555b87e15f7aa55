import TerminalKit

/// Draws the log form: a frame titled with what is being logged, the fields, a problem line,
/// a key line, and the open picker on top.
enum LogInsightView {
    static func render(_ state: LogInsightState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        let theme = context.theme
        let layout = LogInsightLayout(area: area)
        Block(title: title(state, context: context), footer: footer(state), theme: theme).render(in: area, buffer: &buffer)
        PickerFormBody.render(
            form: state.form, picker: state.picker, isLoaded: state.choices != nil, banner: state.banner,
            loadingText: "Loading HCPs, products and your draft…",
            hints: "Ctrl-S save · Tab next · type/Enter pick · ←/→ change · Ctrl-D draft · Esc keep",
            pickerHints: "type to filter · ↑/↓ move · Enter pick · Esc close list · Ctrl-S save",
            layout: layout, buffer: &buffer, theme: theme)
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
