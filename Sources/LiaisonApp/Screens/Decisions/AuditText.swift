import Foundation
import LiaisonStore

/// One audit entry of a decision's history in words: drafted, stances recorded, fields
/// changed (`status: open → decided`), revisit notes, and triage of its clashes.
enum AuditText {
    /// Decision fields worth naming in a change, in the order they are listed.
    private static let shown = ["status", "resolution", "decidedBy", "outcome", "rationale", "reviewDate", "note", "fieldCase", "officeCase"]

    /// What `entry` did.
    static func describe(_ entry: AuditEntry, name: (String) -> String) -> String {
        let object = (try? JSONSerialization.jsonObject(with: Data(entry.summary.utf8))) as? [String: Any]
        guard let object else { return entry.summary }
        if entry.entity == "clashTriage" {
            let reason = (object["reason"] as? String).flatMap { $0.isEmpty ? nil : " — \($0)" } ?? ""
            return "clash \(object["state"] as? String ?? "triaged")\(reason)"
        }
        switch entry.action {
        case .create: return "drafted"
        case .delete: return "deleted"
        case .update: break
        default: return entry.action.rawValue
        }
        var parts: [String] = []
        if let pair = object["stances"] as? [Any], pair.count == 2,
           let before = pair[0] as? [Any], let after = pair[1] as? [[String: Any]] {
            for stance in after.dropFirst(before.count) {
                let note = (stance["note"] as? String).flatMap { $0.isEmpty ? nil : ": \($0)" } ?? ""
                parts.append("\(name(stance["personID"] as? String ?? "?")) \(stance["position"] as? String ?? "?")\(note)")
            }
        }
        for key in shown {
            if key == "note", let note = object[key] as? String {
                parts.append("note: \(note)")
            } else if let pair = object[key] as? [Any], pair.count == 2 {
                parts.append("\(key) → \(text(pair[1]))")
            }
        }
        return parts.isEmpty ? "updated" : parts.joined(separator: "; ")
    }

    private static func text(_ value: Any) -> String {
        switch value {
        case is NSNull: return "–"
        case let string as String: return string.isEmpty ? "\"\"" : string
        case let object as [String: Any]: return (object["argument"] as? String) ?? "…"
        default: return "\(value)"
        }
    }
}
