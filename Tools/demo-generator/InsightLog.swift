import Foundation
import LiaisonCore

/// At least 1,500 insights over the twelve months before the anchor, by the MSLs and RMDs of
/// each region, plus the patient-experience surge in East (tension 2 in `main.swift`).
struct InsightLog {
    let world: DemoWorld
    let writer: InsightWriter
    let lifecycle: InsightLifecycle

    /// Insights per region before the surge.
    static let perRegion = 445
    /// Extra patient-experience insights in the surge region's last five weeks.
    static let surgeCount = 28

    private static let themeWeights: [(ThemeCode, Double)] = [
        ("unmet-need", 11), ("treatment-practice", 15), ("safety-perception", 8), ("access-reimbursement", 12),
        ("competitor", 10), ("study-interest", 9), ("education-need", 11), ("channel-preference", 7),
        ("diagnostic-pathway", 10), ("patient-experience", 5),
    ]

    private static func themeWeights(in region: RegionID) -> [(ThemeCode, Double)] {
        let boost: [ThemeCode: Double] = switch region {
        case DemoIDs.north: ["treatment-practice": 5]
        case DemoIDs.south: ["study-interest": 6]
        case DemoIDs.east: ["channel-preference": 6]
        default: ["competitor": 5, "access-reimbursement": 3]
        }
        return themeWeights.map { ($0.0, $0.1 + (boost[$0.0] ?? 0)) }
    }

    private static func productWeights(for theme: ThemeCode) -> [(ProductID?, Double)] {
        let o = DemoIDs.oncavia, c = DemoIDs.cardelin, r = DemoIDs.respiflo
        return switch theme {
        case "unmet-need": [(o, 35), (c, 40), (r, 20), (nil, 5)]
        case "safety-perception": [(o, 50), (c, 30), (r, 20)]
        case "diagnostic-pathway": [(o, 55), (c, 20), (r, 25)]
        case "access-reimbursement": [(o, 20), (c, 55), (r, 25)]
        case "competitor": [(o, 30), (c, 20), (r, 50)]
        case "study-interest": [(o, 75), (c, 20), (r, 5)]
        case "education-need": [(o, 50), (c, 30), (r, 20)]
        case "channel-preference": [(o, 25), (c, 25), (r, 25), (nil, 25)]
        case "patient-experience": [(o, 25), (c, 35), (r, 40)]
        default: [(o, 40), (c, 40), (r, 20)]
        }
    }

    /// Draws every insight.
    func make(rng: inout SeededRandom) throws -> [Insight] {
        var insights: [Insight] = []
        for region in DemoIDs.regions {
            var regional: [Insight] = []
            for _ in 0..<Self.perRegion {
                regional.append(try draw(in: region, theme: nil, daysBack: 0...364, rng: &rng))
            }
            if region == DemoIDs.surgeRegion {
                for _ in 0..<Self.surgeCount {
                    regional.append(try draw(in: region, theme: DemoIDs.surgeTheme,
                                             daysBack: 0...(DemoIDs.surgeWindowDays - 1), rng: &rng))
                }
            }
            lifecycle.groupAndEndorse(&regional, region: region, rng: &rng)
            insights += regional
        }
        return insights
    }

    private func draw(in region: RegionID, theme fixedTheme: ThemeCode?, daysBack: ClosedRange<Int>,
                      rng: inout SeededRandom) throws -> Insight {
        let organisation = world.organisation
        let surge = fixedTheme != nil
        let author = rng.weighted(organisation.msls(of: region).map { ($0, 0.29) } + [(organisation.rmd(of: region), 0.13)])
        let isRMD = author == organisation.rmd(of: region)
        let theme = fixedTheme ?? rng.weighted(Self.themeWeights(in: region))
        let product: ProductID? = surge ? DemoIDs.respiflo : rng.weighted(Self.productWeights(for: theme))

        var hcp: HCP?
        if surge || rng.chance(0.92) {
            let candidates = world.hcps(in: region, for: product)
            hcp = rng.weighted(candidates.map { ($0, Self.tierWeight($0.tier, rmd: isRMD)) })
        }
        let channel = hcp.map { Self.channel(for: $0, rng: &rng) } ?? rng.pick([.congress, .event])
        let speaker = hcp.map { InsightWriter.speaker(for: $0, at: world.institution($0.institutionID), rng: &rng) }
            ?? InsightWriter.groupSpeaker(city: rng.pick(organisation.profile(of: region).cities), rng: &rng)
        let texts = try writer.compose(theme: theme, productID: product, speaker: speaker, channel: channel,
                                       surge: surge, rng: &rng)
        let (interaction, logged) = Self.times(daysBack: daysBack, rng: &rng)
        let phrases = PhraseBook.phrases(for: theme)
        var sentiment = rng.int(phrases.sentiment)
        if rng.chance(0.08) { sentiment = max(-2, min(2, sentiment + rng.pick([-1, 1]))) }
        let productTags = world.products.first { $0.id == product }?.tags ?? []
        var tags = surge
            ? [InsightLifecycle.surgeTag] + rng.sample(EngagementPhrases.surgeTags, count: rng.int(1...2))
            : rng.sample(phrases.tags, count: rng.int(1...2))
        if !productTags.isEmpty && rng.chance(0.6) { tags.append(rng.pick(productTags)) }
        let (status, link) = lifecycle.state(
            author: author, isRMD: isRMD, region: region, theme: theme, product: product,
            age: DemoClock.age(of: interaction), surge: surge, rng: &rng)
        return try Insight(
            id: rng.uuid(), authorID: author, regionID: region, hcpID: hcp?.id, institutionID: hcp?.institutionID,
            productID: product, theme: theme, listeningPriority: surge ? nil : Self.listeningPriority(theme, product, &rng),
            interactionAt: interaction, loggedAt: logged, whatWasSaid: texts.said, whyItMatters: texts.matters,
            sentiment: sentiment, channel: channel, tags: tags, status: status, link: link)
    }

