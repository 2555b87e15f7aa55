import TerminalKit

/// Draws the body of each gallery page.
enum GalleryPages {
    static func render(_ state: GalleryState, area: Rect, buffer: inout Buffer) {
        let theme = state.theme
        let block = Block(title: " \(state.page.title) ", theme: theme)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        switch state.page {
        case .unicode: renderUnicode(theme: theme, area: inner, buffer: &buffer)
        case .styles: renderStyles(theme: theme, area: inner, buffer: &buffer)
        case .layout: renderLayout(theme: theme, area: inner, buffer: &buffer)
        case .paragraph: renderParagraph(state, area: inner, buffer: &buffer)
        case .list:
            List(source: MillionNames(), state: state.listState, theme: theme, selectionSymbol: "› ").render(in: inner, buffer: &buffer)
        case .table:
            let columns = [
                TableColumn("#", width: .fixed(8), alignment: .right), TableColumn("Name", width: .fill()),
                TableColumn("City", width: .percentage(25)), TableColumn("Rating", width: .fixed(7)),
            ]
            Table(columns: columns, source: MillionPeople(descending: !state.tableSort.ascending), state: state.tableState,
                  sort: state.tableSort, theme: theme).render(in: inner, buffer: &buffer)
        case .input: renderInput(state, area: inner, buffer: &buffer)
        case .form: GalleryWidgetPages.renderForm(state, area: inner, buffer: &buffer)
        case .picker: GalleryWidgetPages.renderPicker(state, area: inner, buffer: &buffer)
        case .charts: GalleryWidgetPages.renderCharts(state, area: inner, buffer: &buffer)
        case .dialogs: GalleryWidgetPages.renderDialogs(state, area: inner, buffer: &buffer)
        case .events: renderEvents(state, area: inner, buffer: &buffer)
        }
    }

    private static let widthSamples: [(String, String)] = [
        ("ASCII", "hello"), ("CJK", "日本語"), ("combining", "e\u{301}"), ("ZWJ emoji", "👩‍⚕️"),
        ("flag", "🇩🇪"), ("Hangul", "한국어"), ("tab", "a\tb"), ("fullwidth", "Ａ"), ("VS16", "❤️"),
    ]

    private static func renderUnicode(theme: Theme, area: Rect, buffer: inout Buffer) {
        var y = area.y
        buffer.write("Sample        Width  Drawn", x: area.x, y: y, style: theme.header, maxWidth: area.width)
        y += 1
        for (name, sample) in widthSamples where y < area.bottom {
            buffer.write(name, x: area.x, y: y, style: theme.muted, maxWidth: 14)
            buffer.write(String(sample.displayWidth), x: area.x + 14, y: y, style: theme.accent, maxWidth: 6)
            buffer.write("[" , x: area.x + 21, y: y, style: theme.border)
            let used = buffer.write(sample, x: area.x + 22, y: y, maxWidth: area.width - 23)
            buffer.write("]", x: area.x + 22 + used, y: y, style: theme.border)
            y += 1
        }
        y += 1
        let long = "Truncation keeps graphemes whole: 日本語テキスト e\u{301}e\u{301} 👩‍⚕️👩‍⚕️ 🇩🇪🇩🇪"
        for width in [12, 17, 25] where y < area.bottom {
            buffer.write("\(width):", x: area.x, y: y, style: theme.muted)
            buffer.write(long.truncated(toWidth: width), x: area.x + 4, y: y, maxWidth: area.width - 4)
            y += 1
        }
    }

    private static func renderStyles(theme: Theme, area: Rect, buffer: inout Buffer) {
        let named: [(String, Style)] = [
            ("base", theme.base), ("muted", theme.muted), ("accent", theme.accent), ("header", theme.header),
            ("selection", theme.selection), ("title", theme.title), ("success", theme.success),
            ("warning", theme.warning), ("error", theme.error), ("critical", theme.critical),
            ("highlight", theme.highlight), ("gaugeFill", theme.gaugeFill), ("chart", theme.chart),
        ]
        var y = area.y
        for (name, style) in named where y < area.bottom {
            buffer.write(" \(name) ".padded(toWidth: 12), x: area.x, y: y, style: style)
            y += 1
        }
        let paletteX = area.x + 14
        guard paletteX < area.right else { return }
        for index in 0..<256 {
            let column = paletteX + (index % 32) * 2
            let row = area.y + index / 32
            guard row < area.bottom, column + 2 <= area.right else { continue }
            buffer.write("  ", x: column, y: row, style: Style().bg(.indexed(UInt8(index))))
        }
        let flagsY = area.y + 9
        if flagsY < area.bottom {
            var x = paletteX
            for (label, style) in [("bold", Style().bold()), ("dim", Style().dimmed()), ("reverse", Style().reversed()), ("underline", Style().underlined())] {
                x += buffer.write(label, x: x, y: flagsY, style: style, maxWidth: max(0, area.right - x)) + 2
            }
        }
    }

