import LiaisonCore
import TerminalKit

/// Draws the Meeting screen in agenda mode: the header, the agenda, the selected item's
/// detail, and the form or attendance checklist over them.
struct MeetingView {
    let state: MeetingState
    let context: ScreenContext

    func render(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        buffer.fill(area, style: theme.base)
        guard let meeting = state.meeting else {
            let text = state.error.map { "Could not open the meeting: \($0)" } ?? "Opening this week's meeting…"
            buffer.write(text, x: area.x + 1, y: area.y + 1, style: state.error == nil ? theme.muted : theme.error, maxWidth: area.width - 2)
            return
        }
        let layout = MeetingLayout(area)
        renderHeader(meeting, in: layout.header, buffer: &buffer)
        MeetingAgendaList(state: state, meeting: meeting, theme: theme).render(in: layout.list, buffer: &buffer)
        MeetingDetailPane(state: state, meeting: meeting, theme: theme).render(in: layout.detail, buffer: &buffer)
        if let form = state.form { MeetingFormView(form: form, theme: theme).render(in: area, buffer: &buffer) }
        if let checklist = state.attendance {
            MeetingAttendanceView(checklist: checklist, state: state, meeting: meeting, theme: theme).render(in: area, buffer: &buffer)
        }
    }

    /// `Weekly meeting 2026-W47 · 2026-11-20 · 3 attending · 65 min planned · 12 items (2 dropped)`.
    private func renderHeader(_ meeting: Meeting, in row: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let dropped = meeting.agenda.count - meeting.activeAgenda.count
        let week = state.week?.description ?? meeting.week ?? ""
        let spans = [
            Span(" Weekly meeting \(week)", style: theme.title),
            Span(" · \(AgendaText.day(meeting.date))", style: theme.base),
            Span(" · \(meeting.attendees.count) attending", style: meeting.attendees.isEmpty ? theme.warning : theme.base),
            Span(" · \(meeting.plannedMinutes) min planned", style: theme.base),
            Span(" · \(meeting.agenda.count) items" + (dropped > 0 ? " (\(dropped) dropped)" : ""), style: theme.muted),
        ]
        buffer.write(spans: spans, x: row.x, y: row.y, base: theme.base, maxWidth: row.width)
    }
}
