/// A ranked goal in a plan. Plans share objective codes so ranks can be compared.
public struct Objective: Codable, Hashable, Sendable {
    /// Shared across plans, e.g. `obj:early-diagnosis`.
    public var code: String
    public var title: String
    /// 1 is the top priority.
    public var rank: Int
    public var productID: ProductID?
    /// The insight theme this objective answers, if any.
    public var theme: ThemeCode?
    /// The measurable target, e.g. "+20% referrals from tier-2 centres".
    public var kpiTarget: String

    /// Creates an objective, rejecting a rank below 1.
    public init(
        code: String, title: String, rank: Int, productID: ProductID?, theme: ThemeCode?, kpiTarget: String
    ) throws(ValidationError) {
        self.code = code
        self.title = title
        self.rank = rank
        self.productID = productID
        self.theme = theme
        self.kpiTarget = kpiTarget
        try validate()
    }

    /// Checks the rules that need no other record.
    public func validate() throws(ValidationError) {
        try Check.slug(code, prefix: "obj", "objective", "code")
        try Check.nonEmpty(title, "objective", "title")
        try Check.range(rank, 1...99, "objective", "rank")
    }
}

/// What a tactic is.
public enum TacticKind: String, Codable, CaseIterable, Sendable {
    case educationalEvent
    case advisoryBoard
    case congress
    case digitalProgramme
    case faceToFaceVisits
    case studySiteNomination
}

/// Whether a tactic follows the national format or a locally designed one.
public enum TacticFormat: String, Codable, CaseIterable, Sendable {
    case national
    case local
}

/// How far a tactic has got.
public enum TacticStatus: String, Codable, CaseIterable, Sendable {
    case planned
    case inProgress
    case done
    case cancelled
}

/// A concrete activity serving an objective.
public struct Tactic: Codable, Hashable, Sendable {
    /// Unique within the plan, e.g. `tac:north-webinar`.
    public var code: String
    public var title: String
    public var kind: TacticKind
    public var format: TacticFormat
    public var status: TacticStatus
    public var objectiveCode: String?

    /// Creates a tactic.
    public init(
        code: String, title: String, kind: TacticKind, format: TacticFormat,
        status: TacticStatus, objectiveCode: String?
    ) throws(ValidationError) {
        self.code = code
        self.title = title
        self.kind = kind
        self.format = format
        self.status = status
        self.objectiveCode = objectiveCode
        try validate()
    }

    /// Checks the rules that need no other record.
    public func validate() throws(ValidationError) {
        try Check.slug(code, prefix: "tac", "tactic", "code")
        try Check.nonEmpty(title, "tactic", "title")
    }
}

/// A site put forward for a clinical study. In the national plan these form the office
/// shortlist; in a regional plan they are the field's nominations.
public struct StudySiteNomination: Codable, Hashable, Sendable {
    /// The study, e.g. `study:lumora-301`.
    public var study: String
    public var institutionID: InstitutionID
    /// Why the site is put forward.
    public var rationale: String

    /// Creates a nomination.
    public init(study: String, institutionID: InstitutionID, rationale: String) throws(ValidationError) {
        self.study = study
        self.institutionID = institutionID
        self.rationale = rationale
        try validate()
    }

    /// Checks the rules that need no other record.
    public func validate() throws(ValidationError) {
        try Check.slug(study, prefix: "study", "studySite", "study")
        try Check.slug(institutionID, prefix: "inst", "studySite", "institutionID")
    }
}

/// The planned share of face-to-face interactions for one product, in percent.
public struct ChannelShare: Codable, Hashable, Sendable {
    public var productID: ProductID
    /// 0 = all digital … 100 = all face to face.
    public var faceToFaceShare: Int

    /// Creates a share, rejecting values outside 0…100.
    public init(productID: ProductID, faceToFaceShare: Int) throws(ValidationError) {
        self.productID = productID
        self.faceToFaceShare = faceToFaceShare
        try validate()
    }

    /// Checks the rules that need no other record.
    public func validate() throws(ValidationError) {
        try Check.range(faceToFaceShare, 0...100, "channelShare", "faceToFaceShare")
    }
}

/// A question the national plan wants the field to listen for.
public struct ListeningPriority: Codable, Hashable, Sendable {
    /// e.g. `lp:diagnosis-delay`.
    public var code: String
    public var question: String
    public var theme: ThemeCode?

    /// Creates a listening priority.
    public init(code: String, question: String, theme: ThemeCode?) throws(ValidationError) {
        self.code = code
        self.question = question
        self.theme = theme
        try Check.slug(code, prefix: "lp", "listeningPriority", "code")
        try Check.nonEmpty(question, "listeningPriority", "question")
    }
}
