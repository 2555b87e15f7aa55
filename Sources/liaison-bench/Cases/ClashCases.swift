import Foundation
import LiaisonCore

/// Clash recompute: the full one (snapshot from the store + every rule) and the
/// incremental one after a new insight (refresh that region/theme row + re-run the
/// affected rules).
enum ClashCases {
    static func run(_ context: BenchContext) throws -> [CaseResult] {
        let source = ClashSnapshotSource(store: context.store, environment: context.environment)
        let engine = ClashEngine()
        let config = context.environment.clashConfig
        let now = BenchEnvironment.referenceNow
        var snapshotTimes: [Double] = []
        var evaluateTimes: [Double] = []
        var fullTimes: [Double] = []
        var parts: [String: [Double]] = [:]
        var snapshot = try source.build(now: now)
        var clashes = engine.evaluateAll(snapshot, config: config)
        for _ in 0..<(context.rounds * 3) {
            let watch = Stopwatch()
            snapshot = try source.build(now: now) { parts[$0, default: []].append($1) }
            snapshotTimes.append(watch.milliseconds)
            let evaluate = Stopwatch()
            clashes = engine.evaluateAll(snapshot, config: config)
            evaluateTimes.append(evaluate.milliseconds)
            fullTimes.append(watch.milliseconds)
        }
        let regions = snapshot.regions.map(\.id)
        let themes = context.environment.taxonomy.themes.map(\.code)
        var incremental: [Double] = []
        var applyTimes: [Double] = []
        for step in 0..<(context.rounds * 40) {
            let region = regions[step % regions.count]
            let theme = themes[(step / regions.count + step) % themes.count]
            let watch = Stopwatch()
            var row = try source.refreshedActivity(regionID: region, theme: theme, now: now)
            row.recentCount += 1
            if let index = snapshot.themeActivity.firstIndex(where: { $0.regionID == region && $0.theme == theme }) {
                snapshot.themeActivity[index] = row
            } else {
                snapshot.themeActivity.append(row)
            }
            let apply = Stopwatch()
            engine.apply(.insightLogged(regionID: region, theme: theme), to: &clashes, snapshot: snapshot, config: config)
            applyTimes.append(apply.milliseconds)
            incremental.append(watch.milliseconds)
        }
        let note = "\(clashes.count) clashes; \(snapshot.themeActivity.count) theme rows, \(snapshot.touchpointActivity.count) HCPs with touchpoints"
        return [
            .measured("clash.full", unit: "ms", samples: fullTimes, target: "≤ 1000 ms", met: { $0.p50 <= 1_000 }, note: note),
            .measured("clash.full.snapshot", unit: "ms", samples: snapshotTimes),
        ] + parts.keys.sorted().map { .measured("clash.full.snapshot.\($0)", unit: "ms", samples: parts[$0] ?? []) } + [
            .measured("clash.full.evaluate", unit: "ms", samples: evaluateTimes),
            .measured(
                "clash.incremental", unit: "ms", samples: incremental, target: "≤ 5 ms", met: { $0.p50 <= 5 },
                note: "refresh of one region/theme row from indexed counts + ClashEngine.apply(.insightLogged); the insight write itself is not counted"),
            .measured("clash.incremental.apply", unit: "ms", samples: applyTimes),
        ]
    }
}
