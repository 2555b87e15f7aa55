import TerminalKit

/// Where the Meeting screen draws its parts in the content area; `update` uses the same
/// numbers for page sizes. From 120 columns the agenda and the detail sit side by side,
/// below that the detail goes under the agenda.
struct MeetingLayout {
    /// The week, date, attendance and planned time.
    let header: Rect
    /// The agenda table, framed.
    let list: Rect
    /// The selected item's detail, framed.
    let detail: Rect

    init(_ area: Rect) {
        header = Rect(x: area.x, y: area.y, width: area.width, height: min(1, area.height))
        let body = Rect(x: area.x, y: area.y + 1, width: area.width, height: max(0, area.height - 1))
        if area.width >= 120 {
            let listWidth = body.width * 62 / 100
            list = Rect(x: body.x, y: body.y, width: listWidth, height: body.height)
            detail = Rect(x: body.x + listWidth, y: body.y, width: body.width - listWidth, height: body.height)
        } else {
            let listHeight = max(5, body.height / 2)
            list = Rect(x: body.x, y: body.y, width: body.width, height: min(listHeight, body.height))
            detail = Rect(x: body.x, y: body.y + list.height, width: body.width, height: max(0, body.height - list.height))
        }
    }

    /// Agenda rows visible in the frame (borders and the column header taken off).
    var listRows: Int { max(1, list.height - 3) }
}
