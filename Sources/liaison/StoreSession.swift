import Foundation
import LiaisonCore
import LiaisonStore

/// An open database chosen by `--db` / `LIAISON_DB` / XDG, and who is acting on it.
struct StoreSession {
    let path: String
    let store: LiaisonStore
    /// The `--as` value, if given.
    let explicitPerson: String?
    let environment: [String: String]

    /// The database path the options and environment choose.
    static func resolvePath(_ options: GlobalOptions, environment: [String: String]) -> String {
        StorePath.resolve(explicit: options.db, environment: environment)
    }

    /// Opens an existing database; fails with how to create one when it is missing.
    static func open(
        _ options: GlobalOptions, environment: [String: String] = ProcessInfo.processInfo.environment
    ) throws -> StoreSession {
        let path = resolvePath(options, environment: environment)
        guard FileManager.default.fileExists(atPath: path) else {
            throw CLIFailure.runtime("no database at \(path) — run 'liaison init' (or 'liaison init --demo')")
        }
        return try StoreSession(path: path, person: options.person, environment: environment)
    }

    /// Opens (creating when missing) the database at `path`.
    init(path: String, person: String?, environment: [String: String]) throws {
        self.path = path
        self.explicitPerson = person
        self.environment = environment
        do {
            let fixedNow = try CLIClock.fixedNow(environment: environment)
            store = try LiaisonStore(
                path: path, taxonomy: try BundledData.taxonomy(), compliance: try BundledData.compliance(),
                clock: { fixedNow ?? Date() })
        } catch let failure as CLIFailure {
            throw failure
        } catch {
            throw CLIFailure.runtime("cannot open database \(path): \(error)")
        }
    }

    /// The person id given by `--as`, else `LIAISON_AS`; nil when neither is set.
    var actingPersonID: PersonID? {
        let raw = explicitPerson ?? environment["LIAISON_AS"]
        guard let raw, !raw.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
        return Identity.qualified(raw.trimmingCharacters(in: .whitespaces), prefix: "person")
    }

    /// The acting person, who must exist; `purpose` completes "who is …" in the error.
    func actingPerson(purpose: String) throws -> Person {
        guard let id = actingPersonID else {
            throw CLIFailure.runtime(
                "who is \(purpose)? pass --as PERSON (e.g. --as person:anna-keller) or set LIAISON_AS")
        }
        guard let person = try store.person(id: id) else {
            let source = explicitPerson != nil ? "--as" : "LIAISON_AS"
            throw CLIFailure.runtime("\(source): unknown person '\(id)' in \(path)")
        }
        return person
    }

    /// The actor recorded in the audit log for bulk work: the acting person when given.
    func auditActor(fallback: PersonID) -> PersonID {
        actingPersonID ?? fallback
    }
}
