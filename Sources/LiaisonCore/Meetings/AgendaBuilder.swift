import Foundation

/// Builds a weekly meeting's agenda from the state of the data: a pure function of
/// `AgendaInputs`, so the same inputs always give the same items (ids included).
///
/// Sections, in order:
/// 1. clashes new or worsened since the previous meeting, most severe first;
/// 2. decisions due for review or marked for revisit, open decisions, and escalated clashes
///    still waiting for a decision (a clash a listed decision answers is folded into the
///    decision's item, see `decisionItems`);
/// 3. open action items from earlier meetings, overdue ones first and flagged;
/// 4. per region, the insight themes with the largest week-on-week change, with their series;
/// 5. one quick-stats line per region.
public struct AgendaBuilder: Sendable {
    public var settings: AgendaSettings

    /// Creates a builder.
    public init(settings: AgendaSettings = .defaults) {
        self.settings = settings
    }

    /// The agenda for `inputs`.
    public func build(_ inputs: AgendaInputs) -> [AgendaItem] {
        clashItems(inputs) + decisionItems(inputs) + actionItems(inputs) + themeItems(inputs) + statsItems(inputs)
    }

    /// The severities to record on the meeting: every active clash that still computes.
    public static func severitiesToRecord(_ clashes: [ClashStatus]) -> [String: Int] {
        var result: [String: Int] = [:]
        for status in clashes where status.disposition.isActive {
            if let clash = status.clash { result[clash.id] = clash.severity }
        }
        return result
    }

    /// The change of every active clash against the previous meeting, in clash order.
    public func comparisons(_ inputs: AgendaInputs) -> [ClashComparison] {
        inputs.clashes.compactMap { status in
            guard status.disposition.isActive, let clash = status.clash else { return nil }
            let previous: Int? = inputs.previousSeverities.flatMap { $0[clash.id] }
            let change = ClashChange.classify(
                severity: clash.severity, previous: previous, step: settings.worsenedStep, levels: settings.levels)
            return ClashComparison(clash: clash, previousSeverity: previous, change: change, disposition: status.disposition)
        }
    }

    /// Item id for `key` in `week`: stable across rebuilds.
    static func itemID(_ week: MeetingWeek, _ key: String) -> UUID {
        DerivedID.uuid("agenda/\(week)/\(key)")
    }

    // MARK: 1. Clashes

    func clashItems(_ inputs: AgendaInputs) -> [AgendaItem] {
        let answered = Set(listedDecisions(inputs).flatMap(\.clashIDs))
        let candidates = comparisons(inputs).filter { comparison in
            comparison.change != .unchanged && comparison.disposition != .escalated
                && comparison.clash.level >= settings.minimumClashLevel && !answered.contains(comparison.clash.id)
        }
        var items = candidates.prefix(settings.maxClashItems).map { clashItem($0, week: inputs.week) }
        let rest = Array(candidates.dropFirst(settings.maxClashItems))
        if !rest.isEmpty {
            var counts: [String] = []
            for level in ClashLevel.allCases.reversed() {
                let count = rest.filter { $0.clash.level == level }.count
                if count > 0 { counts.append("\(count) \(level.rawValue)") }
            }
            items.append(AgendaItem(
                id: Self.itemID(inputs.week, "clash/more"), source: AgendaItemKind.clash.rawValue,
                title: "\(rest.count) more new or worsened clashes", summary: counts.joined(separator: ", "),
                evidence: rest.map { $0.clash.id }, timeBoxMinutes: settings.overflowMinutes))
        }
        return items
    }

    private func clashItem(_ comparison: ClashComparison, week: MeetingWeek) -> AgendaItem {
        let clash = comparison.clash
        let summary = "\(Self.severityText(comparison)) · Field: \(clash.fieldPosition) · Office: \(clash.officePosition)"
        let evidence = [clash.id] + clash.evidence.prefix(5).map(Self.compact)
        return AgendaItem(
            id: Self.itemID(week, "clash/\(clash.id)"), source: AgendaItemKind.clash.rawValue,
            title: "\(clash.kind.label): \(clash.subject.label)", reference: clash.id, summary: summary,
            evidence: evidence, severity: clash.severity, flags: [comparison.change == .new ? .new : .worsened],
            timeBoxMinutes: settings.timeBox(.clash, level: clash.level))
    }

    /// `high 70 (was 60)`.
    private static func severityText(_ comparison: ClashComparison) -> String {
        var text = "\(comparison.clash.level.rawValue) \(comparison.clash.severity)"
        if let previous = comparison.previousSeverity { text += " (was \(previous))" }
        return text
    }

    // MARK: 2. Decisions and escalations

    /// A decision the agenda lists, why, and the clashes it answers: its own `clashIDs` and
    /// the escalated clashes whose triage names it.
    struct ListedDecision {
        var decision: Decision
        var flags: [AgendaFlag]
        var clashIDs: [String]
    }

