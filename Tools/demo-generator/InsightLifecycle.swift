import Foundation
import LiaisonCore

/// Spreads insights over their lifecycle the way a working team leaves them: most submitted
/// or reviewed, some actioned into an objective or a decision, some closed or archived, a
/// few drafts per MSL, some endorsed and some grouped under a similar earlier insight.
struct InsightLifecycle {
    let world: DemoWorld

    /// The tag every insight of the East device-switch surge carries.
    static let surgeTag = "device-switch"

    /// The status (and link, when actioned or closed after action) of an insight `age` days old.
    func state(
        author: PersonID, isRMD: Bool, region: RegionID, theme: ThemeCode, product: ProductID?,
        age: Int, surge: Bool, rng: inout SeededRandom
    ) -> (InsightStatus, InsightLink?) {
        if surge {
            return (age > 14 && rng.chance(0.4) ? .reviewed : .submitted, nil)
        }
        var status: InsightStatus
        if age <= 14 {
            status = rng.weighted([(.submitted, 75), (.reviewed, 25)])
        } else if age <= 60 {
            status = rng.weighted([(.submitted, 22), (.reviewed, 55), (.actioned, 12), (.closed, 6), (.archived, 5)])
        } else {
            status = rng.weighted([(.submitted, 6), (.reviewed, 44), (.actioned, 20), (.closed, 24), (.archived, 6)])
        }
        // Nothing in the plans answers patient experience, so no insight on it was ever actioned.
        if theme == DemoIDs.surgeTheme && status == .actioned { status = .reviewed }
        let linked = status == .actioned || (status == .closed && theme != DemoIDs.surgeTheme && rng.chance(0.5))
        return (status, linked ? link(region: region, theme: theme, product: product, rng: &rng) : nil)
    }

    /// What an actioned insight changed: an objective of the national or regional plan, or a decision.
    private func link(region: RegionID, theme: ThemeCode, product: ProductID?, rng: inout SeededRandom) -> InsightLink {
        let plans = [world.plan(DemoIDs.nationalPlan), world.plan(DemoIDs.regionalPlan(region))]
        let objectives = plans.flatMap { plan in
            plan.objectives
                .filter { $0.theme == theme && ($0.productID == nil || product == nil || $0.productID == product) }
                .map { plan.id + "#" + $0.code }
        }
        let decisions = world.decisionIDs.linkTargets.filter {
            $0.theme == theme && ($0.region == nil || $0.region == region) && ($0.product == nil || $0.product == product)
        }
        if !decisions.isEmpty && (objectives.isEmpty || rng.chance(0.3)) {
            return InsightLink(target: .decision, reference: rng.pick(decisions).id.uuidString)
        }
        if !objectives.isEmpty {
            return InsightLink(target: .objective, reference: rng.pick(objectives))
        }
        let national = world.plan(DemoIDs.nationalPlan)
        let byProduct = national.objectives.filter { $0.productID == product }
        let objective = byProduct.isEmpty ? national.rankedObjectives[0] : rng.pick(byProduct)
        return InsightLink(target: .objective, reference: national.id + "#" + objective.code)
    }

    /// Leaves a few recent insights of each MSL as drafts, groups similar insights under an
    /// earlier parent and adds endorsements from colleagues.
    func groupAndEndorse(_ insights: inout [Insight], region: RegionID, rng: inout SeededRandom) {
        let order = insights.indices.sorted { insights[$0].interactionAt < insights[$1].interactionAt }
        for msl in world.organisation.msls(of: region) {
            let recent = order.reversed().filter {
                insights[$0].authorID == msl && insights[$0].status == .submitted
                    && DemoClock.age(of: insights[$0].interactionAt) <= 14 && !insights[$0].tags.contains(Self.surgeTag)
            }
            for index in recent.prefix(rng.int(1...3)) { insights[index].status = .draft }
        }
        var firstSurge: Int?
        for (position, index) in order.enumerated() {
            let insight = insights[index]
            guard insight.status != .draft else { continue }
            let isSurge = insight.tags.contains(Self.surgeTag)
            if isSurge && firstSurge == nil {
                firstSurge = index
            } else if isSurge, let parent = firstSurge, rng.chance(0.35) {
                insights[index].parentID = insights[parent].id
            } else if !isSurge && rng.chance(0.06) {
                let earlier = order[..<position].filter { candidate in
                    let other = insights[candidate]
                    return other.theme == insight.theme && other.productID == insight.productID
                        && other.parentID == nil && other.status != .draft && other.status != .archived
                        && insight.interactionAt.timeIntervalSince(other.interactionAt) < 90 * 86_400
                }
                if let parent = earlier.last { insights[index].parentID = insights[parent].id }
            }
            guard insight.status != .archived, rng.chance(isSurge ? 0.45 : 0.15) else { continue }
            let colleagues = world.organisation.fieldTeam(of: region).filter { $0 != insight.authorID }
            var endorsers = rng.sample(colleagues, count: rng.int(1...3))
            if rng.chance(0.05) { endorsers.append(DemoIDs.medicalDirector) }
            insights[index].endorsedBy = endorsers
        }
    }
}
