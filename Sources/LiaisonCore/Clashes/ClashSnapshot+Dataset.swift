import Foundation

extension ClashSnapshot {
    /// A complete snapshot of `dataset` at `now`, with every aggregate (theme activity, HCP
    /// channel profiles, touchpoint activity) computed in Swift. Fine for demo-sized data, and
    /// the reference the store's SQL aggregates are checked against.
    ///
    /// `roles` and `themes` come from `roles.json` and `taxonomy.json`; `config` supplies the
    /// windows and sample sizes of the aggregates; `triage` is empty unless given, since
    /// triage records are not part of the interchange format.
    public init(
        dataset: Dataset, now: Date, roles: RoleDefinitions, themes: [Theme], config: ClashConfig,
        needle: NeedleConfig = .defaults, triage: [ClashTriage] = []
    ) {
        self.init(
            now: now, regions: dataset.regions, people: dataset.people, institutions: dataset.institutions,
            plans: dataset.plans, decisions: dataset.decisions, roles: roles, themes: themes,
            themeActivity: Self.themeActivity(insights: dataset.insights, now: now, settings: config.unaddressedSignal),
            triage: triage, products: dataset.products,
            channelProfiles: HCPChannelProfile.profiles(from: dataset.hcps),
            touchpointActivity: TouchpointActivity.compute(
                touchpoints: dataset.touchpoints, hcps: dataset.hcps, now: now, settings: config.touchpointNoise),
            needle: needle)
    }

    /// The `ThemeActivity` rows of `insights` at `now`, exactly as that type's contract
    /// asks of the store, sorted by region and theme.
    public static func themeActivity(
        insights: [Insight], now: Date, settings: UnaddressedSignalRule.Settings
    ) -> [ThemeActivity] {
        let window = Double(settings.windowDays) * 86_400
        let recentStart = now.addingTimeInterval(-window)
        let previousStart = now.addingTimeInterval(-2 * window)
        struct Key: Hashable {
            var regionID: RegionID
            var theme: ThemeCode
        }
        var recent: [Key: [Insight]] = [:]
        var previous: [Key: Int] = [:]
        for insight in insights where insight.status != .draft && insight.status != .archived {
            let key = Key(regionID: insight.regionID, theme: insight.theme)
            if insight.interactionAt > recentStart && insight.interactionAt <= now {
                recent[key, default: []].append(insight)
            } else if insight.interactionAt > previousStart && insight.interactionAt <= recentStart {
                previous[key, default: 0] += 1
            }
        }
        let keys = Set(recent.keys).union(previous.keys).sorted { ($0.regionID, $0.theme) < ($1.regionID, $1.theme) }
        return keys.map { key in
            let newest = (recent[key] ?? []).sorted {
                $0.interactionAt != $1.interactionAt ? $0.interactionAt > $1.interactionAt : $0.id.uuidString < $1.id.uuidString
            }
            return ThemeActivity(
                regionID: key.regionID, theme: key.theme, recentCount: newest.count, previousCount: previous[key] ?? 0,
                sampleInsightIDs: newest.prefix(settings.sampleSize).map(\.id))
        }
    }
}
