import Foundation
import LiaisonCore

/// Produces insight number `i` of a synthetic data set on demand, so a million insights can
/// be streamed into the store without being held in memory. Insights are spread over the
/// two years before `now`; every fourth region has a surging theme in the last four weeks
/// (an unaddressed signal for the clash engine).
struct InsightFactory: Sendable {
    let seed: UInt64
    let now: Date
    let regionIDs: [RegionID]
    let mslsByRegion: [[PersonID]]
    let hcpsByRegion: [[(id: HCPID, institution: InstitutionID)]]
    let productIDs: [ProductID]
    let themes: [ThemeCode]

    /// Days of history the insights cover.
    static let historyDays = 730

    init(world: ReferenceWorld, seed: UInt64, now: Date) {
        self.seed = seed
        self.now = now
        regionIDs = world.regions.map(\.id)
        mslsByRegion = world.mslsByRegion
        hcpsByRegion = world.hcpsByRegion.map { indexes in
            indexes.map { (world.hcps[$0].id, world.hcps[$0].institutionID) }
        }
        productIDs = world.products.map(\.id)
        themes = ThemeText.phrases.keys.sorted()
    }

    /// Insight number `index`.
    func insight(_ index: Int) throws -> Insight {
        var random = SeededRandom(seed: seed, stream: UInt64(index) &+ 1)
        let region = random.index(regionIDs.count)
        let day = random.index(Self.historyDays)
        var theme = themes[random.index(themes.count)]
        if region % 4 == 0 && day < 28 && random.chance(0.5) { theme = themes[region / 4 % themes.count] }
        let interaction = now.addingTimeInterval(-Double(day) * 86_400 - Double(random.index(86_400)))
        let logged = min(now, interaction.addingTimeInterval(Double(random.index(172_800))))
        let hcp = random.chance(0.7) ? random.pick(hcpsByRegion[region]) : nil
        let phrases = ThemeText.phrases[theme] ?? []
        let said = "\(random.pick(ThemeText.openers)) \(random.pick(phrases)). \(Vocabulary.words(8 + random.index(17), &random))."
        let matters = "\(random.pick(ThemeText.matters)) \(Vocabulary.words(random.index(7), &random))"
        let tagPool = ThemeText.tags[theme] ?? []
        let tags = Array(Set((0..<random.index(3)).map { _ in random.pick(tagPool) })).sorted()
        let roll = random.index(100)
        let status: InsightStatus = roll < 3 ? .draft : roll < 5 ? .archived : roll < 65 ? .submitted : roll < 90 ? .reviewed : .closed
        return try Insight(
            id: random.uuid(), authorID: random.pick(mslsByRegion[region]), regionID: regionIDs[region],
            hcpID: hcp?.id, institutionID: hcp?.institution,
            productID: random.chance(0.6) ? random.pick(productIDs) : nil, theme: theme,
            interactionAt: interaction, loggedAt: logged, whatWasSaid: said,
            whyItMatters: matters.trimmingCharacters(in: .whitespaces), sentiment: random.index(5) - 2,
            channel: InteractionChannel.allCases[random.index(InteractionChannel.allCases.count)], tags: tags,
            status: status)
    }
}
