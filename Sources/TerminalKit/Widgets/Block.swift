/// A frame around a region with an optional title in the top border. Other widgets draw
/// inside `inner(_:)`. The frame is drawn with box-drawing characters, so it stays visible in
/// monochrome themes.
public struct Block: Widget, Hashable, Sendable {
    /// Title shown in the top border, truncated with `…` when it does not fit.
    public var title: String?
    /// Where the title sits in the top border.
    public var titleAlignment: TextAlignment
    /// Text shown in the bottom border (e.g. a position indicator), right-aligned.
    public var footer: String?
    /// The frame characters.
    public var borders: BorderSet
    /// Style of the frame.
    public var borderStyle: Style
    /// Style of the title and footer.
    public var titleStyle: Style
    /// When set, the inside is cleared to this style before drawing.
    public var fillStyle: Style?

    /// Creates a block.
    public init(
        title: String? = nil, titleAlignment: TextAlignment = .left, footer: String? = nil,
        borders: BorderSet = .rounded, borderStyle: Style, titleStyle: Style, fillStyle: Style? = nil
    ) {
        self.title = title
        self.titleAlignment = titleAlignment
        self.footer = footer
        self.borders = borders
        self.borderStyle = borderStyle
        self.titleStyle = titleStyle
        self.fillStyle = fillStyle
    }

    /// Creates a block styled by `theme`.
    public init(title: String? = nil, titleAlignment: TextAlignment = .left, footer: String? = nil, borders: BorderSet = .rounded, theme: Theme) {
        self.init(title: title, titleAlignment: titleAlignment, footer: footer, borders: borders, borderStyle: theme.border, titleStyle: theme.title)
    }

    /// The region inside the frame.
    public func inner(_ area: Rect) -> Rect {
        area.inset(by: 1)
    }

    /// Draws the frame, title and footer.
    public func render(in area: Rect, buffer: inout Buffer) {
        guard area.width >= 2, area.height >= 2 else { return }
        if let fillStyle { buffer.fill(inner(area), style: fillStyle) }
        let horizontal = String(repeating: borders.horizontal, count: area.width - 2)
        buffer.write(borders.topLeft + horizontal + borders.topRight, x: area.x, y: area.y, style: borderStyle)
        buffer.write(borders.bottomLeft + horizontal + borders.bottomRight, x: area.x, y: area.bottom - 1, style: borderStyle)
        for row in (area.y + 1)..<(area.bottom - 1) {
            buffer.write(borders.vertical, x: area.x, y: row, style: borderStyle)
            buffer.write(borders.vertical, x: area.right - 1, y: row, style: borderStyle)
        }
        let room = area.width - 4
        if let title, !title.isEmpty, room > 2 {
            let label = " " + title.truncated(toWidth: room - 2) + " "
            let x = area.x + 2 + titleAlignment.offset(width: label.displayWidth, available: room)
            buffer.write(label, x: x, y: area.y, style: titleStyle)
        }
        if let footer, !footer.isEmpty, room > 2 {
            let label = " " + footer.truncated(toWidth: room - 2) + " "
            let x = area.x + 2 + TextAlignment.right.offset(width: label.displayWidth, available: room)
            buffer.write(label, x: x, y: area.bottom - 1, style: titleStyle)
        }
    }
}
