import Foundation
import LiaisonCore
import LiaisonStore

/// Runs the store work of the Insights screen. Every function is synchronous and throws; the
/// screen calls them inside effects and tests call them directly.
public enum InsightsLoader {
    /// How many status changes the detail pane lists.
    static let historyLimit = 20
    /// How many grouped insights the detail pane lists.
    static let childLimit = 5

    /// Performs `load`, turning errors into the matching failure message. Lifecycle actions
    /// tell `clashes` (when given) which region and theme changed.
    public static func perform(_ load: InsightsLoad, store: LiaisonStore, clashes: ClashServiceHandle? = nil) -> InsightsMessage {
        do {
            let message = try run(load, store: store)
            if case .performed(_, let insight) = message {
                // The action is stored; a failed refresh only leaves the clashes stale until the next reload.
                let (region, theme) = (insight.regionID, insight.theme)
                try? clashes?.refresh { try $0.insightChanged(regionID: region, theme: theme) }
            }
            return message
        } catch {
            if case .perform = load { return .actionFailed(describe(error)) }
            return .failed(describe(error))
        }
    }

    /// A user-facing sentence for a store error.
    public static func describe(_ error: any Error) -> String {
        if let validation = error as? ValidationError { return "\(validation.field): \(validation.reason)" }
        return "\(error)"
    }

    private static func run(_ load: InsightsLoad, store: LiaisonStore) throws -> InsightsMessage {
        switch load {
        case .names: return .namesLoaded(try names(store: store))
        case .first(let generation, let query, let limit, let focus):
            return .listed(generation: generation, try listing(store: store, query: query, limit: limit, focus: focus))
        case .last(let generation, let query, let limit, let total):
            return .listed(generation: generation, try lastListing(store: store, query: query, limit: limit, total: total))
        case .count(let generation, let query):
            return .counted(generation: generation, try store.countInsights(matching: query))
        case .next(let generation, let query, let cursor, let limit):
            let page = try store.insights(matching: query, after: cursor, limit: limit)
            return .pageLoaded(generation: generation, .forward, page)
        case .previous(let generation, let query, let cursor, let limit):
            let page = try store.insights(matching: query, before: cursor, limit: limit)
            return .pageLoaded(generation: generation, .backward, page)
        case .detail(let id):
            guard let detail = try detail(store: store, id: id) else { return .failed("Insight \(id.uuidString) no longer exists") }
            return .detailLoaded(detail)
        case .settle(let generation): return .searchSettled(generation: generation)
        case .settleDetail(let id): return .detailSettled(id)
        case .perform(let action, let id, let person, let link, let parent):
            return .performed(action, try store.perform(action, on: id, by: person, link: link, parent: parent))
        case .linkTargets(let insightID, let regionID):
            return .linkTargetsLoaded(insightID: insightID, try linkTargets(store: store, regionID: regionID))
        case .similarCandidates(let insightID, let theme):
            return .similarLoaded(insightID: insightID, try similarCandidates(store: store, insightID: insightID, theme: theme))
        case .hcpChoices:
            return .hcpChoicesLoaded(try hcpChoices(store: store))
        }
    }

    /// Region, product, people and HCP names (HCPs from the store's narrow directory query,
    /// so pages need no per-row lookups).
    public static func names(store: LiaisonStore) throws -> InsightNames {
        try names(store: store, directory: store.hcpDirectory())
    }

    /// The names, with HCP names taken from `directory` (the session's cached HCP directory).
    static func names(store: LiaisonStore, directory: [HCPDirectoryEntry]) throws -> InsightNames {
        var names = InsightNames()
        for entry in directory { names.hcps[entry.id] = entry.name }
        for region in try store.regions() { names.regions[region.id] = region.name }
        for product in try store.products() { names.products[product.id] = product.name }
        for person in try store.people() { names.people[person.id] = person.name }
        return names
    }

    /// The first page of `query`, not counted; with `focus`, the page around that insight
    /// instead (the focused insight preceded by up to half a page), when it matches the query.
    public static func listing(store: LiaisonStore, query: InsightQuery, limit: Int, focus: UUID?) throws -> InsightListing {
        if let focus, let insight = try store.insight(id: focus) {
            let cursor = PageCursor.insight(insight)
            let before = try store.insights(matching: query, before: cursor, limit: max(1, limit / 2))
            let probe = try before.items.last.map { try store.insights(matching: query, after: .insight($0), limit: 1) }
                ?? store.insights(matching: query, limit: 1)
            if probe.items.first?.id == insight.id {
                let after = try store.insights(matching: query, after: cursor, limit: max(1, limit - before.items.count - 1))
                var newer = query
                newer.since = insight.interactionAt.addingTimeInterval(0.001)
                let strictlyNewer = try store.countInsights(matching: newer)
                let ties = before.items.filter { $0.interactionAt == insight.interactionAt }.count
                let items = before.items + [insight] + after.items
                let page = Page(items: items, next: after.next, previous: before.previous)
                let start = max(0, strictlyNewer + ties - before.items.count)
                return InsightListing(page: page, start: start, focusID: focus)
            }
        }
        let page = try store.insights(matching: query, limit: limit)
        return InsightListing(page: page)
    }

    /// The last page of `query` (read backwards with a keyset, so it costs what the first page
    /// does), placed at the end of a listing of `total` rows (counted here when nil).
    public static func lastListing(store: LiaisonStore, query: InsightQuery, limit: Int, total: Int?) throws -> InsightListing {
        let page = try store.lastInsights(matching: query, limit: limit)
        let count = try total ?? (page.previous == nil ? page.items.count : store.countInsights(matching: query))
        let start = page.previous == nil ? 0 : max(0, count - page.items.count)
        return InsightListing(total: max(count, start + page.items.count), page: page, start: start, selectsLast: true)
    }

