import Foundation
import LiaisonStore

/// One line per audit entry of a decision's history, readable: stances recorded, fields
/// changed (`status: open → decided`), revisit notes and triage steps of its clashes.
enum DecisionHistoryText {
    /// Fields listed first, in this order; the rest follow alphabetically.
    private static let leading = ["status", "resolution", "decidedBy", "outcome", "rationale", "reviewDate", "note"]

    /// What `entry` did, in words.
    static func describe(_ entry: AuditEntry) -> String {
        let object = (try? JSONSerialization.jsonObject(with: Data(entry.summary.utf8))) as? [String: Any]
        guard let object else { return TextColumns.truncate(entry.summary, to: 160) }
        if entry.entity == "clashTriage" {
            var text = "triage \(object["state"] as? String ?? "?") \(entry.entityID)"
            if let reason = object["reason"] as? String, !reason.isEmpty { text += " — \(reason)" }
            return text
        }
        switch entry.action {
        case .create: return "drafted"
        case .delete: return "deleted"
        case .update: return changes(object)
        default: return TextColumns.truncate(entry.summary, to: 160)
        }
    }

    private static func changes(_ object: [String: Any]) -> String {
        let keys = object.keys.sorted { lhs, rhs in
            let left = leading.firstIndex(of: lhs) ?? leading.count
            let right = leading.firstIndex(of: rhs) ?? leading.count
            return left != right ? left < right : lhs < rhs
        }
        var parts: [String] = []
        for key in keys {
            let value = object[key]
            if key == "note", let note = value as? String {
                parts.append("note: \(note)")
            } else if key == "stances", let pair = value as? [Any], pair.count == 2,
                      let before = pair[0] as? [Any], let after = pair[1] as? [[String: Any]] {
                for stance in after.dropFirst(before.count) {
                    let note = (stance["note"] as? String).flatMap { $0.isEmpty ? nil : ": \($0)" } ?? ""
                    parts.append("stance \(stance["personID"] as? String ?? "?") \(stance["position"] as? String ?? "?")\(note)")
                }
            } else if let pair = value as? [Any], pair.count == 2 {
                parts.append("\(key): \(text(pair[0])) → \(text(pair[1]))")
            }
        }
        return parts.isEmpty ? "updated" : parts.joined(separator: "; ")
    }

    private static func text(_ value: Any) -> String {
        switch value {
        case is NSNull: return "–"
        case let string as String: return TextColumns.truncate(string.isEmpty ? "\"\"" : string, to: 60)
        default:
            let data = (try? JSONSerialization.data(withJSONObject: value, options: [.fragmentsAllowed])) ?? Data()
            return TextColumns.truncate(String(decoding: data, as: UTF8.self), to: 60)
        }
    }
}
