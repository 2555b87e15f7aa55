import TerminalKit

/// Draws a Meeting form centred over the screen: the fields with their messages, a general
/// error, the key hint, and the owner picker over it while open.
struct MeetingFormView {
    let form: MeetingForm
    let theme: Palette

    func render(in area: Rect, buffer: inout Buffer) {
        let formHeight = form.form.fields.reduce(0) { $0 + ($1.message == nil ? 1 : 2) }
        let box = area.centered(width: min(area.width - 2, 72), height: min(area.height, formHeight + (form.error == nil ? 3 : 4)))
        let block = Block(title: form.kind.title, borders: .rounded, borderStyle: theme.accent, titleStyle: theme.title, fillStyle: theme.base)
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        form.form.render(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: min(formHeight, inner.height)), buffer: &buffer)
        if let error = form.error, inner.y + formHeight < inner.bottom {
            buffer.write("✗ " + error, x: inner.x, y: inner.y + formHeight, style: theme.error, maxWidth: inner.width)
        }
        let hint = form.isSaving ? "Saving…" : form.kind == .action
            ? "Tab next field · Enter on Owner picks a person · Ctrl-S saves · Esc cancels"
            : "Tab next field · Enter or Ctrl-S saves · Esc cancels"
        buffer.write(hint, x: inner.x, y: inner.bottom - 1, style: theme.muted, maxWidth: inner.width)
        if var picker = form.picker {
            let pickerBox = area.centered(width: min(area.width - 4, 56), height: min(area.height - 2, 14))
            picker.pageSize = max(1, pickerBox.height - 4)
            picker.render(in: pickerBox, buffer: &buffer)
        }
    }
}