    private static func tierWeight(_ tier: OpinionLeaderTier, rmd: Bool) -> Double {
        switch tier {
        case .national: rmd ? 8 : 4
        case .regional: 2.5
        case .local: rmd ? 0.5 : 1
        }
    }

    /// The channel of an interaction, mostly following the HCP's preference and access.
    static func channel(for hcp: HCP, rng: inout SeededRandom) -> InteractionChannel {
        var choices: [(InteractionChannel, Double)] = switch hcp.channelPreference {
        case .faceToFace: [(.faceToFace, 70), (.remote, 10), (.phone, 10), (.event, 6), (.congress, 4)]
        case .remote: [(.remote, 60), (.phone, 20), (.email, 10), (.faceToFace, 6), (.event, 4)]
        case .digital: [(.email, 45), (.remote, 35), (.phone, 10), (.event, 10)]
        case .mixed: [(.faceToFace, 35), (.remote, 35), (.phone, 15), (.event, 10), (.congress, 5)]
        }
        if hcp.faceToFaceAccess == .none { choices.removeAll { $0.0 == .faceToFace } }
        if hcp.faceToFaceAccess == .restricted { choices = choices.map { $0.0 == .faceToFace ? ($0.0, $0.1 / 2) : $0 } }
        return rng.weighted(choices)
    }

    private static let listeningProducts: [String: ProductID?] = [
        "lp:ngs-turnaround": DemoIDs.oncavia, "lp:second-line-sequencing": DemoIDs.oncavia, "lp:ild-perception": DemoIDs.oncavia,
        "lp:hf-titration": DemoIDs.cardelin, "lp:renal-hf": DemoIDs.cardelin, "lp:formulary-barriers": DemoIDs.cardelin,
        "lp:generic-switching": DemoIDs.respiflo, "lp:study-capacity": DemoIDs.oncavia,
        "lp:education-formats": nil, "lp:remote-engagement": nil, "lp:untreated-subgroups": nil, "lp:safety-questions": nil,
        "lp:access-barriers": nil, "lp:competitive-landscape": nil, "lp:referral-delays": nil,
        "lp:copd-step-down": DemoIDs.respiflo, "lp:registry-interest": DemoIDs.cardelin,
    ]

    private static func listeningPriority(_ theme: ThemeCode, _ product: ProductID?, _ rng: inout SeededRandom) -> String? {
        let fitting = PlanBook.listening.filter { entry in
            guard entry.2 == theme, let lpProduct = listeningProducts[entry.0] else { return false }
            return lpProduct == nil || lpProduct == product
        }
        guard !fitting.isEmpty, rng.chance(0.8) else { return nil }
        return rng.pick(fitting).0
    }

    /// When the conversation took place (a working day, office hours) and when it was logged.
    private static func times(daysBack: ClosedRange<Int>, rng: inout SeededRandom) -> (Date, Date) {
        var days: Int
        repeat {
            days = rng.int(daysBack)
            let date = DemoClock.day(days)
            let month = DemoClock.month(of: date)
            var keep = 0.75 + 0.25 * Double(365 - days) / 365
            if month == 8 { keep *= 0.55 }
            if month == 12 || month == 1 { keep *= 0.8 }
            if rng.unit() < keep { break }
        } while true
        switch DemoClock.weekday(of: DemoClock.day(days)) {
        case 1: days = days + 2 <= daysBack.upperBound ? days + 2 : days - 1
        case 7: days = days + 1 <= daysBack.upperBound ? days + 1 : days - 2
        default: break
        }
        let latestHour = days == 0 ? 13 : 17
        let interaction = DemoClock.at(days, hour: rng.int(8...latestHour), minute: rng.int(0...59))
        let lagMinutes = rng.weighted([(rng.int(5...90), 60.0), (rng.int(120...480), 30.0), (rng.int(1_440...4_320), 10.0)])
        let latest = DemoClock.anchor.addingTimeInterval(-Double(rng.int(2...40) * 60))
        let logged = min(interaction.addingTimeInterval(Double(lagMinutes * 60)), max(latest, interaction))
        return (interaction, logged)
    }
}
