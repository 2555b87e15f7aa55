import Foundation
import LiaisonCore

/// Makes one random, valid edit to a snapshot and reports it as the `DataChange` the store
/// would send.
struct RandomEditor {
    var rng: SeededGenerator
    let themes: [ThemeCode] = ["unmet-need", "competitor", "study-interest", "education-need", "channel-preference"]
    let studies = [ClashFixture.study, "study:other-200"]

    init(seed: UInt64) { rng = SeededGenerator(seed: seed) }

    mutating func edit(_ snapshot: inout ClashSnapshot, currentClashIDs: [String]) throws -> DataChange {
        switch Int.random(in: 0..<100, using: &rng) {
        case 0..<30: return editActivity(&snapshot)
        case 30..<40: return try editRanks(&snapshot)
        case 40..<48: return try editTactics(&snapshot)
        case 48..<56: return try editSites(&snapshot)
        case 56..<80: return try editDecision(&snapshot, clashIDs: currentClashIDs)
        case 80..<92: return try addTriage(&snapshot, clashIDs: currentClashIDs)
        case 92..<96:
            snapshot.now = snapshot.now.addingTimeInterval(Double(Int.random(in: 1...6, using: &rng)) * 86_400)
            return .clockAdvanced
        default: return try editReferenceData(&snapshot)
        }
    }

    private mutating func pick<T>(_ items: [T]) -> T { items.randomElement(using: &rng)! }

    private mutating func editActivity(_ snapshot: inout ClashSnapshot) -> DataChange {
        let region = pick(ClashFixture.regionIDs)
        let theme = pick(themes)
        snapshot.themeActivity.removeAll { $0.regionID == region && $0.theme == theme }
        let recent = Int.random(in: 0...40, using: &rng)
        let previous = Int.random(in: 0...30, using: &rng)
        if recent + previous > 0 {
            let samples = (0..<min(recent, 3)).map { _ in rng.uuid() }
            snapshot.themeActivity.append(ThemeActivity(
                regionID: region, theme: theme, recentCount: recent, previousCount: previous, sampleInsightIDs: samples))
        }
        return .insightLogged(regionID: region, theme: theme)
    }

    private mutating func randomPlanID(_ snapshot: ClashSnapshot, nationalChance: Double) -> PlanID {
        rng.chance(nationalChance) ? ClashFixture.nationalPlanID : ClashFixture.planID(pick(ClashFixture.regionIDs))
    }

    private mutating func editRanks(_ snapshot: inout ClashSnapshot) throws -> DataChange {
        let planID = randomPlanID(snapshot, nationalChance: 0.2)
        var kept = ClashFixture.objectiveSpecs.filter { _ in rng.chance(0.85) }
        if rng.chance(0.25) { kept.append(("obj:unmet", "Unmet need", "unmet-need")) }
        let ranks = Array(1...max(kept.count, 1)).shuffled(using: &rng)
        let objectives = try kept.enumerated().map { index, spec in
            try Objective(code: spec.code, title: spec.title, rank: ranks[index], productID: nil, theme: spec.theme, kpiTarget: "k")
        }
        try ClashFixture.editPlan(&snapshot, planID) { plan in
            plan.objectives = objectives
            try plan.validate()
        }
        return .planChanged(planID)
    }

    private mutating func editTactics(_ snapshot: inout ClashSnapshot) throws -> DataChange {
        let planID = randomPlanID(snapshot, nationalChance: 0.1)
        let tactics = try (0..<Int.random(in: 0...3, using: &rng)).map { index in
            try Tactic(
                code: "tac:t\(index)", title: "Tactic \(index)",
                kind: pick([.educationalEvent, .educationalEvent, .advisoryBoard, .digitalProgramme]),
                format: pick(TacticFormat.allCases), status: pick(TacticStatus.allCases), objectiveCode: nil)
        }
        ClashFixture.editPlan(&snapshot, planID) { $0.tactics = tactics }
        return .planChanged(planID)
    }

