import Foundation
import LiaisonCore
import TerminalKit

/// The decision detail as rows: heading, guardrail warnings, both cases with their evidence,
/// the stances grid (every RMD plus anyone who recorded a stance), the RACI panel for the
/// topic, the resolution, linked clashes and the history.
struct DecisionDetailPage {
    let lines: DetailLines
    let height: Int

    /// The frame of the detail inside the content area.
    static func block(_ title: String?, theme: Palette) -> Block {
        Block(title: "Decision · " + (title ?? ""), footer: "Esc back to the list", theme: theme)
    }

    /// The page for the state's open decision in `context.area`.
    static func page(state: DecisionsState, context: ScreenContext) -> DecisionDetailPage {
        let inner = block(state.openTitle, theme: context.theme).inner(context.area)
        var lines = DetailLines(width: inner.width)
        if let detail = state.detail, let data = state.data {
            lines = build(detail, data: data, warnings: state.warnings, context: context, width: inner.width)
        }
        return DecisionDetailPage(lines: lines, height: inner.height)
    }

    /// The rows of `detail` at `width` columns.
    static func build(_ detail: DecisionDetail, data: DecisionsData, warnings: [String], context: ScreenContext, width: Int) -> DetailLines {
        let theme = context.theme
        let decision = detail.decision
        var lines = DetailLines(width: width)
        lines.row([Span(decision.title, style: theme.header)])
        let section = DecisionSection.of(decision, now: data.now)
        lines.row([
            Span(decision.status.rawValue.uppercased(), style: decision.status == .decided ? theme.success : theme.warning),
            Span(section == .due ? " · due for review" : "", style: theme.error),
            Span(" · topic \(decision.topic.rawValue) · scope \(data.scope(decision.scope))", style: theme.base),
            Span(" · drafted \(DayFormat.iso(decision.createdAt)) by \(data.name(decision.createdBy))", style: theme.muted),
        ])
        for warning in warnings { lines.wrapped("⚠ " + warning, style: theme.warning) }
        cases(decision, into: &lines, theme: theme)
        stances(decision, data: data, into: &lines, theme: theme)
        raci(decision, data: data, context: context, into: &lines)
        resolution(decision, data: data, into: &lines, theme: theme)
        lines.heading("Linked clashes · o opens", style: theme.title)
        if detail.clashesComputing {
            lines.row([Span("computing clashes…", style: theme.muted)])
        } else if detail.clashes.isEmpty {
            lines.row([Span(decision.clashIDs.isEmpty ? "none" : decision.clashIDs.joined(separator: ", "), style: theme.muted)])
        }
        for status in detail.clashes {
            let level = status.clash?.level
            lines.row([
                Span((level?.rawValue ?? "—").padded(toWidth: 9), style: level.map { ClashStyle.level($0, theme: theme) } ?? theme.muted),
                Span(status.clash.map { "\($0.kind.label): \($0.subject.label)" } ?? status.clashID),
                Span(" — " + ClashStyle.disposition(status.disposition), style: theme.accent),
            ])
        }
        lines.heading("History", style: theme.title)
        if detail.history.isEmpty { lines.row([Span("nothing recorded yet", style: theme.muted)]) }
        for entry in detail.history {
            let text = "\(DayFormat.iso(entry.at)) \(data.name(entry.actor)): " + AuditText.describe(entry, name: data.name)
            lines.wrapped(text)
        }
        return lines
    }

    private static func cases(_ decision: Decision, into lines: inout DetailLines, theme: Palette) {
        let field = caseText(decision.fieldCase)
        let office = caseText(decision.officeCase)
        if lines.width >= ClashDetailPage.sideBySideWidth {
            lines.gap()
            lines.sideBySide(("Field case", field), ("Office case", office), titleStyle: theme.title, style: theme.base)
        } else {
            lines.heading("Field case", style: theme.title)
            lines.wrapped(field)
            lines.heading("Office case", style: theme.title)
            lines.wrapped(office)
        }
    }

    private static func caseText(_ side: Case) -> String {
        let argument = side.isEmpty ? "(not written down yet)" : side.argument
        guard !side.evidence.isEmpty else { return argument }
        return argument + "\nEvidence: " + side.evidence.map(\.description).joined(separator: ", ")
    }

