import Foundation
import LiaisonCore

/// Decisions between field and office: most decided, some open or up for revisit, some
/// open past their review date, so the stalled-decision and role-overreach rules have work.
enum DecisionFactory {
    /// `world.scale.decisions` decisions created over the two years before `now`.
    static func decisions(world: ReferenceWorld, seed: UInt64, now: Date) throws -> [Decision] {
        var random = SeededRandom(seed: seed, stream: 0xDEC1)
        return try (0..<world.scale.decisions).map { index in
            let regionIndex = random.index(world.regions.count)
            let region = world.regions[regionIndex]
            let national = random.chance(0.2)
            let topic = DecisionTopic.allCases[random.index(DecisionTopic.allCases.count)]
            let created = now.addingTimeInterval(-Double(1 + random.index(730)) * 86_400)
            let office = random.pick(world.officePeople)
            let roll = random.index(10)
            let status: DecisionStatus = roll < 6 ? .decided : roll < 9 ? .open : .revisit
            let resolution: ResolutionMode? = status == .decided
                ? [.consensus, .compromise, .executiveRuling, .deferred][random.index(4)] : nil
            let decider = random.chance(0.8) ? office : region.rmdID
            let decidedAt = status == .decided ? created.addingTimeInterval(Double(1 + random.index(30)) * 86_400) : nil
            let review: Date? = resolution == .deferred || status != .decided && random.chance(0.5)
                ? created.addingTimeInterval(Double(14 + random.index(120)) * 86_400) : nil
            let stances = [
                Stance(personID: region.rmdID, position: .support, note: "The field sees this every week",
                       recordedAt: created),
                Stance(personID: office, position: random.chance(0.5) ? .oppose : .abstain,
                       note: "The national plan already covers it", recordedAt: created.addingTimeInterval(3_600)),
            ]
            return try Decision(
                id: random.uuid(), title: "Decision \(index + 1): \(topic.rawValue) in \(region.name)", topic: topic,
                scope: national ? .national : .region(region.id),
                fieldCase: Case(argument: "Local evidence from \(region.name) asks for a regional approach."),
                officeCase: Case(argument: "One national format keeps the message consistent."),
                stances: stances, resolution: resolution, decidedBy: status == .decided ? decider : nil,
                outcome: status == .decided ? "Agreed course for \(region.name)" : "",
                rationale: status == .decided ? "Weighed field evidence against the national plan" : "",
                reviewDate: review, status: status, createdBy: region.rmdID, createdAt: created, decidedAt: decidedAt)
        }
    }
}
