import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

/// Why the TUI could not start.
public struct LiaisonTUIError: Error, CustomStringConvertible {
    /// What went wrong and what to do, for stderr.
    public var description: String

    /// Creates an error.
    public init(_ description: String) { self.description = description }
}

/// Public entry point: runs the TUI full-screen on the real terminal.
public enum LiaisonTUI {
    /// Opens the terminal, picks the colour theme (`themeName`, NO_COLOR, the terminal's
    /// colours), runs until the user quits, and restores the terminal however it ends.
    /// With `clashSettings` the clashes are computed once in the background after the first
    /// frame (as of `clock()`) and kept current by the app's writes; the RACI of
    /// `clashSettings` then replaces `roles`.
    @MainActor
    public static func run(
        store: LiaisonStore, person: Person?, themeName: String?, taxonomy: Taxonomy,
        compliance: ComplianceChecker, roles: RoleDefinitions, clashSettings: ClashSettings? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        clock: @escaping @Sendable () -> Date = { Date() }
    ) async throws {
        let clashes = clashSettings.map(ClashServiceHandle.init(settings:))
        try await TerminalSession.withTerminal { terminal in
            let env = AppEnvironment(
                store: store, person: person, clock: clock,
                theme: Palette.automatic(environment: environment, colorCount: terminal.colorCount, preferred: themeName),
                taxonomy: taxonomy, compliance: compliance, roles: clashSettings?.roles ?? roles,
                environment: environment, colorCount: terminal.colorCount, clashHandle: clashes)
            let program = LiaisonProgram(env: env, initialSize: terminal.size)
            let runner = ProgramRunner(program: program, terminal: terminal, minimumSize: AppLayout.minimumSize)
            await runner.run()
        }
    }

    /// The person named by `explicit` (`--as`) or else `LIAISON_AS`; `anna-keller` and
    /// `person:anna-keller` both work. Nil when neither is set; throws when the person is unknown.
    public static func resolvePerson(
        in store: LiaisonStore, explicit: String?, environment: [String: String]
    ) throws -> Person? {
        let source = explicit != nil ? "--as" : "LIAISON_AS"
        guard let raw = (explicit ?? environment["LIAISON_AS"])?.trimmingCharacters(in: .whitespaces), !raw.isEmpty else {
            return nil
        }
        let id = raw.contains(":") ? raw : "person:\(raw)"
        guard let person = try store.person(id: id) else {
            throw LiaisonTUIError("\(source): unknown person '\(id)' (see `liaison export` for the people in the database)")
        }
        return person
    }

    /// The person `liaison --demo` opens as: the first MSL of the north region by id, else the
    /// first MSL, else the first person.
    public static func demoPerson(in store: LiaisonStore) throws -> Person? {
        let msls = try store.people(role: .msl).sorted { $0.id < $1.id }
        if let north = msls.first(where: { $0.regionID == "region:north" }) ?? msls.first { return north }
        return try store.people().sorted { $0.id < $1.id }.first
    }
}
