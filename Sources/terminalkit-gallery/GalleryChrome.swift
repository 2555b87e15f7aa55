import TerminalKit

/// The gallery's tab bar and key-hint bar.
enum GalleryChrome {
    /// The column range of each tab title in the top row.
    static func tabRanges() -> [(page: GalleryPage, range: Range<Int>)] {
        var x = 0
        return GalleryPage.allCases.map { page in
            let label = " \(page.rawValue + 1) \(page.title) "
            let range = x..<(x + label.displayWidth)
            x = range.upperBound + 1
            return (page, range)
        }
    }

    /// The page whose tab covers column `x`.
    static func page(atX x: Int) -> GalleryPage? {
        tabRanges().first { $0.range.contains(x) }?.page
    }

    static func renderTabs(selected: GalleryPage, theme: Theme, area: Rect, buffer: inout Buffer) {
        buffer.fill(area, style: theme.statusBar)
        for (page, range) in tabRanges() {
            let style = page == selected ? theme.selection : theme.statusBar
            buffer.write(" \(page.rawValue + 1) \(page.title) ", x: area.x + range.lowerBound, y: area.y, style: style,
                         maxWidth: max(0, area.right - (area.x + range.lowerBound)))
        }
    }

    static func renderHints(_ hints: [KeyBinding], theme: Theme, status: String, area: Rect, buffer: inout Buffer) {
        buffer.fill(area, style: theme.keyHint)
        var x = area.x
        for hint in hints {
            x += buffer.write(" \(hint.label)", x: x, y: area.y, style: theme.keyHintKey, maxWidth: area.right - x)
            x += buffer.write(" \(hint.help) ", x: x, y: area.y, style: theme.keyHint, maxWidth: area.right - x)
        }
        let statusWidth = status.displayWidth + 1
        if x + statusWidth < area.right {
            buffer.write(status, x: area.right - statusWidth, y: area.y, style: theme.keyHint)
        }
    }
}
