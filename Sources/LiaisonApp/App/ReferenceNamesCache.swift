import Foundation
import LiaisonStore

/// The names the Insights and People screens show for ids (regions, products, people,
/// institutions, HCPs), read once per session and prepared in the background right after
/// start, like `HCPPickerCache`: reading them (20,000 HCP names, 2,000 institutions and
/// people at the reference scale) on a screen's first visit held up its first frame. The TUI
/// never changes this reference data; what another process adds shows from the next start.
public final class ReferenceNamesCache: @unchecked Sendable {
    private let lock = NSLock()
    private var insightNames: InsightNames?
    private var peopleNames: PeopleNames?

    /// An empty cache; the first read or `preload` fills it.
    public init() {}

    /// The Insights screen's names when already read (never touches the store).
    public var cachedInsightNames: InsightNames? { locked { insightNames } }

    /// The People screen's names when already read (never touches the store).
    public var cachedPeopleNames: PeopleNames? { locked { peopleNames } }

    /// The Insights screen's names, read from `store` the first time; HCP names come from
    /// the session's HCP directory.
    func insights(store: LiaisonStore, hcps: HCPPickerCache) throws -> InsightNames {
        if let cached = cachedInsightNames { return cached }
        let built = try InsightsLoader.names(store: store, directory: hcps.directory(store: store).entries)
        return locked {
            if let insightNames { return insightNames }
            insightNames = built
            return built
        }
    }

    /// The People screen's names, read from `store` the first time.
    func people(store: LiaisonStore) throws -> PeopleNames {
        if let cached = cachedPeopleNames { return cached }
        let built = try PeopleLoader.names(store: store)
        return locked {
            if let peopleNames { return peopleNames }
            peopleNames = built
            return built
        }
    }

    /// Reads both sets of names now unless cached; a failure is left for the screens to
    /// report when they read the names themselves.
    public func preload(store: LiaisonStore, hcps: HCPPickerCache) {
        _ = try? insights(store: store, hcps: hcps)
        _ = try? people(store: store)
    }

    private func locked<T>(_ body: () -> T) -> T {
        lock.lock()
        defer { lock.unlock() }
        return body()
    }
}