    private mutating func editSites(_ snapshot: inout ClashSnapshot) throws -> DataChange {
        let planID = randomPlanID(snapshot, nationalChance: 0.3)
        let institutions = snapshot.institutions.map(\.id)
        var sites: [StudySiteNomination] = []
        for _ in 0..<Int.random(in: 0...3, using: &rng) {
            let site = try ClashFixture.site(pick(institutions), study: pick(studies))
            if !sites.contains(where: { $0.study == site.study && $0.institutionID == site.institutionID }) { sites.append(site) }
        }
        ClashFixture.editPlan(&snapshot, planID) { $0.studySites = sites }
        return .planChanged(planID)
    }

    private mutating func editDecision(_ snapshot: inout ClashSnapshot, clashIDs: [String]) throws -> DataChange {
        if !snapshot.decisions.isEmpty && rng.chance(0.15) {
            let index = Int.random(in: 0..<snapshot.decisions.count, using: &rng)
            return .decisionChanged(snapshot.decisions.remove(at: index).id)
        }
        let existing = !snapshot.decisions.isEmpty && rng.chance(0.4)
        let id = existing ? pick(snapshot.decisions).id : rng.uuid()
        let decision = try randomDecision(id: id, snapshot: snapshot, clashIDs: clashIDs)
        snapshot.decisions.removeAll { $0.id == id }
        snapshot.decisions.append(decision)
        return .decisionChanged(id)
    }

    private mutating func randomDecision(id: UUID, snapshot: ClashSnapshot, clashIDs: [String]) throws -> Decision {
        let status = pick([DecisionStatus.open, .decided, .decided, .revisit])
        let resolution: ResolutionMode? = status == .decided
            ? pick([.executiveRuling, .executiveRuling, .consensus, .compromise, .deferred]) : nil
        let reviewDate = resolution == .deferred || rng.chance(0.5)
            ? ClashFixture.day(Double(Int.random(in: -40...40, using: &rng))) : nil
        let people = snapshot.people.map(\.id)
        let stances = (0..<Int.random(in: 0...5, using: &rng)).map { _ in
            ClashFixture.stance(pick(people), pick(StancePosition.allCases), at: Double(-Int.random(in: 1...30, using: &rng)))
        }
        let linked = clashIDs.isEmpty || !rng.chance(0.3) ? [] : [pick(clashIDs)]
        return try ClashFixture.decision(
            id: id, title: "Decision \(id.uuidString.prefix(4))",
            topic: pick([.educationalFormat, .nationalVoice, .nationalVoice, .studyEntry, .other]),
            scope: rng.chance(0.6) ? .national : .region(pick(ClashFixture.regionIDs)),
            status: status, resolution: resolution,
            decidedBy: status == .decided ? pick(["person:md", "person:md", "person:office", ClashFixture.rmd("region:north")]) : nil,
            decidedAt: status == .decided ? ClashFixture.day(Double(-Int.random(in: 0...60, using: &rng))) : nil,
            reviewDate: reviewDate, stances: stances, clashIDs: linked)
    }

    private mutating func addTriage(_ snapshot: inout ClashSnapshot, clashIDs: [String]) throws -> DataChange {
        let clashID = clashIDs.isEmpty || rng.chance(0.1) ? "priorityDivergence:region:gone/obj:x" : pick(clashIDs)
        let state = pick([ClashTriageState.escalated, .escalated, .acknowledged, .dismissed, .resolved])
        let decisionID = state == .escalated && !snapshot.decisions.isEmpty && rng.chance(0.5) ? pick(snapshot.decisions).id : nil
        snapshot.triage.append(try ClashTriage(
            clashID: clashID, state: state, reason: state == .dismissed ? "not relevant this period" : nil,
            decisionID: decisionID, by: "person:lead",
            at: snapshot.now.addingTimeInterval(-Double(Int.random(in: 0...40, using: &rng)) * 86_400)))
        return .triageChanged(clashID: clashID)
    }

    private mutating func editReferenceData(_ snapshot: inout ClashSnapshot) throws -> DataChange {
        if rng.chance(0.5) {
            let index = Int.random(in: 0..<snapshot.institutions.count, using: &rng)
            snapshot.institutions[index].influenceTier = Int.random(in: 1...3, using: &rng)
            snapshot.institutions[index].studyExperience = Int.random(in: 0...6, using: &rng)
        } else {
            let index = Int.random(in: 0..<4, using: &rng)
            snapshot.people[index].role = snapshot.people[index].role == .rmd ? .msl : .rmd
        }
        return .referenceDataChanged
    }
}
