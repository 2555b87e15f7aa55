import Foundation

/// Who is Responsible, Accountable, Consulted and Informed for one decision topic.
public struct RACI: Codable, Hashable, Sendable {
    public var responsible: [PersonRole]
    public var accountable: [PersonRole]
    public var consulted: [PersonRole]
    public var informed: [PersonRole]

    /// Creates a RACI entry.
    public init(responsible: [PersonRole], accountable: [PersonRole], consulted: [PersonRole], informed: [PersonRole]) {
        self.responsible = responsible
        self.accountable = accountable
        self.consulted = consulted
        self.informed = informed
    }
}

/// The "precise role definitions" seed 000 asks for: a RACI entry per decision topic.
public struct RoleDefinitions: Codable, Hashable, Sendable {
    public var topics: [DecisionTopic: RACI]

    /// Creates definitions; every topic must have at least one accountable role.
    public init(topics: [DecisionTopic: RACI]) throws(ValidationError) {
        self.topics = topics
        for topic in DecisionTopic.allCases {
            guard let raci = topics[topic], !raci.accountable.isEmpty else {
                throw ValidationError(entity: "roles", field: topic.rawValue, reason: "needs at least one accountable role")
            }
        }
    }

    /// Decodes `roles.json` (an object keyed by topic) and validates it.
    public static func decode(_ data: Data) throws -> RoleDefinitions {
        let raw = try JSONDecoder().decode([String: RACI].self, from: data)
        var topics: [DecisionTopic: RACI] = [:]
        for (key, raci) in raw {
            guard let topic = DecisionTopic(rawValue: key) else {
                throw ValidationError(entity: "roles", field: key, reason: "is not a decision topic")
            }
            topics[topic] = raci
        }
        return try RoleDefinitions(topics: topics)
    }

    /// The RACI entry for `topic`.
    public func raci(for topic: DecisionTopic) -> RACI {
        topics[topic] ?? RACI(responsible: [], accountable: [], consulted: [], informed: [])
    }

    /// True when `role` is accountable for decisions on `topic`.
    public func isAccountable(_ role: PersonRole, for topic: DecisionTopic) -> Bool {
        raci(for: topic).accountable.contains(role)
    }
}
