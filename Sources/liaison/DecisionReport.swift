import Foundation
import LiaisonCore
import LiaisonStore

/// The readable form of one decision: header, both cases, the stances grid (people ×
/// stance), the RACI roles of its topic, the resolution and its history from the audit log.
struct DecisionReport {
    var store: LiaisonStore
    var roles: RoleDefinitions
    /// The time overdue review dates are judged against.
    var now: Date

    /// The whole report.
    func render(_ decision: Decision, style: TerminalStyle) throws -> String {
        let people = Dictionary(uniqueKeysWithValues: try store.people().map { ($0.id, $0) })
        var lines: [String] = []
        lines.append(style.bold(decision.title))
        lines.append(style.dim(decision.id.uuidString))
        lines.append("\(decision.status.rawValue) · \(decision.topic.rawValue) · \(decision.scope) · created "
            + "\(ListingPrinter.day(decision.createdAt)) by \(name(decision.createdBy, people))")
        if !decision.clashIDs.isEmpty { lines.append("Clashes: " + decision.clashIDs.joined(separator: ", ")) }
        lines.append("")
        lines += caseLines("Field case", decision.fieldCase, style: style)
        lines += caseLines("Office case", decision.officeCase, style: style)
        lines.append("")
        lines.append(style.bold("Stances"))
        lines += stanceGrid(decision, people: people).render(style: style).split(separator: "\n").map { "  " + $0 }
        lines.append("")
        lines.append(style.bold("Roles (RACI for \(decision.topic.rawValue))"))
        lines += raciTable(roles.raci(for: decision.topic), people: people).render(style: style)
            .split(separator: "\n").map { "  " + $0 }
        lines.append("")
        lines += resolutionLines(decision, people: people, style: style)
        let history = try store.decisionHistory(decision)
        if !history.isEmpty {
            lines.append("")
            lines.append(style.bold("History"))
            for entry in history {
                lines.append("  \(ISODate.format(entry.at))  \(entry.actor)  \(DecisionHistoryText.describe(entry))")
            }
        }
        return lines.joined(separator: "\n") + "\n"
    }

    /// One line naming who is R, A, C and I for `topic`.
    static func raciSummary(_ raci: RACI, topic: DecisionTopic) -> String {
        func list(_ roles: [PersonRole]) -> String { roles.isEmpty ? "–" : roles.map(\.rawValue).joined(separator: ", ") }
        return "RACI for \(topic.rawValue): Responsible \(list(raci.responsible)) · Accountable \(list(raci.accountable))"
            + " · Consulted \(list(raci.consulted)) · Informed \(list(raci.informed))"
    }

    private func name(_ id: PersonID, _ people: [PersonID: Person]) -> String {
        people[id].map { "\($0.name) (\(id))" } ?? id
    }

    private func caseLines(_ title: String, _ value: Case, style: TerminalStyle) -> [String] {
        var lines = [style.bold(title + ": ") + (value.isEmpty ? style.dim("(not written yet)") : value.argument)]
        if !value.evidence.isEmpty {
            lines.append("  evidence: " + value.evidence.map(\.description).joined(separator: ", "))
        }
        return lines
    }

    /// Every RMD and everyone who took a stance, with their latest stance marked.
    private func stanceGrid(_ decision: Decision, people: [PersonID: Person]) -> TextTable {
        var participants = people.values.filter { $0.role == .rmd }.map(\.id).sorted()
        for stance in decision.stances where !participants.contains(stance.personID) {
            participants.append(stance.personID)
        }
        var table = TextTable(columns: [
            .init(title: "PERSON"), .init(title: "ROLE"), .init(title: "SUPPORT"), .init(title: "OPPOSE"),
            .init(title: "ABSTAIN"), .init(title: "RECORDED"), .init(title: "NOTE", maxWidth: 60),
        ])
        for id in participants {
            let latest = decision.stance(of: id)
            let earlier = decision.stances.filter { $0.personID == id }.count - 1
            let mark = { (position: StancePosition) in latest?.position == position ? "●" : "" }
            var note = latest?.note ?? "no stance yet"
            if earlier > 0 { note += " (\(earlier) earlier)" }
            table.append([
                people[id]?.name ?? id, people[id]?.role.rawValue ?? "", mark(.support), mark(.oppose), mark(.abstain),
                ListingPrinter.day(latest?.recordedAt), note,
            ])
        }
        return table
    }

    private func raciTable(_ raci: RACI, people: [PersonID: Person]) -> TextTable {
        var table = TextTable(columns: [.init(title: ""), .init(title: ""), .init(title: "", maxWidth: 70)])
        table.showsHeader = false
        for (letter, roles) in [("Responsible", raci.responsible), ("Accountable", raci.accountable),
                                ("Consulted", raci.consulted), ("Informed", raci.informed)] {
            let holders = people.values.filter { roles.contains($0.role) }.map(\.name).sorted()
            let names = holders.count <= 4 ? holders.joined(separator: ", ") : "\(holders.count) people"
            table.append([letter, roles.map(\.rawValue).joined(separator: ", "), names])
        }
        return table
    }

    private func resolutionLines(_ decision: Decision, people: [PersonID: Person], style: TerminalStyle) -> [String] {
        guard let mode = decision.resolution else { return [style.bold("Resolution: ") + "not resolved yet"] }
        var lines = [style.bold("Resolution: ") + mode.rawValue
            + (decision.decidedBy.map { " by \(name($0, people))" } ?? "")
            + (decision.decidedAt.map { " on \(ListingPrinter.day($0))" } ?? "")]
        if !decision.outcome.isEmpty { lines.append("  outcome: \(decision.outcome)") }
        lines.append("  rationale: \(decision.rationale)")
        if let review = decision.reviewDate {
            let overdue = decision.isOverdue(at: now) ? style.alert(" (past its review date)") : ""
            lines.append("  review: \(ListingPrinter.day(review))\(overdue)")
        }
        let decider = decision.decidedBy.flatMap { people[$0] }
        for warning in DecisionWarning.warnings(for: decision, decider: decider, roles: roles, now: now) {
            lines.append("  " + style.alert("! \(warning)"))
        }
        return lines
    }
}
