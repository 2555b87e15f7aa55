import LiaisonCore
import TerminalKit

/// Draws the attendance checklist: everyone with a tick for those attending.
struct MeetingAttendanceView {
    let checklist: AttendanceChecklist
    let state: MeetingState
    let meeting: Meeting
    let theme: Palette

    func render(in area: Rect, buffer: inout Buffer) {
        let box = AttendanceChecklist.box(in: area)
        let title = "Attendance · \(meeting.attendees.count) of \(state.people.count)"
        let block = Block(title: title, borders: .rounded, borderStyle: theme.accent, titleStyle: theme.title, fillStyle: theme.base)
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        guard !state.people.isEmpty else {
            buffer.write("Nobody to list — import people first (liaison import)", x: inner.x, y: inner.y, style: theme.muted, maxWidth: inner.width)
            return
        }
        let rows = max(1, inner.height - 1)
        let scroll = checklist.scroll.clamped(itemCount: state.people.count, visibleRows: rows)
        for (row, index) in scroll.visibleRange(itemCount: state.people.count, visibleRows: rows).enumerated() {
            let person = state.people[index]
            let attending = meeting.attendees.contains(person.id)
            let mark = checklist.saving == person.id ? "[…]" : attending ? "[x]" : "[ ]"
            let text = "\(mark) \(person.name) · \(person.role.label)"
            let style = index == scroll.selected ? theme.selection : attending ? theme.base : theme.muted
            let y = inner.y + row
            buffer.fill(Rect(x: inner.x, y: y, width: inner.width, height: 1), style: style)
            buffer.write(text, x: inner.x, y: y, style: style, maxWidth: inner.width)
        }
        buffer.write("Space ticks or unticks (saved at once) · Esc closes", x: inner.x, y: inner.bottom - 1, style: theme.muted, maxWidth: inner.width)
    }
}
