import Foundation
import LiaisonCore

/// How and when a decision was reached.
struct Ruling {
    let mode: ResolutionMode
    let by: PersonID
    /// Days before the anchor.
    let day: Int
    let outcome: String
    let rationale: String
}

/// Builds decisions with dated stances and evidence drawn from the generated insights.
struct DecisionWriter {
    let world: DemoWorld
    let insights: [Insight]

    /// The `count` most recent shareable insights on `theme`, optionally limited to a region
    /// and product, newest first.
    func evidence(_ theme: ThemeCode, region: RegionID? = nil, product: ProductID? = nil, count: Int = 3) -> [UUID] {
        insights
            .filter { insight in
                insight.theme == theme && (region == nil || insight.regionID == region)
                    && (product == nil || insight.productID == product)
                    && insight.status != .draft && insight.status != .archived
            }
            .sorted { ($0.interactionAt, $0.id.uuidString) > ($1.interactionAt, $1.id.uuidString) }
            .prefix(count)
            .map(\.id)
    }

    /// Evidence references to insights.
    func refs(_ ids: [UUID]) -> [EvidenceRef] {
        ids.map { EvidenceRef(.insight, $0.uuidString) }
    }

    /// A reference to an objective, `planID#obj:code`.
    func objective(_ plan: PlanID, _ code: String) -> EvidenceRef {
        EvidenceRef(.objective, plan + "#" + code)
    }

    /// A reference to a tactic, `planID#tac:code`.
    func tactic(_ plan: PlanID, _ code: String) -> EvidenceRef {
        EvidenceRef(.tactic, plan + "#" + code)
    }

    /// A reference to a study-site nomination, `planID#study:code@inst:slug`.
    func site(_ plan: PlanID, _ study: String, _ institution: InstitutionID) -> EvidenceRef {
        EvidenceRef(.studySite, plan + "#" + study + "@" + institution)
    }

    /// A decision created `created` days before the anchor; stances are recorded after it was
    /// opened and before it was ruled on.
    func decision(
        _ id: UUID, _ title: String, topic: DecisionTopic, scope: PlanScope,
        field: Case, office: Case, stances: [(PersonID, StancePosition, String)],
        created: Int, createdBy: PersonID, ruling: Ruling?, status: DecisionStatus, review: Date?,
        insightIDs: [UUID] = []
    ) throws(ValidationError) -> Decision {
        let lastStanceDay = (ruling?.day ?? 0) + 1
        let recorded = stances.enumerated().map { index, stance in
            let day = max(lastStanceDay, created - 1 - index * max(1, (created - lastStanceDay) / max(1, stances.count)))
            return Stance(personID: stance.0, position: stance.1, note: stance.2,
                          recordedAt: DemoClock.at(day, hour: 9 + index, minute: 15 * (index % 4)))
        }
        return try Decision(
            id: id, title: title, topic: topic, scope: scope, fieldCase: field, officeCase: office, stances: recorded,
            resolution: ruling?.mode, decidedBy: ruling?.by, outcome: ruling?.outcome ?? "",
            rationale: ruling?.rationale ?? "", reviewDate: review, status: status, insightIDs: insightIDs,
            createdBy: createdBy, createdAt: DemoClock.at(created, hour: 14),
            decidedAt: ruling.map { DemoClock.at($0.day, hour: 11) })
    }
}
