/// Labelled fields stacked vertically, with Tab / Shift-Tab focus order, focus styling and a
/// validation message under each invalid field. The form routes keys to the focused field.
///
/// Enter in a single-line field moves to the next field (and submits from the last one);
/// Enter or Space on a choice field asks the caller to open a picker; ←/→ cycle its options.
public struct Form: Widget, Equatable, Sendable {
    /// What a key did.
    public enum Action: Hashable, Sendable {
        /// The key was used (text edited or focus moved).
        case handled
        /// The key means nothing to the form; the caller may use it.
        case ignored
        /// The user wants to choose a value for the choice field at this index.
        case choose(field: Int)
        /// Enter was pressed in the last single-line field.
        case submit
    }

    /// The fields, in focus order.
    public var fields: [FormField]
    /// Index of the focused field.
    public private(set) var focusedIndex: Int
    /// First visible row; moved at render time so the focused field is visible.
    public var scrollRow = 0
    /// Styles of the form.
    public var theme: Theme

    /// Creates a form focused on its first field.
    public init(fields: [FormField], theme: Theme) {
        self.fields = fields
        self.focusedIndex = 0
        self.theme = theme
    }

    /// The field with focus.
    public var focusedField: FormField? {
        fields.indices.contains(focusedIndex) ? fields[focusedIndex] : nil
    }

    /// Moves focus to `index` (clamped).
    public mutating func focus(_ index: Int) {
        focusedIndex = min(max(0, index), max(0, fields.count - 1))
    }

    /// Routes `key` to the focused field or moves focus.
    @discardableResult
    public mutating func handle(_ key: Key) -> Action {
        guard fields.indices.contains(focusedIndex) else { return .ignored }
        switch key {
        case .tab:
            focusedIndex = (focusedIndex + 1) % fields.count
            return .handled
        case .backTab:
            focusedIndex = (focusedIndex + fields.count - 1) % fields.count
            return .handled
        default:
            break
        }
        switch fields[focusedIndex].kind {
        case .text(var field):
            if key == .enter {
                if focusedIndex == fields.count - 1 { return .submit }
                focusedIndex += 1
                return .handled
            }
            let used = field.handle(key)
            fields[focusedIndex].kind = .text(field)
            return used ? .handled : .ignored
        case .textArea(var area, let height):
            let used = area.handle(key)
            fields[focusedIndex].kind = .textArea(area, height: height)
            return used ? .handled : .ignored
        case .choice(var choice):
            switch key {
            case .enter, .char(" "): return .choose(field: focusedIndex)
            case .left: choice.cycle(by: -1)
            case .right: choice.cycle(by: 1)
            default: return .ignored
            }
            fields[focusedIndex].kind = .choice(choice)
            return .handled
        }
    }

    /// Inserts pasted text into the focused text field or text area.
    public mutating func insert(paste: String) {
        guard fields.indices.contains(focusedIndex) else { return }
        switch fields[focusedIndex].kind {
        case .text(var field):
            field.insert(paste: paste)
            fields[focusedIndex].kind = .text(field)
        case .textArea(var area, let height):
            area.insert(paste: paste)
            fields[focusedIndex].kind = .textArea(area, height: height)
        case .choice:
            break
        }
    }

    /// Sets the chosen option of the choice field at `field` (e.g. after a picker returned).
    public mutating func setChoice(field: Int, option: Int?) {
        guard fields.indices.contains(field), case .choice(var choice) = fields[field].kind else { return }
        choice.selected = option
        fields[field].kind = .choice(choice)
    }

    /// A picker over the options of the choice field at `field`, for the caller to show after
    /// `handle` returned `.choose(field:)`; nil when that field is not a choice field.
    public func picker(for field: Int) -> Picker? {
        guard fields.indices.contains(field), case .choice(let choice) = fields[field].kind else { return nil }
        return Picker(title: fields[field].label, items: choice.options, theme: theme)
    }

