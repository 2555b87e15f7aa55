/// A centred dialog box drawn over whatever is below it: a framed title, a wrapped body and an
/// optional row of buttons, one of them highlighted. The box is sized to its content and clipped
/// to the area it is drawn in.
public struct Modal: Widget, Hashable, Sendable {
    /// Title in the frame.
    public var title: String
    /// The message; may contain newlines.
    public var body: [Span]
    /// Button labels, drawn as `[ Label ]` right-aligned at the bottom.
    public var buttons: [String]
    /// Index of the highlighted button.
    public var selectedButton: Int
    /// Preferred total width of the box including its frame.
    public var width: Int
    /// Style of the body and the box background.
    public var style: Style
    /// Style of unselected buttons.
    public var buttonStyle: Style
    /// Style of the selected button.
    public var selectedButtonStyle: Style
    /// The frame.
    public var block: Block

    /// Creates a dialog styled by `theme`.
    public init(title: String, body: [Span], buttons: [String] = [], selectedButton: Int = 0, width: Int = 50, theme: Theme) {
        self.title = title
        self.body = body
        self.buttons = buttons
        self.selectedButton = selectedButton
        self.width = width
        self.style = theme.base
        self.buttonStyle = theme.base
        self.selectedButtonStyle = theme.selection
        self.block = Block(title: title, borders: .rounded, borderStyle: theme.accent, titleStyle: theme.title, fillStyle: theme.base)
    }

    /// Creates a dialog with a plain-text body.
    public init(title: String, message: String, buttons: [String] = [], selectedButton: Int = 0, width: Int = 50, theme: Theme) {
        self.init(title: title, body: [Span(message)], buttons: buttons, selectedButton: selectedButton, width: width, theme: theme)
    }

    /// The box's rectangle when drawn in `area`.
    public func boxRect(in area: Rect) -> Rect {
        let boxWidth = min(area.width, max(width, buttonsWidth + 4))
        let bodyRows = Paragraph(spans: body).rowCount(width: max(1, boxWidth - 4))
        let buttonRows = buttons.isEmpty ? 0 : 2
        return area.centered(width: boxWidth, height: bodyRows + buttonRows + 2)
    }

    /// The button under a screen position (for mouse clicks), or nil.
    public func buttonIndex(at point: Point, in area: Rect) -> Int? {
        buttonRanges(in: boxRect(in: area)).firstIndex { $0.range.contains(point.x) && $0.y == point.y }
    }

    /// Draws the box, clearing what is under it.
    public func render(in area: Rect, buffer: inout Buffer) {
        let box = boxRect(in: area)
        guard box.width >= 4, box.height >= 3 else { return }
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        let bodyHeight = max(0, inner.height - (buttons.isEmpty ? 0 : 2))
        Paragraph(spans: body, style: style).render(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: bodyHeight), buffer: &buffer)
        for (index, button) in buttonRanges(in: box).enumerated() {
            let buttonStyleToUse = index == selectedButton ? selectedButtonStyle : buttonStyle
            buffer.write("[ \(buttons[index]) ]", x: button.range.lowerBound, y: button.y, style: buttonStyleToUse, maxWidth: button.range.count)
        }
    }

    private var buttonsWidth: Int {
        buttons.reduce(0) { $0 + $1.displayWidth + 4 } + max(0, buttons.count - 1)
    }

    private func buttonRanges(in box: Rect) -> [(range: Range<Int>, y: Int)] {
        guard !buttons.isEmpty, box.height >= 4 else { return [] }
        let y = box.bottom - 2
        var x = max(box.x + 2, box.right - 2 - buttonsWidth)
        var ranges: [(range: Range<Int>, y: Int)] = []
        for button in buttons {
            let width = button.displayWidth + 4
            let start = min(x, box.right - 1)
            ranges.append((start..<max(start, min(x + width, box.right - 1)), y))
            x += width + 1
        }
        return ranges
    }
}
