import LiaisonCore

/// Who may do what with a decision, from the RACI of its topic: the Accountable and
/// Responsible roles decide and document; everybody records their own stance.
enum DecisionRoles {
    /// True when `person` may resolve, revisit or edit the cases of a decision on `topic`.
    static func canResolve(_ person: Person?, topic: DecisionTopic, roles: RoleDefinitions) -> Bool {
        guard let person else { return false }
        let raci = roles.raci(for: topic)
        return raci.accountable.contains(person.role) || raci.responsible.contains(person.role)
    }

    /// The roles that may resolve `topic`, as words.
    static func deciders(_ topic: DecisionTopic, roles: RoleDefinitions) -> String {
        let raci = roles.raci(for: topic)
        return (raci.accountable + raci.responsible).map(\.label).joined(separator: " or ")
    }

    /// The warning an executive ruling by `person` on `decision` would set off, if any.
    static func rulingWarning(_ person: Person?, decision: Decision, roles: RoleDefinitions) -> String? {
        guard let person, !roles.isAccountable(person.role, for: decision.topic) else { return nil }
        return DecisionWarning.notAccountable(
            deciderID: person.id, role: person.role, topic: decision.topic,
            accountable: roles.raci(for: decision.topic).accountable).description
    }
}
