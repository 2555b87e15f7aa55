import Foundation
import LiaisonCore
import XCTest
@testable import LiaisonStore

/// Makes random but valid writes through a `ClashService`, each of a kind that sends one
/// `DataChange`: insights logged and archived, touchpoints, plan edits, escalations, stances,
/// resolutions, revisits and triage.
struct RandomStoreEditor {
    let store: LiaisonStore
    let service: ClashService
    var random: SeededGenerator
    let people: [Person]
    let hcps: [HCP]
    let themes: [ThemeCode]
    var logged: [Insight] = []
    /// What each step did.
    private(set) var applied: [String] = []

    init(store: LiaisonStore, service: ClashService, seed: UInt64) throws {
        self.store = store
        self.service = service
        random = SeededGenerator(seed: seed)
        people = try store.people()
        hcps = try store.hcps(matching: HCPQuery(), limit: 25).items
        themes = store.taxonomy.themes.map(\.code)
    }

    /// Makes one write; returns what it did.
    mutating func step() throws -> String {
        for _ in 0..<20 {
            if let done = try attempt(Int.random(in: 0..<9, using: &random)) {
                applied.append(done)
                return done
            }
        }
        return "nothing applicable"
    }

    private var now: Date { service.now }

    private mutating func pick<T>(_ items: [T]) -> T? {
        items.isEmpty ? nil : items[Int.random(in: 0..<items.count, using: &random)]
    }

    private var medicalDirector: Person { people.first { $0.role == .medicalDirector }! }

    private mutating func attempt(_ kind: Int) throws -> String? {
        switch kind {
        case 0:
            let msl = pick(people.filter { $0.role == .msl && $0.regionID != nil })!
            let insight = try Insight(
                authorID: msl.id, regionID: msl.regionID!, theme: pick(themes)!,
                interactionAt: now.addingTimeInterval(-Double.random(in: 0..<(60 * 86_400), using: &random)),
                loggedAt: now, whatWasSaid: "Random remark \(logged.count)", whyItMatters: "Randomised test",
                channel: .phone)
            logged.append(try service.logInsight(insight, by: msl.id))
            return "log insight \(insight.regionID) \(insight.theme)"
        case 1:
            guard let insight = pick(logged.filter { $0.status != .archived }) else { return nil }
            let archived = try service.perform(.archive, on: insight.id, by: insight.authorID)
            logged = logged.map { $0.id == archived.id ? archived : $0 }
            return "archive insight \(insight.regionID) \(insight.theme)"
        case 2:
            let hcp = pick(hcps)!
            let touchpoint = try Touchpoint(
                hcpID: hcp.id, date: now.addingTimeInterval(-Double.random(in: 0..<(20 * 86_400), using: &random)),
                function: pick(TouchpointFunction.allCases)!, channel: pick(InteractionChannel.allCases)!, topic: "Random")
            try service.insertTouchpoint(touchpoint, by: medicalDirector.id)
            return "touchpoint \(hcp.id)"
        case 3:
            guard var plan = pick(service.currentSnapshot.plans), plan.objectives.count >= 2 else { return nil }
            let first = Int.random(in: 0..<plan.objectives.count, using: &random)
            let second = (first + 1 + Int.random(in: 0..<(plan.objectives.count - 1), using: &random)) % plan.objectives.count
            (plan.objectives[first].rank, plan.objectives[second].rank) = (plan.objectives[second].rank, plan.objectives[first].rank)
            if !plan.channelMix.isEmpty {
                let index = Int.random(in: 0..<plan.channelMix.count, using: &random)
                plan.channelMix[index] = try ChannelShare(
                    productID: plan.channelMix[index].productID, faceToFaceShare: Int.random(in: 0...100, using: &random))
            }
            try service.savePlan(plan, by: medicalDirector.id)
            return "edit plan \(plan.id)"
        case 4:
            guard let status = pick(service.current().filter { $0.disposition == .open || $0.disposition == .acknowledged }),
                  status.clash != nil else { return nil }
            let decision = try service.escalate(clashID: status.clashID, by: medicalDirector.id)
            return "escalate \(status.clashID) → \(decision.id)"
        case 5:
            guard let decision = pick(service.currentSnapshot.decisions.filter { $0.status != .decided }),
                  let rmd = pick(people.filter { $0.role == .rmd }) else { return nil }
            try service.recordStance(pick(StancePosition.allCases)!, note: "random", of: rmd.id, on: decision.id, by: rmd.id)
            return "stance on \(decision.id)"
        case 6:
            guard let decision = pick(service.currentSnapshot.decisions.filter { $0.status != .decided }),
                  let decider = pick(people.filter { [.medicalDirector, .rmd, .office].contains($0.role) }) else { return nil }
            let mode = pick(ResolutionMode.allCases)!
            let review = now.addingTimeInterval(Double.random(in: -30...60, using: &random) * 86_400)
            _ = try service.resolveDecision(decision.id, DecisionResolution(
                mode: mode, outcome: "Outcome", rationale: "Rationale", decidedBy: decider.id, reviewDate: review),
                by: decider.id)
            return "resolve \(decision.id) \(mode) by \(decider.role)"
        case 7:
            guard let decision = pick(service.currentSnapshot.decisions.filter { $0.status == .decided }) else { return nil }
            try service.revisitDecision(decision.id, note: "New evidence", by: medicalDirector.id)
            return "revisit \(decision.id)"
        default:
            guard let clash = pick(service.clashes()) else { return nil }
            let state = pick([ClashTriageState.acknowledged, .dismissed, .resolved])!
            try service.triage(ClashTriage(
                clashID: clash.id, state: state, reason: state == .dismissed ? "Not now" : nil, by: medicalDirector.id,
                at: now.addingTimeInterval(Double(applied.count))), by: medicalDirector.id)
            return "triage \(clash.id) \(state)"
        }
    }
}
