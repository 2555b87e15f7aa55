/// The groups of cases `run --only` can pick.
enum BenchCase: String, CaseIterable, Sendable {
    case search
    case `import`
    case clash
    case render
    case tui
    case visidata

    /// Parses a comma-separated list such as `search,clash`.
    static func parse(_ text: String?) throws -> [BenchCase] {
        guard let text, !text.isEmpty else { return allCases }
        return try text.split(separator: ",").map { name in
            guard let item = BenchCase(rawValue: name.trimmingCharacters(in: .whitespaces)) else {
                throw BenchFailure("--only: unknown case '\(name)' (known: \(allCases.map(\.rawValue).joined(separator: ", ")))")
            }
            return item
        }
    }
}