    /// Sets "Required" on every empty required field and clears that message on filled ones.
    /// Returns true when no field has a message afterwards.
    @discardableResult
    public mutating func validateRequired() -> Bool {
        for index in fields.indices where fields[index].isRequired {
            let isEmpty = fields[index].value.allSatisfy(\.isWhitespace)
            if isEmpty {
                fields[index].message = "Required"
            } else if fields[index].message == "Required" {
                fields[index].message = nil
            }
        }
        return fields.allSatisfy { $0.message == nil }
    }

    /// The field drawn at screen row `y` (for mouse focus), or nil.
    public func fieldIndex(atY y: Int, in area: Rect) -> Int? {
        let layout = layout(height: area.height)
        let row = y - area.y + layout.top
        guard y >= area.y, y < area.bottom else { return nil }
        return layout.starts.indices.first { row >= layout.starts[$0] && row < layout.starts[$0] + fields[$0].totalHeight }
    }

    /// Draws labels, editors and messages; sets `buffer.cursor` for the focused text editor.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard !area.isEmpty else { return }
        buffer.fill(area, style: theme.base)
        let labelWidth = min(area.width / 2, (fields.map { $0.label.displayWidth + ($0.isRequired ? 1 : 0) }.max() ?? 0) + 2)
        let editorX = area.x + labelWidth
        let editorWidth = area.width - labelWidth
        let layout = layout(height: area.height)
        for (index, field) in fields.enumerated() {
            let isFocused = index == focusedIndex
            let top = area.y + layout.starts[index] - layout.top
            let visibleTop = max(top, area.y)
            let visibleBottom = min(top + field.editorHeight, area.bottom)
            if top >= area.y, top < area.bottom {
                let label = (isFocused ? "▸" : " ") + field.label + (field.isRequired ? "*" : "")
                buffer.write(label, x: area.x, y: top, style: isFocused ? theme.accent.bold() : theme.base, maxWidth: labelWidth - 1)
            }
            if visibleBottom > visibleTop, editorWidth > 0 {
                let editorRect = Rect(x: editorX, y: visibleTop, width: editorWidth, height: visibleBottom - visibleTop)
                renderEditor(field.kind, isFocused: isFocused, in: editorRect, buffer: &buffer)
            }
            let messageY = top + field.editorHeight
            if let message = field.message, messageY >= area.y, messageY < area.bottom, editorWidth > 0 {
                buffer.write("✗ " + message, x: editorX, y: messageY, style: theme.error, maxWidth: editorWidth)
            }
        }
    }

    private func renderEditor(_ kind: FormFieldKind, isFocused: Bool, in rect: Rect, buffer: inout Buffer) {
        switch kind {
        case .text(var field):
            field.isFocused = isFocused
            field.render(in: rect, buffer: &buffer)
        case .textArea(var area, _):
            area.isFocused = isFocused
            area.style = theme.base.underlined()
            area.focusedStyle = theme.accent.underlined()
            area.render(in: rect, buffer: &buffer)
        case .choice(let choice):
            let style = isFocused ? theme.accent.underlined() : theme.base.underlined()
            buffer.fill(Rect(x: rect.x, y: rect.y, width: rect.width, height: 1), style: style)
            let text = choice.value ?? choice.placeholder
            let textStyle = choice.value == nil ? theme.muted.underlined() : style
            buffer.write(text.truncated(toWidth: max(0, rect.width - 2)), x: rect.x, y: rect.y, style: textStyle)
            if rect.width >= 2 { buffer.write("▾", x: rect.right - 1, y: rect.y, style: style) }
        }
    }

    /// Row offsets of each field from the top of the form, and the first visible row.
    private func layout(height: Int) -> (starts: [Int], top: Int) {
        var starts: [Int] = []
        var row = 0
        for field in fields {
            starts.append(row)
            row += field.totalHeight
        }
        guard fields.indices.contains(focusedIndex), height > 0 else { return (starts, 0) }
        let focusStart = starts[focusedIndex]
        let focusEnd = focusStart + fields[focusedIndex].totalHeight
        var top = min(max(0, scrollRow), max(0, row - height))
        if focusEnd - top > height { top = focusEnd - height }
        if focusStart < top { top = focusStart }
        return (starts, top)
    }
}