    /// People × stance: every RMD, then anyone else who recorded one; latest stance each.
    private static func stances(_ decision: Decision, data: DecisionsData, into lines: inout DetailLines, theme: Palette) {
        lines.heading("Stances · s records yours", style: theme.title)
        let rmds = data.people.filter { $0.role == .rmd }.map(\.id)
        var order = rmds
        for stance in decision.stances where !order.contains(stance.personID) { order.append(stance.personID) }
        let nameWidth = min(22, max(8, lines.width / 4))
        lines.row([Span("Person".padded(toWidth: nameWidth) + " " + "Role".padded(toWidth: 13) + " " + "Stance".padded(toWidth: 8) + " Note",
                        style: theme.header.underlined())])
        for id in order {
            let person = data.people.first { $0.id == id }
            let stance = decision.stance(of: id)
            let position = stance?.position.rawValue ?? "—"
            let style: Style = switch stance?.position {
            case .support: theme.success
            case .oppose: theme.error
            case .abstain: theme.muted
            case nil: theme.muted
            }
            let note = stance.map { $0.note.isEmpty ? DayFormat.iso($0.recordedAt) : "\($0.note) (\(DayFormat.iso($0.recordedAt)))" } ?? ""
            lines.row([
                Span((person?.name ?? id).padded(toWidth: nameWidth) + " "),
                Span((person?.role.label ?? "").padded(toWidth: 13) + " ", style: theme.muted),
                Span(position.padded(toWidth: 8) + " ", style: style),
                Span(note, style: theme.muted),
            ])
        }
        let counts = StancePosition.allCases.map { position in
            "\(order.filter { decision.stance(of: $0)?.position == position }.count) \(position.rawValue)"
        }
        lines.row([Span(counts.joined(separator: " · "), style: theme.muted)])
    }

    private static func raci(_ decision: Decision, data: DecisionsData, context: ScreenContext, into lines: inout DetailLines) {
        let theme = context.theme
        let raci = context.env.roles.raci(for: decision.topic)
        lines.heading("RACI · \(decision.topic.rawValue)", style: theme.title)
        let rows: [(String, [PersonRole])] = [
            ("Accountable", raci.accountable), ("Responsible", raci.responsible),
            ("Consulted", raci.consulted), ("Informed", raci.informed),
        ]
        for (label, roles) in rows {
            let names = roles.map { role -> String in
                let people = data.people.filter { $0.role == role }.map(\.name)
                let shown = people.count > 3 ? people.prefix(3).joined(separator: ", ") + " +\(people.count - 3)" : people.joined(separator: ", ")
                return role.label + (shown.isEmpty ? "" : " (\(shown))")
            }
            let marker = label == "Accountable" ? "★ " : "  "
            lines.field(marker + label, names.isEmpty ? "—" : names.joined(separator: "; "), labelStyle: label == "Accountable" ? theme.accent.bold() : theme.muted)
        }
        guard let person = context.person else { return }
        let you: String
        if raci.accountable.contains(person.role) {
            you = "You (\(person.role.label)) are Accountable: you may resolve."
        } else if DecisionRoles.canResolve(person, topic: decision.topic, roles: context.env.roles) {
            you = "You (\(person.role.label)) are Responsible: you may resolve; an executive ruling by you raises a role-overreach clash."
        } else {
            you = "You (\(person.role.label)) record your stance; the \(DecisionRoles.deciders(decision.topic, roles: context.env.roles)) resolve."
        }
        lines.wrapped(you, style: theme.muted)
    }

    private static func resolution(_ decision: Decision, data: DecisionsData, into lines: inout DetailLines, theme: Palette) {
        lines.heading("Resolution", style: theme.title)
        lines.field("Mode", decision.resolution.map(DecisionForm.label) ?? "—", labelStyle: theme.muted)
        lines.field("Outcome", decision.outcome, labelStyle: theme.muted)
        lines.field("Rationale", decision.rationale, labelStyle: theme.muted)
        lines.field("Decided by", decision.decidedBy.map(data.name) ?? "—", labelStyle: theme.muted)
        lines.field("Decided on", decision.decidedAt.map(DayFormat.iso) ?? "—", labelStyle: theme.muted)
        let overdue = decision.isOverdue(at: data.now) ? " (passed)" : ""
        lines.field("Review date", decision.reviewDate.map { DayFormat.iso($0) + overdue } ?? "—", labelStyle: theme.muted,
                    valueStyle: overdue.isEmpty ? theme.base : theme.error)
    }
}
