import Foundation
import LiaisonCore
import TerminalKit

/// The decision ritual's forms (stance, resolve, revisit, cases) as one component: who may
/// open which form, the keys while a form is open, the store work a submission asks for
/// (`DecisionsLoad`, run through `DecisionsLoader.perform`) and the `.saved`/`.rejected`
/// results put back onto the form. The Decisions screen and the meeting presenter both hold
/// one; each keeps its own outbox and reloads.
public struct DecisionRitual: Sendable, Equatable {
    /// The open form; nil when none is open.
    public private(set) var form: DecisionForm?
    /// The decision the open form changes, as it was when the form opened.
    public private(set) var decision: Decision?

    /// No form open.
    public init() {}

    /// True while a form is open (it takes every key).
    public var isOpen: Bool { form != nil }

    /// Closes the form without saving.
    public mutating func close() {
        form = nil
        decision = nil
    }

    /// Opens the `kind` form for `decision` when the current person may: everybody records a
    /// stance; resolving, revisiting and editing the cases need the topic's Accountable or
    /// Responsible role, an undecided decision (or, to revisit, a decided one). A refusal
    /// comes back as a status request and leaves the ritual as it was.
    public mutating func open(_ kind: DecisionFormKind, for decision: Decision, context: ScreenContext) -> [AppRequest] {
        if kind != .stance {
            guard DecisionRitual.mayDecide(decision, context: context) else {
                let who = DecisionRoles.deciders(decision.topic, roles: context.env.roles)
                return [.status("Only the \(who) decide \(decision.topic.rawValue) decisions — record your stance with s", .error)]
            }
            if kind == .revisit, decision.status != .decided { return [.status("Only a decided decision can be revisited")] }
            if kind != .revisit, decision.status == .decided { return [.status("Already decided — revisit it first with v")] }
        }
        guard context.person != nil else { return [.status("Pick who you are first (: then Switch person…)", .error)] }
        form = DecisionForm(kind, decision: decision, theme: context.theme)
        self.decision = decision
        return []
    }

    /// True when the current person may resolve, revisit or edit the cases of `decision`.
    public static func mayDecide(_ decision: Decision, context: ScreenContext) -> Bool {
        DecisionRoles.canResolve(context.person, topic: decision.topic, roles: context.env.roles)
    }

    /// The ritual keys the current person may use on `decision` (for help and hints):
    /// stance, then revisit on a decided decision or resolve and cases on an undecided one.
    public static func bindings(for decision: Decision, context: ScreenContext, withCases: Bool = true) -> [KeyBinding] {
        var bindings = [KeyBinding(.char("s"), help: "Record your stance")]
        guard mayDecide(decision, context: context) else { return bindings }
        if decision.status == .decided {
            bindings.append(KeyBinding(.char("v"), help: "Revisit (with a note)"))
        } else {
            bindings.append(KeyBinding(.char("r"), help: "Resolve: mode, outcome, rationale, review date"))
            if withCases { bindings.append(KeyBinding(.char("c"), help: "Edit the two cases")) }
        }
        return bindings
    }

    /// The keys of an open form, for the `?` overlay.
    public var keyMap: KeyMap {
        KeyMap(title: form?.kind.title ?? "Decision", bindings: [
            KeyBinding(keys: [.tab, .backTab], label: "Tab/Shift-Tab", help: "Next / previous field"),
            KeyBinding(keys: [.left, .right], label: "←/→", help: "Change a choice"),
            KeyBinding(.enter, help: "Next field; saves from the last"),
            KeyBinding(.ctrl("s"), help: "Save"),
            KeyBinding(.escape, help: "Cancel"),
        ])
    }

    /// The status-bar hints of an open form.
    public var hints: [KeyBinding] {
        [KeyBinding(.tab, help: "field"), KeyBinding(.ctrl("s"), help: "save"), KeyBinding(.escape, help: "cancel")]
    }

