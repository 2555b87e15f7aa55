/// Messages of the dashboard.
public enum DashboardMessage: Sendable {
    case loaded(DashboardData)
    case failed(String)
}

/// State of the dashboard: the loaded data and which region tile is selected.
public struct DashboardState: Sendable {
    /// Nil until the first load finishes.
    public var data: DashboardData?
    /// The last load error, shown instead of the tiles.
    public var error: String?
    /// True while a load is running (the old data stays on screen).
    public var isLoading = false
    /// Index into `data.tiles`.
    public var selectedTile = 0

    /// An empty, not yet loaded state.
    public init() {}
}
