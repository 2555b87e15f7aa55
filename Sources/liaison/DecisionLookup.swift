import Foundation
import LiaisonCore
import LiaisonStore

/// Finds a decision from an id typed on the command line: the full UUID or a unique prefix
/// (tables show the first 8 characters).
enum DecisionLookup {
    static func decision(_ text: String, in store: LiaisonStore) throws -> Decision {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if let id = UUID(uuidString: trimmed) {
            guard let decision = try store.decision(id: id) else {
                throw CLIFailure.runtime("no decision \(id.uuidString)")
            }
            return decision
        }
        let ids = try store.decisionIDs(withPrefix: trimmed, limit: 6)
        guard trimmed.count >= 4, let first = ids.first else {
            throw CLIFailure.runtime("no decision '\(text)' — give its id or at least 4 leading characters")
        }
        if ids.count > 1 {
            let shown = ids.prefix(5).map { "  \($0.uuidString)" }.joined(separator: "\n")
            throw CLIFailure.runtime("'\(text)' matches several decisions; give more of the id:\n\(shown)")
        }
        guard let decision = try store.decision(id: first) else {
            throw CLIFailure.runtime("no decision '\(text)'")
        }
        return decision
    }
}
