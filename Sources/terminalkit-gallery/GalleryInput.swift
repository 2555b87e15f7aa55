import TerminalKit

/// How the gallery reacts to events, with and without a focused widget.
enum GalleryInput {
    /// Page switching, scrolling and opening things.
    static func unfocused(_ state: inout GalleryState, _ event: Event) {
        let pages = GalleryPage.allCases
        switch event {
        case .key(.tab):
            state.page = pages[(state.page.rawValue + 1) % pages.count]
        case .key(.backTab):
            state.page = pages[(state.page.rawValue + pages.count - 1) % pages.count]
        case .key(.char(let c)) where c.isWholeNumber:
            if let number = c.wholeNumberValue, number >= 1, number <= min(9, pages.count) { state.page = pages[number - 1] }
        case .key(.char("t")):
            state.themeIndex += 1
            state.form.theme = state.theme
            state.picker.theme = state.theme
        case .key(.char("?")):
            state.focus = .help
        case .mouse(let mouse):
            if case .press = mouse.kind, mouse.y == 0 {
                if let page = GalleryChrome.page(atX: mouse.x, state: state) { state.page = page }
            } else {
                wheel(&state, mouse)
            }
        case .key(let key):
            pageKey(&state, key)
        default:
            break
        }
    }

    private static func pageKey(_ state: inout GalleryState, _ key: Key) {
        let visible = max(1, state.size.height - 7)
        let movement: ScrollMovement?
        switch key {
        case .char("j"), .down: movement = .down(1)
        case .char("k"), .up: movement = .up(1)
        case .pageDown: movement = .pageDown
        case .pageUp: movement = .pageUp
        case .char("g"), .home: movement = .top
        case .char("G"), .end: movement = .bottom
        default: movement = nil
        }
        switch (state.page, key) {
        case (.list, _):
            if let movement { state.listState = state.listState.moved(movement, itemCount: MillionNames().count, visibleRows: visible) }
        case (.table, .char("s")):
            state.tableSort.ascending.toggle()
        case (.table, _):
            if let movement { state.tableState = state.tableState.moved(movement, itemCount: MillionPeople().count, visibleRows: visible - 1) }
        case (.input, .char("i")): state.focus = .field
        case (.input, .char("a")): state.focus = .area
        case (.form, .enter): state.focus = .form
        case (.picker, .enter): state.focus = .picker
        case (.dialogs, .char("c")):
            state.confirm = confirmDialog(state)
            state.focus = .confirm
        case (.dialogs, .char("m")): state.focus = .modal
        default: break
        }
    }

    private static func wheel(_ state: inout GalleryState, _ mouse: MouseEvent) {
        let visible = max(1, state.size.height - 7)
        let movement: ScrollMovement
        switch mouse.kind {
        case .wheelUp: movement = .up(3)
        case .wheelDown: movement = .down(3)
        default: return
        }
        if state.page == .list { state.listState = state.listState.moved(movement, itemCount: MillionNames().count, visibleRows: visible) }
        if state.page == .table { state.tableState = state.tableState.moved(movement, itemCount: MillionPeople().count, visibleRows: visible - 1) }
    }

    /// Hands the event to the focused widget; Esc leaves simple editors.
    static func focused(_ state: inout GalleryState, _ event: Event) {
        switch (state.focus, event) {
        case (.field, .key(.escape)), (.area, .key(.escape)), (.form, .key(.escape)), (.help, .key(.escape)),
             (.help, .key(.char("?"))), (.help, .key(.char("q"))):
            state.focus = .none
        case (.field, .key(let key)): _ = state.field.handle(key)
        case (.field, .paste(let text)): state.field.insert(paste: text)
        case (.area, .key(let key)): _ = state.area.handle(key)
        case (.area, .paste(let text)): state.area.insert(paste: text)
        case (.form, .paste(let text)): state.form.insert(paste: text)
        case (.form, .key(let key)): formKey(&state, key)
        case (.picker, .key(let key)):
            switch state.picker.handle(key) {
            case .picked(let index): state.pickerResult = "Picked: \(state.picker.items[index])"; state.focus = .none
            case .cancelled: state.pickerResult = "Cancelled"; state.focus = .none
            case nil: break
            }
        case (.picker, .paste(let text)): state.picker.insert(paste: text)
        case (.formPicker(let field), .key(let key)):
            guard var picker = state.formPicker else { state.focus = .form; return }
            let outcome = picker.handle(key)
            state.formPicker = picker
            switch outcome {
            case .picked(let index): state.form.setChoice(field: field, option: index); fallthrough
            case .cancelled: state.formPicker = nil; state.focus = .form
            case nil: break
            }
        case (.confirm, .key(let key)):
            var dialog = state.confirm ?? confirmDialog(state)
            let outcome = dialog.handle(key)
            state.confirm = dialog
            if let outcome {
                state.confirm = nil
                state.dialogAnswer = outcome == .confirmed ? "You confirmed." : "You cancelled."
                state.focus = .none
            }
        case (.modal, .key(.escape)), (.modal, .key(.enter)):
            state.focus = .none
        default:
            break
        }
    }

    private static func formKey(_ state: inout GalleryState, _ key: Key) {
        switch state.form.handle(key) {
        case .choose(let field):
            state.formPicker = state.form.picker(for: field)
            if state.formPicker != nil { state.focus = .formPicker(field: field) }
        case .submit:
            if state.form.validateRequired() {
                state.formResult = "Saved: " + state.form.fields.map { "\($0.label)=\($0.value)" }.joined(separator: ", ")
                state.focus = .none
            }
        case .handled, .ignored:
            break
        }
    }

    /// The confirm dialog shown on the dialogs page.
    static func confirmDialog(_ state: GalleryState) -> ConfirmDialog {
        ConfirmDialog(title: "Delete 3 drafts?", message: "The drafts 日本語, Zoë and 👩‍⚕️ will be removed. This cannot be undone.",
                      confirmLabel: "Delete", cancelLabel: "Keep", theme: state.theme)
    }

    static func describe(_ event: Event) -> String {
        switch event {
        case .key(let key): return "key    \(key.label)"
        case .paste(let text): return "paste  \(text.debugDescription)"
        case .mouse(let mouse): return "mouse  \(mouse.kind) at \(mouse.x),\(mouse.y)"
        case .resize(let width, let height): return "resize \(width)×\(height)"
        case .tick: return "tick"
        }
    }
}
