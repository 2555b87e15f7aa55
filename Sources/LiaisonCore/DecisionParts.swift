import Foundation

/// What a decision is about. Role definitions are set per topic kind.
public enum DecisionTopic: String, Codable, CaseIterable, Sendable {
    case educationalFormat
    case nationalVoice
    case studyEntry
    case channelMix
    case resourceAllocation
    case other
}

/// How a decision was reached.
public enum ResolutionMode: String, Codable, CaseIterable, Sendable {
    case consensus
    case compromise
    case executiveRuling
    case deferred
}

/// Where a decision stands.
public enum DecisionStatus: String, Codable, CaseIterable, Sendable {
    case open
    case decided
    case revisit
}

/// A participant's position on a decision.
public enum StancePosition: String, Codable, CaseIterable, Sendable {
    case support
    case oppose
    case abstain
}

/// A pointer to a record that backs an argument.
public struct EvidenceRef: Codable, Hashable, Sendable, CustomStringConvertible {
    /// What kind of record is pointed to.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        case insight
        case objective
        case tactic
        case studySite
        case institution
        case hcp
        case decision
        case plan
        case touchpoint
    }

    public var kind: Kind
    /// The record's id; objectives and tactics as `planID#code`.
    public var id: String

    /// Creates a reference.
    public init(_ kind: Kind, _ id: String) {
        self.kind = kind
        self.id = id
    }

    public var description: String { "\(kind.rawValue):\(id)" }
}

/// One side's case: the argument in a sentence or two, and the evidence behind it.
public struct Case: Codable, Hashable, Sendable {
    public var argument: String
    public var evidence: [EvidenceRef]

    /// Creates a case.
    public init(argument: String, evidence: [EvidenceRef] = []) {
        self.argument = argument
        self.evidence = evidence
    }

    /// True when no argument has been written (only whitespace; a scalar scan, not
    /// Foundation's trimming, which dominated reading thousands of decisions).
    public var isEmpty: Bool { argument.unicodeScalars.allSatisfy(\.properties.isWhitespace) }
}

/// A person's recorded stance on a decision.
public struct Stance: Codable, Hashable, Sendable {
    public var personID: PersonID
    public var position: StancePosition
    public var note: String
    public var recordedAt: Date

    /// Creates a stance.
    public init(personID: PersonID, position: StancePosition, note: String, recordedAt: Date) {
        self.personID = personID
        self.position = position
        self.note = note
        self.recordedAt = recordedAt
    }
}

extension DecisionTopic: CodingKeyRepresentable {}
