import LiaisonCore
import TerminalKit

/// Draws the Meeting screen in agenda mode.
struct MeetingView {
    let state: MeetingState
    let context: ScreenContext

    func render(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        buffer.fill(area, style: theme.base)
        guard let meeting = state.meeting else {
            let text = state.error.map { "Could not open the meeting: \($0)" } ?? "Opening this week's meeting…"
            buffer.write(text, x: area.x + 1, y: area.y + 1, style: theme.muted, maxWidth: area.width - 2)
            return
        }
        for (index, item) in meeting.agenda.enumerated() where index < area.height {
            let style = index == state.selection.selected ? theme.selection : theme.base
            buffer.write(item.title, x: area.x + 1, y: area.y + index, style: style, maxWidth: area.width - 2)
        }
    }
}
