import Foundation
import LiaisonCore
import LiaisonStore

/// Writes a synthetic data set through the store: the reference data, plans and decisions
/// as one dataset import, then insights and touchpoints through the bulk API in batched
/// transactions.
struct DataGenerator {
    let scale: BenchScale
    let seed: UInt64
    let now: Date
    let world: ReferenceWorld

    init(scale: BenchScale, seed: UInt64, now: Date = BenchEnvironment.referenceNow) throws {
        self.scale = scale
        self.seed = seed
        self.now = now
        world = try ReferenceWorld(scale: scale, seed: seed)
    }

    /// Regions, people, products, institutions, HCPs, plans and decisions.
    func referenceDataset() throws -> Dataset {
        Dataset(
            regions: world.regions, people: world.people, products: world.products,
            institutions: world.institutions, hcps: world.hcps,
            plans: try PlanBook.plans(world: world, seed: seed),
            decisions: try DecisionFactory.decisions(world: world, seed: seed, now: now))
    }

    /// Writes the reference data only (for a fresh database to import a CSV into).
    func writeReference(to store: LiaisonStore) throws {
        try store.importDataset(referenceDataset(), actor: BenchEnvironment.actor)
    }

    /// Writes everything; `progress` hears about each finished step.
    func writeAll(to store: LiaisonStore, progress: (String) -> Void) throws {
        try writeReference(to: store)
        progress("reference data: \(world.regions.count) regions, \(world.people.count) people, \(world.hcps.count) HCPs, \(world.institutions.count) institutions, \(scale.decisions) decisions")
        let insights = InsightFactory(world: world, seed: seed, now: now)
        var written = 0
        while written < scale.insights {
            // Batches grow with the table, and the last one takes the remainder, so each is at
            // least a quarter of what is stored and the store rebuilds its indexes once per batch.
            let remaining = scale.insights - written
            var size = min(remaining, max(50_000, written))
            if remaining - size < size { size = remaining }
            let range = written..<(written + size)
            let source = GeneratedSequence(range: range, make: insights.insight)
            try store.write(actor: BenchEnvironment.actor) { transaction in
                try transaction.insertInsights(source)
            }
            try source.failure.check()
            written += size
            progress("insights: \(written)/\(scale.insights)")
        }
        let touchpoints = TouchpointFactory(world: world, seed: seed, now: now)
        let source = GeneratedSequence(range: 0..<scale.touchpoints, make: touchpoints.touchpoint)
        try store.write(actor: BenchEnvironment.actor) { transaction in
            try transaction.insertTouchpoints(source)
        }
        try source.failure.check()
        progress("touchpoints: \(scale.touchpoints)")
    }
}

/// A lazy sequence of generated records; a generator error ends the sequence early and is
/// kept in `failure` for the caller to rethrow once the store call returns.
struct GeneratedSequence<Element>: Sequence {
    let range: Range<Int>
    let make: (Int) throws -> Element
    let failure = FailureBox()

    func makeIterator() -> AnyIterator<Element> {
        var index = range.lowerBound
        let failure = self.failure
        return AnyIterator {
            guard index < range.upperBound, failure.error == nil else { return nil }
            defer { index += 1 }
            do {
                return try make(index)
            } catch {
                failure.error = error
                return nil
            }
        }
    }
}

/// Holds the first error of a `GeneratedSequence`.
final class FailureBox {
    var error: (any Error)?

    /// Rethrows the stored error, if any.
    func check() throws {
        if let error { throw error }
    }
}
