import TerminalKit

/// Everything the gallery shows.
struct GalleryState {
    /// Which widget is being edited on the input page.
    enum Editing: Equatable {
        case none
        case field
        case area
    }

    var page: GalleryPage = .unicode
    var themeIndex = 0
    var listState = ScrollState()
    var tableState = ScrollState()
    var tableSort = TableSort(column: 0, ascending: true)
    var field = TextField(text: "日本語 and e\u{301} mixed", placeholder: "Type here")
    var area = TextArea(text: "A multi-line\ntext area 👩‍⚕️\n한국어", placeholder: "Notes")
    var editing: Editing = .none
    var events: [String] = []
    var ticks = 0
    var size = Size(width: 0, height: 0)

    var theme: Theme { Theme.all[themeIndex % Theme.all.count] }

    /// Records an event for the events page (newest last, at most 200).
    mutating func log(_ line: String) {
        events.append(line)
        if events.count > 200 { events.removeFirst(events.count - 200) }
    }
}
