import Foundation
import LiaisonStore

/// The time commands act at: now, or `LIAISON_NOW` (an ISO 8601 time such as
/// `2026-11-20T16:00:00Z`) when set, so scripts and tests can replay a fixed day.
enum CLIClock {
    /// The fixed time `LIAISON_NOW` sets; nil when unset or empty.
    static func fixedNow(environment: [String: String]) throws -> Date? {
        guard let text = environment["LIAISON_NOW"], !text.isEmpty else { return nil }
        guard let date = ISODate.parse(text) else {
            throw CLIFailure.runtime("LIAISON_NOW: '\(text)' is not an ISO 8601 date or time (e.g. 2026-11-20T16:00:00Z)")
        }
        return date
    }

    /// `LIAISON_NOW` when set, else the current time.
    static func now(environment: [String: String] = ProcessInfo.processInfo.environment) throws -> Date {
        try fixedNow(environment: environment) ?? Date()
    }
}
