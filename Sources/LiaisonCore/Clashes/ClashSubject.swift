/// What a clash is about: the record (or pair of records) the two sides disagree on.
public struct ClashSubject: Codable, Hashable, Sendable {
    /// The kind of record a subject names.
    public enum Kind: String, Codable, CaseIterable, Sendable {
        /// An objective as a region ranks it, id `region:north/obj:early-dx`.
        case objective
        /// An insight theme in one region, id `region:north/theme:unmet-need`.
        case theme
        /// A site on the office shortlist for a study, id `study:lumora-301/inst:uh-north`.
        case studySite
        /// A site a region nominated, id `region:north/study:lumora-301/inst:clinic-7`.
        case studyNomination
        /// A region's educational format, id `region:north/format:educational`.
        case format
        /// One decision, id `decision:<uuid>`.
        case decision
        /// The pattern of recent decisions, id `decisions:recent`.
        case decisionPattern
        /// An escalated clash, id `clash:<clash id>`.
        case escalation
        /// A product in a plan, for channel-mix clashes.
        case product
        /// A healthcare professional, for touchpoint clashes.
        case hcp
    }

    public var kind: Kind
    /// Stable within a clash kind; the clash id is `<clash kind>:<subject id>`.
    public var id: String
    /// Human-readable, e.g. `North · Early diagnosis`.
    public var label: String

    /// Creates a subject.
    public init(kind: Kind, id: String, label: String) {
        self.kind = kind
        self.id = id
        self.label = label
    }
}
