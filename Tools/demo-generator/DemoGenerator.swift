import LiaisonCore

/// Builds the whole demo dataset from one seed, part by part, each part with its own random
/// stream so the output depends only on the code and the seed.
struct DemoGenerator {
    /// The seed of every stream.
    static let seed: UInt64 = 0x4c69_6169_736f_6e00

    let taxonomy: Taxonomy
    let checker: ComplianceChecker

    private func stream(_ name: String) -> SeededRandom {
        SeededRandom(seed: Self.seed, stream: name)
    }

    /// The dataset, not yet validated against the catalog.
    func generate() throws -> Dataset {
        let organisation = try Organisation.make()
        let products = try ProductCatalog.make()
        let directory = try InstitutionDirectory.make()
        var hcpRandom = stream("hcps")
        let roster = try HCPRoster.make(institutions: directory, organisation: organisation, rng: &hcpRandom)
        let plans = try PlanBook.make()
        var decisionRandom = stream("decision-ids")
        let world = DemoWorld(
            organisation: organisation, products: products, institutions: directory.map(\.0), hcps: roster.hcps,
            plans: plans, decisionIDs: DecisionIDs(rng: &decisionRandom))

        let writer = InsightWriter(checker: checker, products: products)
        var insightRandom = stream("insights")
        let insights = try InsightLog(world: world, writer: writer, lifecycle: InsightLifecycle(world: world))
            .make(rng: &insightRandom)
        var touchpointRandom = stream("touchpoints")
        let touchpoints = try TouchpointLog(world: world).make(insights: insights, rng: &touchpointRandom)
        let decisionWriter = DecisionWriter(world: world, insights: insights)
        let decisions = try FlashPointDecisions(writer: decisionWriter).make()
            + RoutineDecisions(writer: decisionWriter).make()
        var meetingRandom = stream("meetings")
        let meetings = try MeetingLog(world: world).make(rng: &meetingRandom)

        return Dataset(
            regions: organisation.regions, people: organisation.people, products: products.map(\.product),
            institutions: world.institutions, hcps: roster.hcps, plans: plans, insights: insights,
            touchpoints: touchpoints, decisions: decisions, meetings: meetings)
    }
}
