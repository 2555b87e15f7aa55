import Foundation
import LiaisonCore
import LiaisonResources
import LiaisonStore

/// An open database with its clashes computed: the bundled `config.json` with the user's
/// `$XDG_CONFIG_HOME/liaison/config.json` (or `~/.config/liaison/config.json`) laid over it,
/// and `roles.json`.
struct ClashSession {
    let session: StoreSession
    let service: ClashService

    var store: LiaisonStore { session.store }
    var roles: RoleDefinitions { service.settings.roles }

    /// Opens the database chosen by `options` and computes its clashes at `CLIClock.now`.
    static func open(
        _ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> ClashSession {
        let session = try StoreSession.open(options, environment: environment)
        let settings = try loadSettings(environment: environment)
        let service = try ClashService(store: session.store, settings: settings, now: try CLIClock.now(environment: environment))
        return ClashSession(session: session, service: service)
    }

    /// The clash config, needle config and role definitions, with errors that name the file.
    static func loadSettings(environment: [String: String]) throws -> ClashSettings {
        func bytes(_ resource: BundledResource) throws -> Data {
            do {
                return try resource.data()
            } catch {
                throw CLIFailure.runtime("cannot read bundled \(resource.rawValue) at \(resource.url.path): \(error.localizedDescription)")
            }
        }
        do {
            return try ClashSettings.load(bundledConfig: bytes(.config), roles: bytes(.roles), environment: environment)
        } catch let error as LiaisonCore.ValidationError {
            throw CLIFailure.runtime("invalid configuration: \(error)")
        }
    }

    /// The status of the clash `text` names: its exact id, or the one clash whose id contains it.
    func status(named text: String) throws -> ClashStatus {
        let statuses = service.current()
        if let exact = statuses.first(where: { $0.clashID == text }) { return exact }
        let matches = statuses.filter { $0.clashID.localizedCaseInsensitiveContains(text) }
        if matches.count == 1 { return matches[0] }
        if matches.isEmpty {
            throw CLIFailure.runtime("no clash '\(text)' — list them with 'liaison clashes --status all'")
        }
        let shown = matches.prefix(5).map { "  \($0.clashID)" }.joined(separator: "\n")
        throw CLIFailure.runtime("'\(text)' matches \(matches.count) clashes; give more of the id:\n\(shown)")
    }
}
