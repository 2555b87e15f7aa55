import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

extension LogInsightScreen {
    /// Checks the form (required fields, time, compliance) and, when it passes, saves the
    /// insight as `status` in an effect. Failures go next to their fields; the text stays.
    static func save(_ state: LogInsightState, as status: InsightStatus, context: ScreenContext) -> ScreenResult<LogInsightState> {
        guard !state.isSaving, let choices = state.choices, let person = context.person else { return ScreenResult(state) }
        var next = state
        next.picker = nil
        let checked = check(next.values, choices: choices, person: person, compliance: context.env.compliance)
        for field in LogInsightField.allCases { next.form.fields[field.rawValue].message = checked.messages[field] }
        next.banner = checked.banner
        guard let draft = checked.insight, checked.messages.isEmpty else {
            let first = LogInsightField.allCases.first { checked.messages[$0] != nil } ?? .whatWasSaid
            next.form.focus(first.rawValue)
            let text = checked.banner == nil ? "Not saved — fix \(first.label)" : "Not saved — compliance"
            return ScreenResult(next, requests: [.status(text, .error)])
        }
        next.isSaving = true
        let store = context.env.store
        let clashes = context.env.clashHandle
        let clock = context.env.clock
        let kind = state.draftKind
        let revision = state.revision
        let existing = state.draftInsightID
        let effect: Effect<AppMessage> = .run {
            do {
                let insight = try draft.insight(id: existing ?? UUID(), status: status, loggedAt: clock())
                let saved = existing == nil
                    ? try store.logInsight(insight, by: person.id)
                    : try store.updateDraftInsight(insight, by: person.id)
                try? store.discardFormDraft(personID: person.id, kind: kind, revision: revision)
                // The insight is stored; a failed refresh only leaves the clashes stale until the next reload.
                let (region, theme) = (saved.regionID, saved.theme)
                try? clashes?.refresh { try $0.insightChanged(regionID: region, theme: theme) }
                return .logInsight(.saved(saved))
            } catch let error as ValidationError {
                return .logInsight(.rejected(error))
            } catch {
                return .logInsight(.saveFailed("\(error)"))
            }
        }
        return ScreenResult(next, effects: [effect])
    }

    /// What the checks found: messages per field, a compliance banner, and the insight's
    /// parts when everything passed.
    struct CheckResult {
        var messages: [LogInsightField: String] = [:]
        var banner: String?
        var insight: InsightParts?
    }

    /// The values of an insight still missing its id, status and log time (set by the effect).
    struct InsightParts: Sendable {
        let authorID: PersonID
        let regionID: RegionID
        let hcp: HCPDirectoryEntry?
        let values: LogInsightDraft
        let interactionAt: Date

        func insight(id: UUID, status: InsightStatus, loggedAt: Date) throws -> Insight {
            try Insight(
                id: id, authorID: authorID, regionID: regionID, hcpID: hcp?.id, institutionID: hcp?.institutionID,
                productID: values.productID, theme: values.theme ?? "", listeningPriority: values.listeningPriority,
                interactionAt: interactionAt, loggedAt: max(loggedAt, interactionAt),
                whatWasSaid: values.whatWasSaid.trimmingCharacters(in: .whitespacesAndNewlines),
                whyItMatters: values.whyItMatters.trimmingCharacters(in: .whitespacesAndNewlines),
                sentiment: values.sentiment, channel: values.channel, status: status)
        }
    }

    /// Runs every check that needs no store: required fields, the region, the time and the
    /// compliance scan of both texts.
    static func check(_ values: LogInsightDraft, choices: LogInsightChoices, person: Person, compliance: ComplianceChecker) -> CheckResult {
        var result = CheckResult()
        let hcp = choices.hcp(values.hcpID)
        if values.theme == nil { result.messages[.theme] = "Required — type to pick a theme" }
        if values.whatWasSaid.allSatisfy(\.isWhitespace) { result.messages[.whatWasSaid] = "Required — what did the HCP say?" }
        let regionID = hcp?.regionID ?? person.regionID
        if regionID == nil { result.messages[.hcp] = "Pick the HCP: it sets the region (you have no region of your own)" }
        var interactionAt: Date?
        switch choices.time.parse(values.when) {
        case .success(let date): interactionAt = date
        case .failure(let error): result.messages[.when] = error.reason
        }
        var findings: [String] = []
        for (field, text) in [(LogInsightField.whatWasSaid, values.whatWasSaid), (.whyItMatters, values.whyItMatters)] {
            let found = compliance.findings(in: text)
            guard !found.isEmpty else { continue }
            result.messages[field] = "Blocked: " + found.map { "\"\($0.matched)\" (\($0.category))" }.joined(separator: ", ")
            findings += found.map { "\"\($0.matched)\": \($0.reason)" }
        }
        if !findings.isEmpty {
            result.banner = "Not saved: " + findings.joined(separator: "; ")
        }
        if let regionID, let interactionAt {
            result.insight = InsightParts(authorID: person.id, regionID: regionID, hcp: hcp, values: values, interactionAt: interactionAt)
        }
        return result
    }
}
