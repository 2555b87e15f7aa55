import TerminalKit

/// Everything the gallery shows.
struct GalleryState {
    /// Which widget receives the keys (all of them, except Ctrl-C, until Esc).
    enum Focus: Equatable {
        case none
        case field
        case area
        case form
        case picker
        case formPicker(field: Int)
        case confirm
        case modal
        case help
    }

    var page: GalleryPage = .unicode
    var themeIndex = 0
    var listState = ScrollState()
    var tableState = ScrollState()
    var tableSort = TableSort(column: 0, ascending: true)
    var field = TextField(text: "日本語 and e\u{301} mixed", placeholder: "Type here")
    var area = TextArea(text: "A multi-line\ntext area 👩‍⚕️\n한국어", placeholder: "Notes")
    var form = Form(fields: [
        .text("Name", placeholder: "required", isRequired: true),
        .choice("City", options: SampleData.cities, isRequired: true),
        .textArea("Notes", placeholder: "anything", height: 3),
    ], theme: .dark)
    var formPicker: Picker?
    var formResult = ""
    var picker = Picker(title: "Pick a person", items: SampleData.manyNames, theme: .dark)
    var pickerResult = ""
    var confirm: ConfirmDialog?
    var dialogAnswer = ""
    var focus: Focus = .none
    var events: [String] = []
    var pulses = 0
    var samples: [Double] = (0..<40).map { Double(($0 * 37) % 23) }
    var size = Size(width: 0, height: 0)

    var theme: Theme { Theme.all[themeIndex % Theme.all.count] }

    /// Records an event for the events page (newest last, at most 200).
    mutating func log(_ line: String) {
        events.append(line)
        if events.count > 200 { events.removeFirst(events.count - 200) }
    }
}
