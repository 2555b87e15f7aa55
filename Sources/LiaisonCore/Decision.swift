import Foundation

/// A structured ruling on a field/office tension: both cases, the stances, how it was
/// resolved and why.
public struct Decision: Codable, Hashable, Sendable, Identifiable {
    public var id: UUID
    public var title: String
    public var topic: DecisionTopic
    public var scope: PlanScope
    public var fieldCase: Case
    public var officeCase: Case
    public var stances: [Stance]
    public var resolution: ResolutionMode?
    public var decidedBy: PersonID?
    public var outcome: String
    public var rationale: String
    public var reviewDate: Date?
    public var status: DecisionStatus
    /// Ids of the clashes this decision answers.
    public var clashIDs: [String]
    public var insightIDs: [UUID]
    public var createdBy: PersonID
    public var createdAt: Date
    public var decidedAt: Date?

    /// Creates a decision, enforcing the guardrails listed on `validate()`.
    public init(
        id: UUID = UUID(), title: String, topic: DecisionTopic, scope: PlanScope,
        fieldCase: Case, officeCase: Case, stances: [Stance] = [], resolution: ResolutionMode? = nil,
        decidedBy: PersonID? = nil, outcome: String = "", rationale: String = "", reviewDate: Date? = nil,
        status: DecisionStatus = .open, clashIDs: [String] = [], insightIDs: [UUID] = [],
        createdBy: PersonID, createdAt: Date, decidedAt: Date? = nil
    ) throws(ValidationError) {
        self.id = id
        self.title = title
        self.topic = topic
        self.scope = scope
        self.fieldCase = fieldCase
        self.officeCase = officeCase
        self.stances = stances
        self.resolution = resolution
        self.decidedBy = decidedBy
        self.outcome = outcome
        self.rationale = rationale
        self.reviewDate = reviewDate
        self.status = status
        self.clashIDs = clashIDs
        self.insightIDs = insightIDs
        self.createdBy = createdBy
        self.createdAt = createdAt
        self.decidedAt = decidedAt
        try validate()
    }

    /// The latest stance of `personID`, if recorded.
    public func stance(of personID: PersonID) -> Stance? {
        stances.last { $0.personID == personID }
    }

    /// True when a review date has passed and the decision was not revisited.
    public func isOverdue(at now: Date) -> Bool {
        Self.isOverdue(reviewDate: reviewDate, status: status, at: now)
    }

    /// True when `reviewDate` has passed and `status` is not `revisit` (for views that hold
    /// only these fields of a decision).
    public static func isOverdue(reviewDate: Date?, status: DecisionStatus, at now: Date) -> Bool {
        guard let reviewDate else { return false }
        return reviewDate < now && status != .revisit
    }

    /// Checks the guardrails: a decided decision needs a resolution mode, who decided, an
    /// outcome and a rationale; a compromise needs both cases; a deferral needs a review date.
    public func validate() throws(ValidationError) {
        try Check.nonEmpty(title, "decision", "title")
        if status == .decided {
            guard let resolution else {
                throw ValidationError(entity: "decision", field: "resolution", reason: "a decided decision needs a resolution mode")
            }
            if rationale.unicodeScalars.allSatisfy(\.properties.isWhitespace) {
                throw ValidationError(entity: "decision", field: "rationale", reason: "\"decided\" needs a rationale")
            }
            if decidedBy == nil {
                throw ValidationError(entity: "decision", field: "decidedBy", reason: "a decided decision must say who decided")
            }
            if resolution != .deferred {
                try Check.nonEmpty(outcome, "decision", "outcome")
            }
        }
        if resolution == .compromise && (fieldCase.isEmpty || officeCase.isEmpty) {
            let missing = fieldCase.isEmpty ? "fieldCase" : "officeCase"
            throw ValidationError(
                entity: "decision", field: missing,
                reason: "a compromise needs both the field case and the office case written down")
        }
        if resolution == .deferred && reviewDate == nil {
            throw ValidationError(entity: "decision", field: "reviewDate", reason: "a deferred decision needs a review date")
        }
    }
}
