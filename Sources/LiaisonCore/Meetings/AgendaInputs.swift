import Foundation

/// Everything `AgendaBuilder` reads, gathered by the caller (the store) at one moment.
public struct AgendaInputs: Sendable {
    /// The moment the agenda is built for (overdue checks).
    public var now: Date
    /// The meeting's week.
    public var week: MeetingWeek
    /// The current clashes merged with their triage (`ClashStatus.merge`).
    public var clashes: [ClashStatus]
    /// The clash severities the previous meeting recorded; nil when there was none.
    public var previousSeverities: [String: Int]?
    /// All decisions.
    public var decisions: [Decision]
    /// Open actions from earlier meetings.
    public var openActions: [MeetingAction]
    /// Every region, with its weekly insight activity.
    public var regions: [RegionActivity]
    /// People, for owner names and regions.
    public var people: [Person]
    /// Theme names by code, for labels.
    public var themeNames: [ThemeCode: String]
    /// Sample insight ids per `ThemeMover.key`, shown as a theme item's evidence.
    public var themeSamples: [String: [UUID]]

    /// Creates the inputs.
    public init(
        now: Date, week: MeetingWeek, clashes: [ClashStatus], previousSeverities: [String: Int]?,
        decisions: [Decision], openActions: [MeetingAction], regions: [RegionActivity], people: [Person] = [],
        themeNames: [ThemeCode: String] = [:], themeSamples: [String: [UUID]] = [:]
    ) {
        self.now = now
        self.week = week
        self.clashes = clashes
        self.previousSeverities = previousSeverities
        self.decisions = decisions
        self.openActions = openActions
        self.regions = regions
        self.people = people
        self.themeNames = themeNames
        self.themeSamples = themeSamples
    }
}
