import Foundation
import LiaisonCore
import LiaisonStore

/// Clash recompute through the store's `ClashService`, as the TUI and CLI run it: the full
/// one (SQL snapshot + every rule) and the incremental one after a new insight (refresh of
/// that region × theme row + the affected rules).
enum ClashCases {
    static func run(_ context: BenchContext) throws -> [CaseResult] {
        let environment = context.environment
        let settings = ClashSettings(clashes: environment.clashConfig, needle: environment.needle, roles: environment.roles)
        let now = BenchEnvironment.referenceNow
        let service = try ClashService(store: context.store, settings: settings, now: now)
        let engine = ClashEngine()
        var fullTimes: [(wall: Double, cpu: Double)] = []
        var snapshotTimes: [Double] = []
        var evaluateTimes: [Double] = []
        var partTimes: [ClashSnapshotPart: [Double]] = [:]
        for _ in 0..<(context.rounds * 3) {
            fullTimes.append(try Stopwatch.timeWithCPU { try service.recomputeAll(now: now) })
            let snapshotWatch = Stopwatch()
            let snapshot = try context.store.clashSnapshot(now: now, settings: settings) { part, milliseconds in
                partTimes[part, default: []].append(milliseconds)
            }
            snapshotTimes.append(snapshotWatch.milliseconds)
            let evaluateWatch = Stopwatch()
            _ = engine.evaluateAll(snapshot, config: settings.clashes)
            evaluateTimes.append(evaluateWatch.milliseconds)
        }
        let snapshot = service.currentSnapshot
        let regions = snapshot.regions.map(\.id)
        let themes = environment.taxonomy.themes.map(\.code)
        var incremental: [(wall: Double, cpu: Double)] = []
        for step in 0..<(context.rounds * 40) {
            let region = regions[step % regions.count]
            let theme = themes[(step / regions.count + step) % themes.count]
            incremental.append(try Stopwatch.timeWithCPU { try service.insightChanged(regionID: region, theme: theme) })
        }
        let note = "\(service.clashes().count) clashes; \(snapshot.themeActivity.count) theme rows, "
            + "\(snapshot.touchpointActivity.count) HCPs with touchpoints"
        let parts = ClashSnapshotPart.allCases.map { part in
            CaseResult.measured("clash.full.snapshot.\(part.rawValue)", unit: "ms", samples: partTimes[part] ?? [])
        }
        return [
            .measured(
                "clash.full", unit: "ms", samples: fullTimes.map(\.wall), target: "≤ 1000 ms", met: { $0.p50 <= 1_000 },
                note: note),
            .measured("clash.full.cpu", unit: "cpu-ms", samples: fullTimes.map(\.cpu)),
            .measured("clash.full.snapshot", unit: "ms", samples: snapshotTimes),
        ] + parts + [
            .measured("clash.full.evaluate", unit: "ms", samples: evaluateTimes),
            .measured(
                "clash.incremental", unit: "ms", samples: incremental.map(\.wall), target: "≤ 5 ms", met: { $0.p50 <= 5 },
                note: "ClashService.insightChanged: refresh of one region/theme row in SQL + ClashEngine.apply; the insight write itself is not counted"),
            .measured("clash.incremental.cpu", unit: "cpu-ms", samples: incremental.map(\.cpu)),
        ]
    }
}
