import Foundation
import LiaisonCore
import TerminalKit

/// The filter form: one choice field per id filter (first option "any"), a status choice and
/// the date range typed as YYYY-MM-DD. Keeps the ids behind each choice's labels.
public struct InsightFilterForm: Sendable, Equatable {
    /// Field positions in the form.
    enum Field: Int, CaseIterable {
        case region, theme, product, hcp, author, status, since, until
    }

    public var form: Form
    let regionIDs: [RegionID?]
    let themeCodes: [ThemeCode?]
    let productIDs: [ProductID?]
    var hcpIDs: [HCPID?]
    let authorIDs: [PersonID?]
    let statuses: [InsightStatus?]

    /// A form showing `filters`, with choices from `names`, `taxonomy` and `hcps`.
    public init(filters: InsightFilters, names: InsightNames, taxonomy: Taxonomy, hcps: [InsightChoice<HCPID>], theme: Palette) {
        func options<ID: Comparable>(_ table: [ID: String]) -> [(ID?, String)] {
            [(nil, "any")] + table.sorted { ($0.value, $0.key) < ($1.value, $1.key) }.map { ($0.key, $0.value) }
        }
        let regions = options(names.regions)
        let themes: [(ThemeCode?, String)] = [(nil, "any")] + taxonomy.themes.map { ($0.code, $0.name) }
        let products = options(names.products)
        var hcpOptions: [(HCPID?, String)] = [(nil, "any")] + hcps.map { ($0.value, $0.label) }
        if let current = filters.hcpID, !hcpOptions.contains(where: { $0.0 == current }) {
            hcpOptions.append((current, names.hcp(current)))
        }
        let authors = options(names.people)
        let statusOptions: [(InsightStatus?, String)] = [(nil, "any but drafts")]
            + InsightStatus.allCases.map { ($0, $0 == .draft ? "draft (mine)" : $0.rawValue) }
        regionIDs = regions.map(\.0)
        themeCodes = themes.map(\.0)
        productIDs = products.map(\.0)
        hcpIDs = hcpOptions.map(\.0)
        authorIDs = authors.map(\.0)
        statuses = statusOptions.map(\.0)
        func choice<ID: Equatable>(_ label: String, _ options: [(ID?, String)], _ current: ID?) -> FormField {
            .choice(label, options: options.map(\.1), selected: options.firstIndex { $0.0 == current } ?? 0)
        }
        form = Form(fields: [
            choice("Region", regions, filters.regionID),
            choice("Theme", themes, filters.theme),
            choice("Product", products, filters.productID),
            choice("HCP", hcpOptions, filters.hcpID),
            choice("Author", authors, filters.authorID),
            choice("Status", statusOptions, filters.status),
            .text("Since", value: filters.since.map(DayFormat.iso) ?? "", placeholder: "YYYY-MM-DD"),
            .text("Until", value: filters.until.map(DayFormat.iso) ?? "", placeholder: "YYYY-MM-DD"),
        ], theme: theme)
    }

    /// The options of choice field `index`, for a picker.
    public func options(of index: Int) -> [String] {
        guard form.fields.indices.contains(index), case .choice(let choice) = form.fields[index].kind else { return [] }
        return choice.options
    }

    /// The filters the form describes; nil (with a message under each bad date) when a date
    /// is not a valid YYYY-MM-DD or the range is reversed.
    public mutating func filters() -> InsightFilters? {
        func selected(_ field: Field) -> Int {
            if case .choice(let choice) = form.fields[field.rawValue].kind { return choice.selected ?? 0 }
            return 0
        }
        let since = parseDate(.since)
        let until = parseDate(.until)
        guard case .success(let from) = since, case .success(let to) = until else { return nil }
        if let from, let to, to < from {
            form.fields[Field.until.rawValue].message = "must not be before Since"
            return nil
        }
        return InsightFilters(
            regionID: regionIDs[selected(.region)], theme: themeCodes[selected(.theme)],
            productID: productIDs[selected(.product)], hcpID: hcpIDs[selected(.hcp)],
            authorID: authorIDs[selected(.author)], status: statuses[selected(.status)], since: from, until: to)
    }

    private mutating func parseDate(_ field: Field) -> Result<Date?, DayFormatError> {
        let text = form.fields[field.rawValue].value.trimmingCharacters(in: .whitespaces)
        form.fields[field.rawValue].message = nil
        guard !text.isEmpty else { return .success(nil) }
        guard let date = DayParser.parse(text) else {
            form.fields[field.rawValue].message = "“\(text)” is not a date — type YYYY-MM-DD, e.g. 2026-11-01"
            return .failure(DayFormatError())
        }
        return .success(date)
    }
}

/// A date field did not hold a valid day.
struct DayFormatError: Error {}

/// Parses `YYYY-MM-DD` as the start of that UTC day, rejecting impossible dates.
enum DayParser {
    static func parse(_ text: String) -> Date? {
        let parts = text.split(separator: "-", omittingEmptySubsequences: false)
        guard parts.count == 3, parts[0].count == 4, parts[1].count == 2, parts[2].count == 2,
              let year = Int(parts[0]), let month = Int(parts[1]), let day = Int(parts[2]) else { return nil }
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = TimeZone(identifier: "UTC")!
        let components = DateComponents(year: year, month: month, day: day)
        guard components.isValidDate(in: calendar), let date = calendar.date(from: components) else { return nil }
        return date
    }
}

extension InsightFilterForm {
    /// Puts the loaded HCPs into the HCP field, keeping the current choice.
    public mutating func replaceHCPChoices(_ choices: [InsightChoice<HCPID>], names: InsightNames) {
        let index = Field.hcp.rawValue
        guard case .choice(let choice) = form.fields[index].kind else { return }
        let current = hcpIDs[choice.selected ?? 0]
        var options: [(HCPID?, String)] = [(nil, "any")] + choices.map { ($0.value, $0.label) }
        if let current, !options.contains(where: { $0.0 == current }) { options.append((current, names.hcp(current))) }
        hcpIDs = options.map(\.0)
        form.fields[index] = .choice("HCP", options: options.map(\.1), selected: options.firstIndex { $0.0 == current } ?? 0)
    }
}
