import TerminalKit

/// Where the parts of the log form go inside the content area; `view` and mouse handling
/// both use it.
struct LogInsightLayout {
    /// The frame around everything.
    let frame: Rect
    /// The fields.
    let form: Rect
    /// One row for a compliance or storage problem.
    let banner: Rect
    /// One row of key hints.
    let hints: Rect
    /// Where an open picker is drawn (over the form).
    let picker: Rect

    init(area: Rect) {
        frame = area
        let inner = Rect(x: area.x + 2, y: area.y + 1, width: max(0, area.width - 4), height: max(0, area.height - 2))
        form = Rect(x: inner.x, y: inner.y, width: inner.width, height: max(0, inner.height - 2))
        banner = Rect(x: inner.x, y: inner.bottom - 2, width: inner.width, height: 1)
        hints = Rect(x: inner.x, y: inner.bottom - 1, width: inner.width, height: 1)
        let width = min(inner.width, max(40, inner.width * 3 / 4))
        let height = min(max(6, inner.height - 2), 18)
        picker = Rect(x: inner.x + (inner.width - width) / 2, y: inner.y + 1, width: width, height: height)
    }
}
