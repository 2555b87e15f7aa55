import Foundation
import LiaisonCore
import TerminalKit

/// What a screen is asked to look at when it opens (deep links from other screens).
public enum ScreenFocus: Sendable, Hashable {
    case region(RegionID)
    case insight(UUID)
    case hcp(HCPID)
    case person(PersonID)
    /// A decision, by id.
    case decision(UUID)
    /// A clash, by its stable id.
    case clash(String)
}

/// What a screen's `update` receives.
public enum ScreenInput: Sendable {
    /// The screen became visible (also at start-up for the first screen); load what it shows.
    case activated(ScreenFocus?)
    /// The data may have changed elsewhere (an insight was saved, the person switched): reload.
    case dataChanged
    /// A key the global handler did not take.
    case key(Key)
    /// Pasted text.
    case paste(String)
    /// A mouse event inside the screen's content area (`context.area`).
    case mouse(MouseEvent)
    /// The terminal was resized; `context.area` is the new content area.
    case resized
    /// A result of one of this screen's effects.
    case message(AppMessage)
}

/// What `update` and `view` may read besides the screen's own state.
public struct ScreenContext: Sendable {
    /// Store, clock, taxonomy, compliance, roles.
    public var env: AppEnvironment
    /// The content area the screen is drawn in (between the tab row and the status bar).
    public var area: Rect
    /// Who is using the app right now (changes with "switch person").
    public var person: Person?
    /// The current colour theme (changes with "switch theme").
    public var theme: Palette

    /// Creates a context.
    public init(env: AppEnvironment, area: Rect, person: Person?, theme: Palette) {
        self.env = env
        self.area = area
        self.person = person
        self.theme = theme
    }
}

/// A screen's answer to one input: its next state, effects to run, requests to the app
/// (navigation, status messages, dialogs) and whether it used the input.
public struct ScreenResult<State> {
    public var state: State
    public var effects: [Effect<AppMessage>]
    public var requests: [AppRequest]
    /// False when the screen ignored a key, so the app applies its fallback (q/Esc = back).
    public var handled: Bool

    /// Creates a result.
    public init(_ state: State, effects: [Effect<AppMessage>] = [], requests: [AppRequest] = [], handled: Bool = true) {
        self.state = state
        self.effects = effects
        self.requests = requests
        self.handled = handled
    }

    /// The state unchanged, input not used.
    public static func ignored(_ state: State) -> ScreenResult { ScreenResult(state, handled: false) }
}

/// One screen: a state, a pure `update`, a `view` and its keys. Implementations are
/// caseless enums in `Screens/<Name>/`; `ScreenRouter` wires them into the app.
public protocol ScreenModule {
    /// Everything the screen shows; a value.
    associatedtype State: Sendable

    /// The screen's keys, in display order, for the `?` overlay.
    static func keyMap(_ state: State, context: ScreenContext) -> KeyMap
    /// The 4–6 keys that matter now, for the status bar (defaults to the first five).
    static func hints(_ state: State, context: ScreenContext) -> [KeyBinding]
    /// True while the user types into a field: global single-letter keys (n, q, 1…9, ?, :,
    /// Tab) then go to the screen.
    static func isCapturingText(_ state: State) -> Bool
    /// The next state; never blocks (store work goes into `Effect.run`).
    static func update(_ state: State, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<State>
    /// Draws the state into `area` of `buffer`.
    static func view(_ state: State, area: Rect, buffer: inout Buffer, context: ScreenContext)
}

extension ScreenModule {
    public static func hints(_ state: State, context: ScreenContext) -> [KeyBinding] {
        Array(keyMap(state, context: context).bindings.prefix(5))
    }

    public static func isCapturingText(_ state: State) -> Bool { false }
}
