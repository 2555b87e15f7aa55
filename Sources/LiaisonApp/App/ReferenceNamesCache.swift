import Foundation
import LiaisonStore

/// The names the Insights and People screens show for ids (regions, products, people,
/// institutions, HCPs), read once per session and prepared in the background right after
/// start, like `HCPPickerCache`: reading them (20,000 HCP names, 2,000 institutions and
/// people at the reference scale) on a screen's first visit held up its first frame. The TUI
/// never changes this reference data; what another process adds shows from the next start.
public final class ReferenceNamesCache: @unchecked Sendable {
    private let insightNames = SessionValue<InsightNames>()
    private let peopleNames = SessionValue<PeopleNames>()

    /// An empty cache; the first read or `preload` fills it.
    public init() {}

    /// The Insights screen's names when already read (never touches the store).
    public var cachedInsightNames: InsightNames? { insightNames.cached }

    /// The People screen's names when already read (never touches the store).
    public var cachedPeopleNames: PeopleNames? { peopleNames.cached }

    /// The Insights screen's names, read from `store` the first time; HCP names come from
    /// the session's HCP directory.
    func insights(store: LiaisonStore, hcps: HCPPickerCache) throws -> InsightNames {
        try insightNames.value {
            try InsightsLoader.names(store: store, directory: hcps.directory(store: store).entries)
        }
    }

    /// The People screen's names, read from `store` the first time.
    func people(store: LiaisonStore) throws -> PeopleNames {
        try peopleNames.value { try PeopleLoader.names(store: store) }
    }

    /// Reads both sets of names now unless cached; a failure is left for the screens to
    /// report when they read the names themselves.
    public func preload(store: LiaisonStore, hcps: HCPPickerCache) {
        _ = try? insights(store: store, hcps: hcps)
        _ = try? people(store: store)
    }
}