    private static func renderLayout(theme: Theme, area: Rect, buffer: inout Buffer) {
        let rows = Layout.split(area, direction: .vertical, constraints: [.fixed(3), .fill(), .percentage(30)], spacing: 1)
        let top = Layout.split(rows[0], direction: .horizontal, constraints: [.fixed(14), .percentage(30), .fill(), .min(10)], spacing: 1)
        let labels = ["fixed(14)", "percentage(30)", "fill()", "min(10)"]
        for (rect, label) in zip(top, labels) {
            Block(title: label, borders: .plain, theme: theme).render(in: rect, buffer: &buffer)
        }
        let middle = Layout.split(rows[1], direction: .horizontal, constraints: [.fill(1), .fill(2), .fill(1)], spacing: 1)
        for (rect, label) in zip(middle, ["fill(1)", "fill(2)", "fill(1)"]) {
            Block(title: label, borders: .rounded, theme: theme).render(in: rect, buffer: &buffer)
        }
        Block(title: "percentage(30) of the height", borders: .double, theme: theme).render(in: rows[2], buffer: &buffer)
    }

    private static func renderParagraph(_ state: GalleryState, area: Rect, buffer: inout Buffer) {
        let text = """
            TerminalKit draws widgets into a buffer of cells; a diff of two buffers yields only the changed \
            cells, so an unchanged frame writes nothing. Wide glyphs such as 日本語 or 한국어 take two \
            columns, e\u{301} stays one, and 👩‍⚕️ or 🇩🇪 are never split when a line wraps.

            Resize the window: this paragraph re-wraps at every width. Pulses so far: \(state.pulses).
            """
        let halves = Layout.split(area, direction: .horizontal, constraints: [.fill(), .fill()], spacing: 2)
        Paragraph(text, style: state.theme.base, block: Block(title: "left", theme: state.theme)).render(in: halves[0], buffer: &buffer)
        Paragraph(text, style: state.theme.muted, alignment: .center, block: Block(title: "centred", theme: state.theme))
            .render(in: halves[1], buffer: &buffer)
    }

    private static func renderInput(_ state: GalleryState, area: Rect, buffer: inout Buffer) {
        let rows = Layout.split(area, direction: .vertical, constraints: [.fixed(1), .fixed(3), .fill()], spacing: 1)
        let status = state.focus == .none ? "press i or a to edit, Esc to stop" : "editing — Esc to stop"
        buffer.write(status, x: rows[0].x, y: rows[0].y, style: state.theme.muted, maxWidth: rows[0].width)
        var field = state.field
        field.isFocused = state.focus == .field
        let fieldBlock = Block(title: "TextField", theme: state.theme)
        fieldBlock.render(in: rows[1], buffer: &buffer)
        field.render(in: fieldBlock.inner(rows[1]), buffer: &buffer)
        var textArea = state.area
        textArea.isFocused = state.focus == .area
        let areaBlock = Block(title: "TextArea", theme: state.theme)
        areaBlock.render(in: rows[2], buffer: &buffer)
        textArea.render(in: areaBlock.inner(rows[2]), buffer: &buffer)
    }

    private static func renderEvents(_ state: GalleryState, area: Rect, buffer: inout Buffer) {
        buffer.write("Press keys, click, scroll, paste or resize; decoded events appear here.", x: area.x, y: area.y,
                     style: state.theme.muted, maxWidth: area.width)
        let rows = max(0, area.height - 2)
        for (offset, line) in state.events.suffix(rows).enumerated() {
            buffer.write(line, x: area.x, y: area.y + 2 + offset, maxWidth: area.width)
        }
    }
}
