import TerminalKit

/// The inside of a form whose fields are filled from pickers (log insight, log touchpoint):
/// a loading or error line until the choices are in, then the form, the error banner, the
/// key hints and the open picker on top.
enum PickerFormBody {
    /// Draws the body into `layout`; `hints` are shown while no picker is open, `pickerHints`
    /// while one is.
    static func render<Field: Sendable>(
        form: Form, picker: ChoicePicker<Field>?, isLoaded: Bool, banner: String?, loadingText: String,
        hints: String, pickerHints: String, layout: LogInsightLayout, buffer: inout Buffer, theme: Palette
    ) {
        guard isLoaded else {
            Paragraph(banner ?? loadingText, style: banner == nil ? theme.muted : theme.error).render(in: layout.form, buffer: &buffer)
            return
        }
        form.render(in: layout.form, buffer: &buffer)
        if let banner {
            buffer.write("✗ " + banner, x: layout.banner.x, y: layout.banner.y, style: theme.error, maxWidth: layout.banner.width)
        }
        buffer.write(picker == nil ? hints : pickerHints, x: layout.hints.x, y: layout.hints.y, style: theme.muted, maxWidth: layout.hints.width)
        if let picker {
            buffer.cursor = nil
            picker.render(in: layout.picker, buffer: &buffer, theme: theme)
        }
    }
}
