/// The knobs of agenda generation: what is worth meeting time and how much of it.
public struct AgendaSettings: Codable, Hashable, Sendable {
    /// Clashes below this level stay off the agenda.
    public var minimumClashLevel: ClashLevel
    /// At most this many clash items; the rest are listed in one overflow item.
    public var maxClashItems: Int
    /// At most this many decision and escalation items (most urgent first); the rest are
    /// listed in one overflow item.
    public var maxDecisionItems: Int
    /// A clash counts as worsened when its severity rose by at least this much (or its
    /// level went up).
    public var worsenedStep: Int
    /// The cut points used to compare the previous severity's level.
    public var levels: LevelCutPoints
    /// At most this many theme items per region.
    public var themesPerRegion: Int
    /// A theme needs at least this week-on-week change (up or down) to be listed.
    public var minimumThemeChange: Int
    /// Minutes per clash item, by level.
    public var clashMinutes: [ClashLevel: Int]
    /// Minutes per item of the other kinds.
    public var minutes: [AgendaItemKind: Int]

    /// Creates settings.
    public init(
        minimumClashLevel: ClashLevel, maxClashItems: Int, maxDecisionItems: Int, worsenedStep: Int,
        levels: LevelCutPoints, themesPerRegion: Int, minimumThemeChange: Int, clashMinutes: [ClashLevel: Int],
        minutes: [AgendaItemKind: Int]
    ) {
        self.minimumClashLevel = minimumClashLevel
        self.maxClashItems = maxClashItems
        self.maxDecisionItems = maxDecisionItems
        self.worsenedStep = worsenedStep
        self.levels = levels
        self.themesPerRegion = themesPerRegion
        self.minimumThemeChange = minimumThemeChange
        self.clashMinutes = clashMinutes
        self.minutes = minutes
    }

    /// A one-hour meeting: medium clashes and up (8 at most), 10 decisions at most, worsened
    /// by 5 points, two themes per region moving by 3 or more.
    public static let defaults = AgendaSettings(
        minimumClashLevel: .medium, maxClashItems: 8, maxDecisionItems: 10, worsenedStep: 5,
        levels: ClashConfig.defaults.levels,
        themesPerRegion: 2, minimumThemeChange: 3,
        clashMinutes: [.critical: 10, .high: 8, .medium: 5, .low: 3],
        minutes: [.clash: 3, .decision: 8, .escalation: 8, .action: 2, .theme: 3, .stats: 1, .free: 5])

    /// The time box of an overflow item ("N more …"): a pointer to the screen that lists them.
    public var overflowMinutes: Int { timeBox(.clash, level: .low) }

    /// The time box of an item of `kind` (and `level`, for clashes).
    public func timeBox(_ kind: AgendaItemKind, level: ClashLevel? = nil) -> Int {
        if kind == .clash, let level, let minutes = clashMinutes[level] { return minutes }
        return minutes[kind] ?? 5
    }
}

extension AgendaItemKind: CodingKeyRepresentable {}
extension ClashLevel: CodingKeyRepresentable {}
