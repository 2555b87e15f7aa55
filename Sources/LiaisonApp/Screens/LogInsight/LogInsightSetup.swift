import Foundation
import LiaisonCore
import LiaisonStore

/// What the form needs when it opens: the choices, the values to start from (a kept draft,
/// a draft insight being continued, or an empty form) and the draft revision to count from.
struct LogInsightSetup: Sendable {
    let choices: LogInsightChoices
    let values: LogInsightDraft
    let revision: Int
    /// Where `values` came from.
    let origin: Origin

    enum Origin: Equatable, Sendable {
        case empty
        case keptDraft(Date)
        case draftInsight
    }

    /// Loads everything in one go (called by the open effect and by tests). `draftInsightID`
    /// names a stored draft insight to continue; the HCPs come from `hcps` (the session's cache).
    static func load(store: LiaisonStore, taxonomy: Taxonomy, personID: PersonID, draftInsightID: UUID?,
                     kind: String, now: Date, timeZone: TimeZone, hcps: HCPPickerCache = HCPPickerCache()) throws -> LogInsightSetup {
        let time = InteractionTime(now: now, timeZone: timeZone)
        let national = try store.nationalPlan()
        let directory = try hcps.directory(store: store)
        let choices = LogInsightChoices(
            hcps: directory.entries, hcpIndex: directory.index, products: try store.products(), themes: taxonomy.themes,
            priorities: national?.listeningPriorities ?? [], regions: try store.regions(), time: time)
        let revision = try store.formDraftRevision(personID: personID, kind: kind)
        if let kept = try store.formDraft(personID: personID, kind: kind), let values = LogInsightDraft.decoded(kept.payload) {
            return LogInsightSetup(choices: choices, values: values, revision: revision, origin: .keptDraft(kept.updatedAt))
        }
        if let id = draftInsightID, let insight = try store.insight(id: id), insight.status == .draft {
            let values = LogInsightDraft(insight: insight, when: time.format(insight.interactionAt))
            return LogInsightSetup(choices: choices, values: values, revision: revision, origin: .draftInsight)
        }
        return LogInsightSetup(choices: choices, values: LogInsightDraft(when: time.format(now)), revision: revision, origin: .empty)
    }
}
