import LiaisonCore

/// How many counted insights a theme had.
public struct ThemeCount: Hashable, Sendable {
    public var theme: ThemeCode
    public var count: Int

    /// Creates a count.
    public init(theme: ThemeCode, count: Int) {
        self.theme = theme
        self.count = count
    }
}
