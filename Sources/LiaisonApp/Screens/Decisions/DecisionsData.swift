import Foundation
import LiaisonCore
import LiaisonStore

/// What the list shows: the decisions as light rows, already split into the three sections
/// at load, plus the people and region names the rows and the detail name.
public struct DecisionsData: Sendable, Equatable {
    /// Open or being revisited, newest first.
    public private(set) var open: [DecisionRow] = []
    /// Due for review, newest first.
    public private(set) var due: [DecisionRow] = []
    /// Decided, newest first.
    public private(set) var decided: [DecisionRow] = []
    /// Everyone, by name (for stances and the RACI panel).
    public var people: [Person]
    public var regions: [RegionID: String]
    /// The time the open / due / decided sections are judged at.
    public var now: Date

    /// Sorts `rows` (newest first) into their sections at `now`.
    public init(rows: [DecisionRow], people: [Person], regions: [RegionID: String], now: Date) {
        self.people = people
        self.regions = regions
        self.now = now
        for row in rows {
            switch DecisionSection.of(row, now: now) {
            case .open: open.append(row)
            case .due: due.append(row)
            case .decided: decided.append(row)
            }
        }
    }

    /// The rows of `section`, newest first.
    public func rows(in section: DecisionSection) -> [DecisionRow] {
        switch section {
        case .open: open
        case .due: due
        case .decided: decided
        }
    }

    /// How many decisions there are in all.
    public var count: Int { open.count + due.count + decided.count }

    /// The section holding decision `id` and its index there, if listed.
    public func position(of id: UUID) -> (section: DecisionSection, index: Int)? {
        for section in DecisionSection.allCases {
            if let index = rows(in: section).firstIndex(where: { $0.id == id }) { return (section, index) }
        }
        return nil
    }

    /// The person's name, or the id when unknown.
    public func name(_ id: PersonID) -> String { people.first { $0.id == id }?.name ?? id }

    /// `national` or the region's name.
    public func scope(_ scope: PlanScope) -> String {
        switch scope {
        case .national: "national"
        case .region(let id): regions[id] ?? id
        }
    }
}
