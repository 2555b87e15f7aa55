import Foundation
import LiaisonCore

/// A few thousand touchpoints from all five functions over the last six months: the MSL
/// conversations behind recent insights, routine contacts from sales, marketing, medical
/// information and market access, and the uncoordinated bursts of tension 6 in `main.swift`.
struct TouchpointLog {
    let world: DemoWorld

    /// How far back touchpoints go.
    static let windowDays = 183
    /// Routine contacts besides the MSL conversations behind insights.
    static let routineCount = 2_300

    /// The HCPs hit by uncoordinated bursts: a digital-only oncologist in East and national
    /// opinion leaders at three tier-1 university hospitals and one heart centre.
    func noiseTargets() -> [HCP] {
        let digitalEast = world.hcps(in: DemoIDs.east, for: DemoIDs.oncavia).first { $0.channelPreference == .digital }
        let leaders = ["inst:uk-isarhoehe", "inst:uk-ruhrpark", "inst:uk-elbhoehe", "inst:hz-niederrhein"].compactMap { site in
            world.hcps.first { $0.institutionID == site && $0.tier != .local }
        }
        return [digitalEast].compactMap { $0 } + leaders
    }

    /// Draws every touchpoint.
    func make(insights: [Insight], rng: inout SeededRandom) throws(ValidationError) -> [Touchpoint] {
        var touchpoints: [Touchpoint] = []
        let since = DemoClock.day(Self.windowDays)
        for insight in insights where insight.interactionAt >= since {
            guard let hcp = insight.hcpID else { continue }
            let theme = insight.theme.replacingOccurrences(of: "-", with: " ")
            touchpoints.append(try Touchpoint(
                id: rng.uuid(), hcpID: hcp, date: insight.interactionAt, function: .msl, channel: insight.channel,
                topic: "Scientific exchange on \(theme)" + (productName(insight.productID).map { " (\($0))" } ?? "")))
        }
        let weighted = world.hcps.map { ($0, weight(of: $0)) }
        for _ in 0..<Self.routineCount {
            let hcp = rng.weighted(weighted)
            let function = rng.weighted([
                (TouchpointFunction.sales, 40.0), (.marketing, 20), (.medicalInformation, 15), (.marketAccess, 15), (.msl, 10),
            ])
            let date = DemoClock.at(rng.int(1...Self.windowDays), hour: rng.int(8...18), minute: rng.int(0...59))
            touchpoints.append(try touchpoint(hcp, function, date, againstPreference: rng.chance(0.08), rng: &rng))
        }
        for (number, hcp) in noiseTargets().enumerated() {
            let start = 8 + number * 5
            let functions: [TouchpointFunction] = [.sales, .marketing, .medicalInformation, .marketAccess, .msl, .sales, .marketing]
            for step in 0..<rng.int(9...12) {
                let date = DemoClock.at(start + rng.int(0...10), hour: rng.int(8...17), minute: rng.int(0...59))
                let function = functions[step % functions.count]
                touchpoints.append(try touchpoint(hcp, function, date, againstPreference: number == 0 || rng.chance(0.3), rng: &rng))
            }
        }
        return touchpoints
    }

    private func weight(of hcp: HCP) -> Double {
        let tier: Double = switch hcp.tier {
        case .national: 4
        case .regional: 2.5
        case .local: 1
        }
        return hcp.contactConsent ? tier : tier * 0.2
    }

    private func productName(_ id: ProductID?) -> String? {
        world.products.first { $0.id == id }?.name
    }

    private func touchpoint(
        _ hcp: HCP, _ function: TouchpointFunction, _ date: Date, againstPreference: Bool, rng: inout SeededRandom
    ) throws(ValidationError) -> Touchpoint {
        let product = rng.pick(HCPRoster.products(for: hcp.specialty))
        let name = productName(product) ?? "portfolio"
        let channel = againstPreference ? Self.contrary(to: hcp.channelPreference) : Self.channel(for: function, hcp, &rng)
        let topics: [String] = switch function {
        case .sales: ["Key account meeting: \(name)", "\(name) service materials for the ward", "Follow-up on \(name) supply for the practice"]
        case .marketing: ["Invitation: \(name) expert webinar", "\(name) newsletter", "Congress symposium invitation (\(name))"]
        case .medicalInformation: ["Answer to a medical enquiry on \(name) dosing", "Literature request on \(name)", "Enquiry on \(name) study data"]
        case .marketAccess: ["Formulary dossier discussion (\(name))", "Hospital pharmacy budget meeting", "Rebate contract information (\(name))"]
        case .msl: ["Scientific follow-up on \(name) data", "Study feasibility contact (\(name))", "Advisory board preparation (\(name))"]
        }
        return try Touchpoint(id: rng.uuid(), hcpID: hcp.id, date: date, function: function, channel: channel, topic: rng.pick(topics))
    }

    private static func channel(for function: TouchpointFunction, _ hcp: HCP, _ rng: inout SeededRandom) -> InteractionChannel {
        let visit = hcp.faceToFaceAccess == .none ? 0 : (hcp.faceToFaceAccess == .restricted ? 15.0 : 50)
        let digitalBias = hcp.channelPreference == .digital || hcp.channelPreference == .remote ? 2.0 : 1
        let choices: [(InteractionChannel, Double)] = switch function {
        case .sales: [(.faceToFace, visit), (.remote, 20 * digitalBias), (.phone, 15), (.email, 10 * digitalBias)]
        case .marketing: [(.email, 50 * digitalBias), (.event, 25), (.congress, 10), (.remote, 10)]
        case .medicalInformation: [(.email, 55), (.phone, 40)]
        case .marketAccess: [(.faceToFace, visit), (.remote, 25 * digitalBias), (.email, 15)]
        case .msl: [(.faceToFace, visit), (.remote, 30 * digitalBias), (.phone, 10), (.congress, 5)]
        }
        return rng.weighted(choices)
    }

    /// A channel the HCP did not ask for.
    private static func contrary(to preference: ChannelPreference) -> InteractionChannel {
        switch preference {
        case .faceToFace: .email
        case .remote, .digital: .faceToFace
        case .mixed: .phone
        }
    }
}
