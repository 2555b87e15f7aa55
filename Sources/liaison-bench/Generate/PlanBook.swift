import Foundation
import LiaisonCore

/// The plans of a synthetic team: one national plan and one plan per region for the
/// period under review. Regional plans re-rank and drop national objectives, run local
/// tactics and nominate study sites, so every plan-based clash rule has work.
enum PlanBook {
    static let period = "2026-H1"

    /// Shared objective codes, with the theme and product index they answer.
    static let objectives: [(code: String, title: String, theme: ThemeCode, product: Int)] = [
        ("obj:early-diagnosis", "Earlier diagnosis through faster testing", "diagnostic-pathway", 0),
        ("obj:first-line", "Establish first-line use", "treatment-practice", 1),
        ("obj:safety-confidence", "Build confidence in the safety profile", "safety-perception", 2),
        ("obj:access", "Secure regional formulary listings", "access-reimbursement", 3),
        ("obj:evidence", "Generate real world evidence", "study-interest", 4),
        ("obj:education", "Educate referrers on new criteria", "education-need", 5),
        ("obj:patient-support", "Improve the patient journey", "patient-experience", 6),
        ("obj:differentiation", "Differentiate from competitors", "competitor", 7),
    ]

    /// The national plan and the regional plans.
    static func plans(world: ReferenceWorld, seed: UInt64) throws -> [Plan] {
        var random = SeededRandom(seed: seed, stream: 0x91A5)
        let national = try Plan(
            id: "plan:national-2026-h1", period: period, scope: .national, status: .approved,
            objectives: objectives.prefix(6).enumerated().map { rank, objective in
                try makeObjective(objective, rank: rank + 1, world: world)
            },
            tactics: [
                try Tactic(code: "tac:national-webinar", title: "National webinar series", kind: .educationalEvent,
                           format: .national, status: .inProgress, objectiveCode: "obj:education"),
            ],
            channelMix: try world.products.map { try ChannelShare(productID: $0.id, faceToFaceShare: 40) },
            listeningPriorities: try [
                ListeningPriority(code: "lp:testing-delays", question: "Where does testing slow diagnosis?", theme: "diagnostic-pathway"),
                ListeningPriority(code: "lp:access", question: "What blocks formulary listing?", theme: "access-reimbursement"),
            ])
        var plans = [national]
        for (index, region) in world.regions.enumerated() {
            var ranked = objectives.shuffled(using: &random)
            ranked.removeLast(random.index(3))
            let tactics = try ranked.prefix(4).enumerated().map { number, objective in
                try Tactic(
                    code: "tac:\(region.id.dropFirst(7))-\(number + 1)", title: "Local activity \(number + 1) for \(objective.title)",
                    kind: TacticKind.allCases[random.index(TacticKind.allCases.count)],
                    format: random.chance(0.4) ? .local : .national,
                    status: TacticStatus.allCases[random.index(3)], objectiveCode: objective.code)
            }
            let sites = try world.institutionsByRegion[index].prefix(3).map { institution in
                try StudySiteNomination(
                    study: "study:s\(index % 7 + 1)", institutionID: world.institutions[institution].id,
                    rationale: "Regional team proposes this site for enrolment")
            }
            plans.append(try Plan(
                id: "plan:\(region.id.dropFirst(7))-2026-h1", period: period, scope: .region(region.id), status: .approved,
                objectives: ranked.enumerated().map { rank, objective in try makeObjective(objective, rank: rank + 1, world: world) },
                tactics: tactics, studySites: sites,
                channelMix: try world.products.map {
                    try ChannelShare(productID: $0.id, faceToFaceShare: 20 + random.index(61))
                }))
        }
        return plans
    }

    private static func makeObjective(
        _ entry: (code: String, title: String, theme: ThemeCode, product: Int), rank: Int, world: ReferenceWorld
    ) throws -> Objective {
        try Objective(
            code: entry.code, title: entry.title, rank: rank, productID: world.products[entry.product].id,
            theme: entry.theme, kpiTarget: "+\(10 * rank)% by end of period")
    }
}
