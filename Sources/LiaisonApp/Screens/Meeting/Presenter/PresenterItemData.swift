import Foundation
import LiaisonCore

/// One evidence line of an agenda item on the presenter screen: what kind of record it is
/// and its name, e.g. "Insight" / "2026-11-12 Oncologists ask for …".
public struct PresenterEvidenceLine: Sendable, Equatable {
    public var label: String
    public var text: String

    /// Creates a line.
    public init(label: String, text: String) {
        self.label = label
        self.text = text
    }
}

/// What the presenter shows of one agenda item beyond the item itself, read from the store:
/// its evidence with names instead of ids, the decision behind a decision or escalation item
/// and the clash behind a clash or escalation item (for the ritual and triage in place).
public struct PresenterItemData: Sendable, Equatable {
    public var itemID: UUID
    /// At most `PresenterItemData.evidenceLimit` lines.
    public var evidence: [PresenterEvidenceLine]
    /// How many evidence records the item has beyond the lines shown.
    public var moreEvidence: Int
    public var decision: Decision?
    public var clash: ClashStatus?
    /// Names of the people the decision's stances and the item's actions refer to.
    public var people: [PersonID: String]

    /// Evidence lines shown per item.
    public static let evidenceLimit = 5

    /// Creates the data of one item.
    public init(
        itemID: UUID, evidence: [PresenterEvidenceLine], moreEvidence: Int = 0, decision: Decision? = nil,
        clash: ClashStatus? = nil, people: [PersonID: String] = [:]
    ) {
        self.itemID = itemID
        self.evidence = evidence
        self.moreEvidence = moreEvidence
        self.decision = decision
        self.clash = clash
        self.people = people
    }

    /// The person's name, the id when unknown.
    public func name(_ id: PersonID) -> String { people[id] ?? id }
}
