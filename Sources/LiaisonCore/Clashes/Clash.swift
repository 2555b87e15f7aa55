/// A place where field and office pull apart, derived from the data by a `ClashRule`.
///
/// The id is `<kind>:<subject id>`, e.g. `priorityDivergence:region:north/obj:early-dx`,
/// so it stays the same across recomputations and triage records can point at it.
public struct Clash: Codable, Hashable, Sendable, Identifiable {
    public var id: String
    public var kind: ClashKind
    public var subject: ClashSubject
    /// The region the clash belongs to; nil for national clashes.
    public var regionID: RegionID?
    /// The field side, in one specific sentence.
    public var fieldPosition: String
    /// The office side, in one specific sentence.
    public var officePosition: String
    /// The records that caused the clash.
    public var evidence: [EvidenceRef]
    /// 0…100.
    public var severity: Int
    public var level: ClashLevel
    /// How the severity was computed, one term per line.
    public var explanation: [ScoreTerm]

    /// Creates a clash; the id, severity and level follow from the other values.
    public init(
        kind: ClashKind, subject: ClashSubject, regionID: RegionID?, fieldPosition: String,
        officePosition: String, evidence: [EvidenceRef], score: ScoreCard, levels: LevelCutPoints
    ) {
        self.id = Clash.id(kind: kind, subjectID: subject.id)
        self.kind = kind
        self.subject = subject
        self.regionID = regionID
        self.fieldPosition = fieldPosition
        self.officePosition = officePosition
        self.evidence = evidence
        self.severity = score.severity
        self.level = levels.level(for: score.severity)
        self.explanation = score.terms
    }

    /// The id a clash of `kind` about `subjectID` has.
    public static func id(kind: ClashKind, subjectID: String) -> String {
        "\(kind.rawValue):\(subjectID)"
    }

    /// The order clashes are listed in: most severe first, then by id.
    public static func ranksBefore(_ lhs: Clash, _ rhs: Clash) -> Bool {
        lhs.severity != rhs.severity ? lhs.severity > rhs.severity : lhs.id < rhs.id
    }
}
