import Foundation

/// Builds a weekly meeting's agenda from the state of the data: a pure function of
/// `AgendaInputs`, so the same inputs always give the same items (ids included).
///
/// Sections, in order:
/// 1. clashes new or worsened since the previous meeting, most severe first;
/// 2. decisions due for review or marked for revisit, open decisions, and escalated clashes
///    still waiting for a decision;
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
        let candidates = comparisons(inputs).filter { comparison in
            comparison.change != .unchanged && comparison.disposition != .escalated
                && comparison.clash.level >= settings.minimumClashLevel
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
                evidence: rest.map { $0.clash.id }, timeBoxMinutes: settings.timeBox(.clash, level: .low)))
        }
        return items
    }

    private func clashItem(_ comparison: ClashComparison, week: MeetingWeek) -> AgendaItem {
        let clash = comparison.clash
        var summary = "\(clash.level.rawValue) \(clash.severity)"
        if let previous = comparison.previousSeverity { summary += " (was \(previous))" }
        summary += " · Field: \(clash.fieldPosition) · Office: \(clash.officePosition)"
        let evidence = [clash.id] + clash.evidence.prefix(5).map(Self.compact)
        return AgendaItem(
            id: Self.itemID(week, "clash/\(clash.id)"), source: AgendaItemKind.clash.rawValue,
            title: "\(clash.kind.label): \(clash.subject.label)", reference: clash.id, summary: summary,
            evidence: evidence, severity: clash.severity, flags: [comparison.change == .new ? .new : .worsened],
            timeBoxMinutes: settings.timeBox(.clash, level: clash.level))
    }

    // MARK: 2. Decisions and escalations

    func decisionItems(_ inputs: AgendaInputs) -> [AgendaItem] {
        let weekEnd = inputs.week.end
        let escalated = inputs.clashes.filter { $0.disposition == .escalated && $0.clash != nil }
        var listed: [(rank: Int, date: Date, item: AgendaItem)] = []
        var coveredClashes = Set<String>()
        for decision in inputs.decisions {
            var flags: [AgendaFlag] = []
            if decision.status == .open { flags.append(.awaitingDecision) }
            if decision.status == .revisit { flags.append(.revisit) }
            if let review = decision.reviewDate, review < weekEnd, decision.status != .revisit {
                flags.append(review < inputs.now ? .overdue : .reviewDue)
            }
            guard !flags.isEmpty else { continue }
            let clashIDs = decision.clashIDs + escalated.filter { $0.triage?.decisionID == decision.id }.map(\.clashID)
            let uniqueClashIDs = clashIDs.reduce(into: [String]()) { if !$0.contains($1) { $0.append($1) } }
            coveredClashes.formUnion(uniqueClashIDs)
            let rank = flags.contains(.overdue) ? 0 : flags.contains(.reviewDue) ? 1 : flags.contains(.revisit) ? 2 : 3
            let verb = decision.status == .open ? "Decide" : "Review"
            listed.append((rank, decision.reviewDate ?? decision.createdAt, AgendaItem(
                id: Self.itemID(inputs.week, "decision/\(decision.id.uuidString)"),
                source: AgendaItemKind.decision.rawValue, title: "\(verb): \(decision.title)",
                reference: decision.id.uuidString, summary: Self.summary(of: decision, now: inputs.now),
                evidence: [decision.id.uuidString] + uniqueClashIDs, flags: flags,
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
        return listed.sorted { ($0.rank, $0.date, $0.item.title) < ($1.rank, $1.date, $1.item.title) }.map(\.item)
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
