import TerminalKit

/// Things drawn over the page: help, dialogs and the form's picker.
enum GalleryOverlays {
    static func render(_ state: GalleryState, area: Rect, buffer: inout Buffer) {
        switch state.focus {
        case .help:
            let box = area.centered(width: min(area.width - 4, 60), height: min(area.height - 2, 16))
            HelpOverlay(sections: [state.page.keyMap, GalleryPage.globalKeys], theme: state.theme).render(in: box, buffer: &buffer)
        case .confirm:
            (state.confirm ?? GalleryInput.confirmDialog(state)).render(in: area, buffer: &buffer)
        case .modal:
            Modal(title: "About TerminalKit", message: "Widgets draw into a buffer; only changed cells reach the terminal. Press Enter or Esc.",
                  buttons: ["OK"], theme: state.theme).render(in: area, buffer: &buffer)
        case .formPicker:
            if let picker = state.formPicker {
                let box = area.centered(width: min(area.width - 4, 40), height: min(area.height - 2, 12))
                buffer.fill(box, style: state.theme.base)
                picker.render(in: box, buffer: &buffer)
            }
        default:
            break
        }
    }
}
