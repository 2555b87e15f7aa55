import TerminalKit

/// One million computed rows for the list page: the list only asks for the rows on screen.
struct MillionNames: ListDataSource {
    var count: Int { 1_000_000 }

    func row(at index: Int) -> [Span] {
        let number = index + 1
        return [
            Span(String(number).leftPadded(toWidth: 7) + " ", style: Style().dimmed()),
            Span(SampleData.names[number % SampleData.names.count]),
        ]
    }
}

/// One million computed rows for the table page, sortable by number.
struct MillionPeople: TableDataSource {
    var count: Int { 1_000_000 }
    var descending = false

    func row(at index: Int) -> [[Span]] {
        let number = descending ? count - index : index + 1
        return [
            [Span(String(number))],
            [Span(SampleData.names[number % SampleData.names.count])],
            [Span(SampleData.cities[number % SampleData.cities.count])],
            [Span(String(repeating: "★", count: number % 5 + 1))],
        ]
    }
}

/// Names and places with wide, combining and accented characters.
enum SampleData {
    static let names = ["Ada Lovelace", "山田 太郎", "José Núñez", "Zoë Brontë", "김민준", "Ørjan Ødegård", "Li Wei 李伟", "Chloe\u{301} Dubois"]
    static let cities = ["London", "東京", "São Paulo", "Zürich", "서울", "Kraków", "Reykjavík", "Montréal"]
}

extension SampleData {
    /// Two thousand name-and-city combinations for the fuzzy picker.
    static let manyNames: [String] = (0..<2000).map { index in
        "\(names[index % names.count]) — \(cities[(index / names.count) % cities.count]) #\(index)"
    }
}
