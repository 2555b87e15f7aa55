import Foundation

/// An insight theme, e.g. "unmet need".
public struct Theme: Codable, Hashable, Sendable, Identifiable {
    /// e.g. `unmet-need`.
    public var code: ThemeCode
    public var name: String
    public var description: String

    public var id: ThemeCode { code }

    /// Creates a theme.
    public init(code: ThemeCode, name: String, description: String) {
        self.code = code
        self.name = name
        self.description = description
    }
}

/// The list of themes insights are filed under (`Resources/taxonomy.json`).
public struct Taxonomy: Codable, Hashable, Sendable {
    public var themes: [Theme]

    /// Creates a taxonomy, rejecting repeated codes.
    public init(themes: [Theme]) throws(ValidationError) {
        self.themes = themes
        if Set(themes.map(\.code)).count != themes.count {
            throw ValidationError(entity: "taxonomy", field: "themes", reason: "theme codes repeat")
        }
    }

    /// Decodes `taxonomy.json`.
    public static func decode(_ data: Data) throws -> Taxonomy {
        let raw = try JSONDecoder().decode(Taxonomy.self, from: data)
        return try Taxonomy(themes: raw.themes)
    }

    /// The theme with `code`, if any.
    public func theme(_ code: ThemeCode) -> Theme? { themes.first { $0.code == code } }

    /// Throws unless `code` names a theme; the message lists the valid codes.
    public func check(_ code: ThemeCode, entity: String = "insight", field: String = "theme") throws(ValidationError) {
        if theme(code) == nil {
            throw ValidationError(
                entity: entity, field: field,
                reason: "'\(code)' is not a theme (one of: \(themes.map(\.code).joined(separator: ", ")))")
        }
    }
}