    /// The decisions that get an item: open, marked for revisit, or with a review date
    /// before the end of the meeting week; in input order.
    func listedDecisions(_ inputs: AgendaInputs) -> [ListedDecision] {
        let weekEnd = inputs.week.end
        let escalated = inputs.clashes.filter { $0.disposition == .escalated && $0.clash != nil }
        return inputs.decisions.compactMap { decision in
            var flags: [AgendaFlag] = []
            if decision.status == .open { flags.append(.awaitingDecision) }
            if decision.status == .revisit { flags.append(.revisit) }
            if let review = decision.reviewDate, review < weekEnd, decision.status != .revisit {
                flags.append(review < inputs.now ? .overdue : .reviewDue)
            }
            guard !flags.isEmpty else { return nil }
            let clashIDs = decision.clashIDs + escalated.filter { $0.triage?.decisionID == decision.id }.map(\.clashID)
            return ListedDecision(
                decision: decision, flags: flags,
                clashIDs: clashIDs.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } })
        }
    }

    /// One item per listed decision, then one per escalated clash no listed decision answers.
    ///
    /// A clash a listed decision answers gets no item of its own: the meeting discusses the
    /// question once, under the decision that settles it, instead of splitting it over two
    /// time boxes. So that nothing the clash item would have said is lost, the decision item
    /// takes the severity of its most severe current clash (with `(was …)` in the summary)
    /// and the `new` / `worsened` flag any of its clashes would have carried as a clash item.
    func decisionItems(_ inputs: AgendaInputs) -> [AgendaItem] {
        let escalated = inputs.clashes.filter { $0.disposition == .escalated && $0.clash != nil }
        let comparisons = Dictionary(comparisons(inputs).map { ($0.clash.id, $0) }, uniquingKeysWith: { first, _ in first })
        var listed: [(rank: Int, date: Date, item: AgendaItem)] = []
        var coveredClashes = Set<String>()
        for entry in listedDecisions(inputs) {
            let decision = entry.decision
            coveredClashes.formUnion(entry.clashIDs)
            let answered = entry.clashIDs.compactMap { comparisons[$0] }
            let mostSevere = answered.max { $0.clash.severity < $1.clash.severity }
            var flags = entry.flags
            for change in [ClashChange.new, .worsened]
            where answered.contains(where: { $0.change == change && $0.clash.level >= settings.minimumClashLevel }) {
                flags.append(change == .new ? .new : .worsened)
            }
            var summary = Self.summary(of: decision, now: inputs.now)
            if let mostSevere { summary += " · clash \(Self.severityText(mostSevere))" }
            let rank = flags.contains(.overdue) ? 0 : flags.contains(.reviewDue) ? 1 : flags.contains(.revisit) ? 2 : 3
            let verb = decision.status == .open ? "Decide" : "Review"
            listed.append((rank, decision.reviewDate ?? decision.createdAt, AgendaItem(
                id: Self.itemID(inputs.week, "decision/\(decision.id.uuidString)"),
                source: AgendaItemKind.decision.rawValue, title: "\(verb): \(decision.title)",
                reference: decision.id.uuidString, summary: summary,
                evidence: [decision.id.uuidString] + entry.clashIDs, severity: mostSevere?.clash.severity, flags: flags,
                timeBoxMinutes: settings.timeBox(.decision))))
        }
        for status in escalated where !coveredClashes.contains(status.clashID) {
            guard let clash = status.clash, let triage = status.triage else { continue }
            if let decisionID = triage.decisionID,
               inputs.decisions.first(where: { $0.id == decisionID })?.status == .decided {
                continue
            }
            var summary = "escalated \(AgendaText.day(triage.at)) by \(Self.name(triage.by, inputs.people))"
            if let reason = triage.reason, !reason.isEmpty { summary += ": \(reason)" }
            summary += " · \(clash.level.rawValue) \(clash.severity)"
            listed.append((3, triage.at, AgendaItem(
                id: Self.itemID(inputs.week, "escalation/\(clash.id)"), source: AgendaItemKind.escalation.rawValue,
                title: "Escalated: \(clash.kind.label): \(clash.subject.label)", reference: clash.id, summary: summary,
                evidence: [clash.id] + (triage.decisionID.map { [$0.uuidString] } ?? []), severity: clash.severity,
                flags: [.awaitingDecision], timeBoxMinutes: settings.timeBox(.escalation))))
        }
        let ranked = listed.sorted { ($0.rank, $0.date, $0.item.title) < ($1.rank, $1.date, $1.item.title) }
        let rest = ranked.dropFirst(settings.maxDecisionItems)
        guard !rest.isEmpty else { return ranked.map(\.item) }
        return ranked.prefix(settings.maxDecisionItems).map(\.item) + [decisionOverflow(rest.map(\.item), week: inputs.week)]
    }

    /// One item for the decisions and escalations past `maxDecisionItems`, counted by flag.
    private func decisionOverflow(_ rest: [AgendaItem], week: MeetingWeek) -> AgendaItem {
        var counts: [String] = []
        for (flag, label) in [(AgendaFlag.overdue, "overdue"), (.reviewDue, "due for review"), (.revisit, "to revisit"),
                              (.awaitingDecision, "awaiting a decision")] {
            let count = rest.filter { $0.flags.contains(flag) }.count
            if count > 0 { counts.append("\(count) \(label)") }
        }
        return AgendaItem(
            id: Self.itemID(week, "decision/more"), source: AgendaItemKind.decision.rawValue,
            title: "\(rest.count) more decisions and escalations (Decisions screen)", summary: counts.joined(separator: ", "),
            evidence: rest.compactMap(\.reference), timeBoxMinutes: settings.overflowMinutes)
    }

    /// `kind:id`, or just the id when it already starts with its kind (`hcp:h0042`).
    static func compact(_ reference: EvidenceRef) -> String {
        reference.id.hasPrefix(reference.kind.rawValue + ":") ? reference.id : reference.description
    }

    static func summary(of decision: Decision, now: Date) -> String {
        var parts = [decision.status.rawValue, decision.scope.description, decision.topic.rawValue]
        if let resolution = decision.resolution { parts.append(resolution.rawValue) }
        if let review = decision.reviewDate {
            parts.append("review \(AgendaText.day(review))" + (decision.isOverdue(at: now) ? " (overdue)" : ""))
        }
        if !decision.outcome.isEmpty { parts.append("outcome: \(decision.outcome)") }
        return parts.joined(separator: " · ")
    }

    static func name(_ id: PersonID, _ people: [Person]) -> String {
        people.first { $0.id == id }?.name ?? id
    }
}