    /// Everything the detail pane shows about insight `id`; nil when it is gone.
    public static func detail(store: LiaisonStore, id: UUID) throws -> InsightDetail? {
        guard let insight = try store.insight(id: id) else { return nil }
        let hcp = try insight.hcpID.flatMap { try store.hcp(id: $0) }
        let institution = try (insight.institutionID ?? hcp?.institutionID).flatMap { try store.institution(id: $0) }
        let audit = try store.auditLog(entity: "insight", entityID: id.uuidString, limit: historyLimit)
        var personNames: [PersonID: String] = [:]
        func name(_ person: PersonID) throws -> String {
            if let known = personNames[person] { return known }
            let found = try store.person(id: person)?.name ?? person
            personNames[person] = found
            return found
        }
        let history = try audit.items.reversed().map { entry in
            InsightDetail.HistoryEntry(at: entry.at, actor: try name(entry.actor), change: describe(entry))
        }
        let children = try store.insights(matching: InsightQuery(parentID: id), limit: childLimit).items
        let childCount = children.count < childLimit ? children.count : try store.countInsights(matching: InsightQuery(parentID: id))
        return InsightDetail(
            insight: insight, authorName: try name(insight.authorID),
            regionName: try store.region(id: insight.regionID)?.name ?? insight.regionID,
            hcp: hcp, institution: institution,
            productName: try insight.productID.map { try store.product(id: $0)?.name ?? $0 },
            endorserNames: try insight.endorsedBy.map(name), history: history,
            linkDescription: try insight.link.map { try describe($0, store: store) },
            parent: try insight.parentID.flatMap { try store.insight(id: $0) },
            children: children, childCount: childCount)
    }

    /// "created as submitted", "submitted → reviewed", "endorsed", … for one audit row.
    static func describe(_ entry: AuditEntry) -> String {
        guard let data = entry.summary.data(using: .utf8),
              let object = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return entry.action.rawValue
        }
        if entry.action == .create, let status = object["status"] as? String { return "created as \(status)" }
        if let change = object["status"] as? [Any], change.count == 2 {
            return "\(change[0]) → \(change[1])"
        }
        if object["endorsedBy"] != nil { return "endorsed" }
        if object["parentID"] != nil { return "grouped as similar" }
        return entry.action.rawValue
    }

    /// The link target in words.
    static func describe(_ link: InsightLink, store: LiaisonStore) throws -> String {
        switch link.target {
        case .decision:
            let title = try UUID(uuidString: link.reference).flatMap { try store.decision(id: $0) }?.title
            return "Decision " + (title.map { "“\($0)”" } ?? link.reference)
        case .objective, .tactic:
            let parts = link.reference.split(separator: "#", maxSplits: 1).map(String.init)
            guard parts.count == 2, let plan = try store.plan(id: parts[0]) else { return "\(link.target.rawValue) \(link.reference)" }
            if link.target == .objective, let objective = plan.objectives.first(where: { $0.code == parts[1] }) {
                return "Objective “\(objective.title)” (\(plan.id))"
            }
            return "\(link.target.rawValue.capitalized) \(parts[1]) (\(plan.id))"
        }
    }

    /// Objectives of the latest national plan and the region's latest plan, then open and decided decisions.
    public static func linkTargets(store: LiaisonStore, regionID: RegionID) throws -> [InsightChoice<InsightLink>] {
        var choices: [InsightChoice<InsightLink>] = []
        let regional = try store.plans(scope: .region(regionID)).max { $0.period < $1.period }
        for plan in [try store.nationalPlan(), regional].compactMap({ $0 }) {
            let scope = plan.scope.regionID == nil ? "national" : "regional"
            for objective in plan.rankedObjectives {
                choices.append(InsightChoice(
                    label: "Objective · \(objective.title) (\(scope) \(plan.period))",
                    value: InsightLink(target: .objective, reference: "\(plan.id)#\(objective.code)")))
            }
        }
        for status in [DecisionStatus.open, .revisit, .decided] {
            for decision in try store.decisions(status: status, limit: 100).items {
                choices.append(InsightChoice(
                    label: "Decision · \(decision.title) (\(status.rawValue))",
                    value: InsightLink(target: .decision, reference: decision.id.uuidString)))
            }
        }
        return choices
    }

    /// Up to 50 recent insights in `theme` (not drafts, not the insight itself) to group under.
    public static func similarCandidates(store: LiaisonStore, insightID: UUID, theme: ThemeCode) throws -> [InsightChoice<UUID>] {
        let statuses = Set(InsightStatus.allCases).subtracting([.draft, .archived])
        let page = try store.insights(matching: InsightQuery(theme: theme, statuses: statuses), limit: 51)
        return page.items.filter { $0.id != insightID }.prefix(50).map { insight in
            InsightChoice(label: "\(DayFormat.iso(insight.interactionAt))  \(firstLine(insight.whatWasSaid))", value: insight.id)
        }
    }

    /// Every HCP (by name, with institution and city) for the filter picker.
    public static func hcpChoices(store: LiaisonStore) throws -> [InsightChoice<HCPID>] {
        try store.hcpDirectory().map { InsightChoice(label: "\($0.name) · \($0.institutionName), \($0.city)", value: $0.id) }
    }

    /// The first line of `text`.
    static func firstLine(_ text: String) -> String {
        guard let newline = text.utf8.firstIndex(of: UInt8(ascii: "\n")) else { return text }
        return String(text[..<newline])
    }

    /// The first line of `text`, cut after `limit` characters (a table cell narrower than
    /// that shows the same).
    static func firstLine(_ text: String, limit: Int) -> String {
        let line = firstLine(text)
        guard line.utf8.count > limit else { return line }
        return String(line.prefix(limit))
    }
}