    /// Handles a key while the form is open: Esc cancels, Ctrl-S (or Enter in the last field)
    /// submits — appending the store work to `outbox` — and every other key edits the form.
    public mutating func handle(key: Key, context: ScreenContext, outbox: inout [DecisionsLoad]) -> [AppRequest] {
        guard var open = form else { return [] }
        switch key {
        case .escape:
            close()
            return []
        case .ctrl("s"):
            return submit(open, context: context, outbox: &outbox)
        default:
            switch open.form.handle(key) {
            case .submit:
                form = open
                return submit(open, context: context, outbox: &outbox)
            case .choose(let field):
                if case .choice(var choice) = open.form.fields[field].kind {
                    choice.cycle(by: 1)
                    open.form.fields[field].kind = .choice(choice)
                }
            case .handled, .ignored:
                break
            }
        }
        form = open
        return []
    }

    /// Inserts pasted text into the focused field of the open form.
    public mutating func paste(_ text: String) {
        form?.form.insert(paste: text)
    }

    /// Puts a store result onto the form: `.saved` closes it and asks for the status line
    /// (with the guardrail warnings of a resolution), `.rejected` shows the reason next to
    /// the field at fault (or as a status when no form of that kind is open). Other
    /// messages ask for nothing.
    public mutating func apply(_ message: DecisionsMessage) -> [AppRequest] {
        switch message {
        case .saved(let kind, _, let warnings):
            close()
            let text: String = switch kind {
            case .stance: "Stance recorded"
            case .resolve: warnings.isEmpty ? "Decision resolved" : "Resolved — " + warnings.joined(separator: "; ")
            case .revisit: "Decision reopened for revisit"
            case .cases: "Cases saved"
            }
            return [.status(text, warnings.isEmpty ? .success : .info)]
        case .rejected(let kind, let field, let reason):
            guard let open = form, open.kind == kind else { return [.status(reason, .error)] }
            form = open.marking(field: field, reason)
            return []
        case .listed, .detailLoaded, .formReady, .failed:
            return []
        }
    }

    /// Draws the open form centred over `area`, with the executive-ruling warning when the
    /// chosen mode would set it off for the current person.
    public func view(area: Rect, buffer: inout Buffer, context: ScreenContext) {
        guard let form else { return }
        let theme = context.theme
        let warning = form.kind == .resolve && form.mode == .executiveRuling
            ? decision.flatMap { DecisionRoles.rulingWarning(context.person, decision: $0, roles: context.env.roles) }
            : nil
        let formHeight = form.form.fields.reduce(0) { $0 + ($1.message == nil ? 1 : 2) }
        let warningLines = warning.map { DetailLines.wrap("⚠ " + $0, width: min(area.width - 2, 90) - 4) } ?? []
        let box = area.centered(width: min(area.width - 2, 90), height: min(area.height, formHeight + warningLines.count + 6))
        let block = Block(title: form.kind.title, borders: .rounded, borderStyle: theme.accent, titleStyle: theme.title, fillStyle: theme.base)
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        form.form.render(in: Rect(x: inner.x, y: inner.y, width: inner.width, height: min(formHeight, inner.height)), buffer: &buffer)
        var y = inner.y + formHeight + 1
        for line in warningLines where y < inner.bottom - 1 {
            buffer.write(line, x: inner.x, y: y, style: theme.warning, maxWidth: inner.width)
            y += 1
        }
        if let error = form.error, y < inner.bottom - 1 {
            buffer.write("✗ " + error, x: inner.x, y: y, style: theme.error, maxWidth: inner.width)
        }
        let hint = form.isSaving ? "Saving…" : "Tab next field · ←/→ choose · Ctrl-S saves · Esc cancels"
        buffer.write(hint, x: inner.x, y: inner.bottom - 1, style: theme.muted, maxWidth: inner.width)
    }

    private mutating func submit(_ open: DecisionForm, context: ScreenContext, outbox: inout [DecisionsLoad]) -> [AppRequest] {
        guard let person = context.person else { return [.status("Pick who you are first", .error)] }
        switch open.request(by: person.id) {
        case .load(let load):
            var saving = open
            saving.isSaving = true
            form = saving
            outbox.append(load)
        case .invalid(let marked):
            form = marked
        }
        return []
    }
}
