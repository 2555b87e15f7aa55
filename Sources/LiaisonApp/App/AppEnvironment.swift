import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

/// The TerminalKit colour theme; named so it does not clash with the taxonomy's `Theme`.
public typealias Palette = TerminalKit.Theme

/// Everything the TUI needs from outside: the store, who is using it, the clock, styles and
/// the bundled reference files. Built once by the launcher (or a test) and never mutated.
public struct AppEnvironment: Sendable {
    /// The database every screen reads and writes.
    public var store: LiaisonStore
    /// The person given by `--as` / `LIAISON_AS`, already looked up; nil when nobody was named.
    public var person: Person?
    /// Current time; tests pass a fixed clock. Read only inside effects, never in `update`.
    public var clock: @Sendable () -> Date
    /// The theme the app starts with (`--theme`, NO_COLOR already applied).
    public var theme: Palette
    /// Insight themes.
    public var taxonomy: Taxonomy
    /// Restricted words and patient-identifier scan for the log form.
    public var compliance: ComplianceChecker
    /// RACI per decision topic.
    public var roles: RoleDefinitions
    /// Process environment (for NO_COLOR when switching themes).
    public var environment: [String: String]
    /// Colours the terminal supports.
    public var colorCount: Int
    /// The session's clashes, computed in the background at start and kept up to date after
    /// the app's writes; nil when the session was started without clash settings.
    public var clashHandle: ClashServiceHandle?
    /// The HCP directory and picker index of the log form, read once per session.
    public let hcpPickers = HCPPickerCache()
    /// Names of regions, products, people, institutions and HCPs, read once per session.
    public let referenceNames = ReferenceNamesCache()

    /// The current clashes; nil while they are computed (`clashesComputing`), after a failed
    /// computation, or when the session was started without clash settings (the clash views
    /// then say so). Setting it replaces the handle with a ready one.
    public var clashes: ClashService? {
        get { clashHandle?.service }
        set { clashHandle = newValue.map(ClashServiceHandle.init(service:)) }
    }

    /// True while the session's clashes are still being computed.
    public var clashesComputing: Bool { clashHandle?.isComputing ?? false }

    /// The clash config, needle and roles in use, known before the clashes are computed.
    public var clashSettings: ClashSettings? { clashHandle?.settings }

    /// Creates an environment; `clashHandle` (e.g. still computing) wins over `clashes`.
    public init(
        store: LiaisonStore, person: Person?, clock: @escaping @Sendable () -> Date = { Date() },
        theme: Palette = .dark, taxonomy: Taxonomy, compliance: ComplianceChecker,
        roles: RoleDefinitions, environment: [String: String] = [:], colorCount: Int = 256,
        clashes: ClashService? = nil, clashHandle: ClashServiceHandle? = nil
    ) {
        self.store = store
        self.person = person
        self.clock = clock
        self.theme = theme
        self.taxonomy = taxonomy
        self.compliance = compliance
        self.roles = roles
        self.environment = environment
        self.colorCount = colorCount
        self.clashHandle = clashHandle ?? clashes.map(ClashServiceHandle.init(service:))
    }

    /// The taxonomy's name for a theme code, or the code itself when unknown.
    public func themeName(_ code: ThemeCode) -> String {
        taxonomy.theme(code)?.name ?? code
    }

    /// The colour theme called `name`, with NO_COLOR and the terminal's colours respected.
    public func palette(named name: String) -> Palette {
        Palette.automatic(environment: environment, colorCount: colorCount, preferred: name)
    }
}
