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
    /// The current clashes, kept up to date after the app's writes; nil when the session
    /// was started without clash settings (the clash views then say so).
    public var clashes: ClashService?

    /// Creates an environment.
    public init(
        store: LiaisonStore, person: Person?, clock: @escaping @Sendable () -> Date = { Date() },
        theme: Palette = .dark, taxonomy: Taxonomy, compliance: ComplianceChecker,
        roles: RoleDefinitions, environment: [String: String] = [:], colorCount: Int = 256,
        clashes: ClashService? = nil
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
        self.clashes = clashes
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
