import LiaisonCore
import TerminalKit

/// What is drawn over the current screen and takes the keys while open.
public enum Overlay: Sendable {
    /// `?`: the key list of the current screen plus the global keys; `scroll` rows skipped.
    case help(scroll: Int)
    /// `:`: the command palette or the person picker.
    case palette(CommandPaletteState)
    /// A dialog.
    case modal(ModalState)
}

/// The whole TUI state: which screen is shown, each screen's own state, the log form,
/// overlays and the status message. A value; only `LiaisonProgram.update` changes it.
public struct AppState: Sendable {
    /// The visible screen.
    public var screen: Screen = .dashboard
    /// The terminal size, kept for mouse hit-testing and page sizes in `update`.
    public var size: Size
    /// Who is using the app (nil until picked).
    public var person: Person?
    /// Current colour theme.
    public var theme: Palette

    public var dashboard = DashboardState()
    public var plans = PlansState()
    public var insights = InsightsState()
    public var people = PeopleState()
    public var clashes = ClashesState()
    public var decisions = DecisionsState()
    public var meeting = MeetingState()
    /// The log-insight form; non-nil while open (it covers the content area of any screen).
    public var logInsight: LogInsightState?
    /// The touchpoint form; non-nil while open (covers the content area like the log form).
    public var logTouchpoint: LogTouchpointState?

    /// Help, palette or dialog over everything.
    public var overlay: Overlay?
    /// The message at the right of the status bar.
    public var status: StatusMessage?
    /// Source of `StatusMessage.id`.
    public var statusCounter = 0
    /// Set once the app asked to end (the runner stops after this update).
    public var isQuitting = false
    /// Set at start-up without `--as`: the person picker opens as soon as people are loaded.
    public var picksPersonOnStart = false
    /// Bumped whenever the data changes (`AppRequest.dataChanged`, the clashes computed).
    public var dataVersion = 0
    /// The `dataVersion` each screen was last activated or reloaded at: a screen whose data
    /// is still current keeps what it shows when switched back to, without reloading.
    public var loadedVersion: [Screen: Int] = [:]
    /// Set once the background clash computation was started (after the first screen's
    /// data arrived, so the first frame does not wait on it).
    public var clashesStarted = false

    /// True while the log-insight or the touchpoint form is open.
    public var isFormOpen: Bool { logInsight != nil || logTouchpoint != nil }

    /// Creates the start state.
    public init(size: Size, person: Person?, theme: Palette) {
        self.size = size
        self.person = person
        self.theme = theme
    }
}
