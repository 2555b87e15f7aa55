import LiaisonCore
import TerminalKit

/// Clash triage as one component: `a` acknowledge, `d` dismiss (through a reason dialog),
/// `e` escalate into a prefilled decision, `c` mark resolved. Keys become `ClashesLoad`s
/// (run through `ClashesLoader.perform`) and the results become status lines. The Clashes
/// screen and the meeting presenter both hold one; each keeps its own outbox and reloads.
public struct ClashTriageAction: Sendable, Equatable {
    /// The open dismissal dialog; nil when none is open.
    public private(set) var dismiss: DismissForm?
    /// What the dialog names as the clash being dismissed.
    private var subject = ""

    /// No dialog open.
    public init() {}

    /// True while the dismissal dialog is open (it takes every key).
    public var isDialogOpen: Bool { dismiss != nil }

    /// The triage step `key` stands for: a, d, e, c; nil for any other key.
    public static func step(for key: Key) -> ClashTriageState? {
        switch key {
        case .char("a"): .acknowledged
        case .char("d"): .dismissed
        case .char("e"): .escalated
        case .char("c"): .resolved
        default: nil
        }
    }

    /// The four triage keys, for help.
    public static let bindings = [
        KeyBinding(.char("a"), help: "Acknowledge"),
        KeyBinding(.char("d"), help: "Dismiss (asks for a reason)"),
        KeyBinding(.char("e"), help: "Escalate to a decision (or open its decision)"),
        KeyBinding(.char("c"), help: "Mark resolved"),
    ]

    /// The keys of the open dialog, for the `?` overlay.
    public static let dialogKeyMap = KeyMap(title: "Dismiss clash", bindings: [
        KeyBinding(.enter, help: "Dismiss with this reason"),
        KeyBinding(.escape, help: "Cancel"),
    ])

    /// The status-bar hints of the open dialog.
    public static let dialogHints = [KeyBinding(.enter, help: "dismiss"), KeyBinding(.escape, help: "cancel")]

    /// Starts the triage step `key` stands for on `status`: acknowledging and marking resolved
    /// go straight to `outbox`, dismissing opens the reason dialog, escalating asks for the
    /// decision — or, on a clash already escalated, opens its decision. Nil when `key` is not
    /// a triage key.
    public mutating func start(key: Key, on status: ClashStatus?, context: ScreenContext, outbox: inout [ClashesLoad]) -> [AppRequest]? {
        guard let action = Self.step(for: key) else { return nil }
        guard let status else { return [.status("No clash selected")] }
        guard let person = context.person else { return [.status("Pick who you are first (: then Switch person…)", .error)] }
        switch action {
        case .dismissed:
            dismiss = DismissForm(clashID: status.clashID, theme: context.theme)
            subject = status.clash?.subject.label ?? status.clashID
        case .escalated:
            if status.disposition == .escalated, let decisionID = status.triage?.decisionID {
                return [.open(.decisions, focus: .decision(decisionID))]
            }
            guard status.clash != nil else { return [.status("This clash no longer computes; nothing to escalate", .error)] }
            outbox.append(.escalate(clashID: status.clashID, by: person.id))
        default:
            outbox.append(.triage(clashID: status.clashID, state: action, reason: nil, by: person.id))
        }
        return []
    }

    /// Handles a key while the dialog is open: Esc cancels, Enter asks to dismiss with the
    /// reason typed, other keys edit the reason.
    public mutating func handleDialog(key: Key, context: ScreenContext, outbox: inout [ClashesLoad]) -> [AppRequest] {
        guard var open = dismiss else { return [] }
        switch key {
        case .escape:
            dismiss = nil
            return []
        case .enter:
            guard let person = context.person else { return [.status("Pick who you are first", .error)] }
            open.isSaving = true
            outbox.append(.triage(
                clashID: open.clashID, state: .dismissed, reason: open.reason.trimmingCharacters(in: .whitespaces), by: person.id))
        default:
            open.form.handle(key)
        }
        dismiss = open
        return []
    }

    /// Inserts pasted text into the reason.
    public mutating func paste(_ text: String) {
        dismiss?.form.insert(paste: text)
    }

    /// Puts a store result onto the dialog and asks for the status line: a stored step closes
    /// the dialog, a refused dismissal keeps it open with the reason, other refusals are an
    /// error status. Lists, details and load failures ask for nothing.
    public mutating func apply(_ message: ClashesMessage) -> [AppRequest] {
        switch message {
        case .triaged(let clashID, let triageState):
            if dismiss?.clashID == clashID { dismiss = nil }
            return [.status("Clash \(Self.pastTense(triageState))", .success)]
        case .triageFailed(let clashID, let triageState, let reason):
            if dismiss?.clashID == clashID, triageState == .dismissed {
                dismiss?.error = reason
                dismiss?.isSaving = false
                return []
            }
            return [.status("Could not \(Self.verb(triageState)): \(reason)", .error)]
        case .escalated(_, let decision):
            return [.status("Escalated to decision “\(decision.title)”", .success)]
        case .computing:
            dismiss?.isSaving = false
            return [.status("The clashes are still being computed — nothing was recorded; try again in a moment", .error)]
        case .listed, .detailLoaded, .failed:
            return []
        }
    }

    /// Draws the open dialog centred over `area`.
    public func view(area: Rect, buffer: inout Buffer, theme: Palette) {
        guard let dismiss else { return }
        let box = area.centered(width: min(area.width - 4, 70), height: 8)
        let block = Block(title: "Dismiss clash", borders: .rounded, borderStyle: theme.accent, titleStyle: theme.title, fillStyle: theme.base)
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box).inset(horizontal: 1, vertical: 0)
        buffer.write("Dismissing: " + subject, x: inner.x, y: inner.y, style: theme.muted, maxWidth: inner.width)
        var form = dismiss.form
        if let error = dismiss.error { form.fields[0].message = error }
        form.render(in: Rect(x: inner.x, y: inner.y + 2, width: inner.width, height: 2), buffer: &buffer)
        let hint = dismiss.isSaving ? "Saving…" : "Enter dismisses · Esc cancels"
        buffer.write(hint, x: inner.x, y: inner.bottom - 1, style: theme.muted, maxWidth: inner.width)
    }

    /// "acknowledged", "marked resolved", …
    public static func pastTense(_ state: ClashTriageState) -> String {
        switch state {
        case .acknowledged: "acknowledged"
        case .dismissed: "dismissed"
        case .escalated: "escalated"
        case .resolved: "marked resolved"
        }
    }

    /// "acknowledge", "resolve", …
    static func verb(_ state: ClashTriageState) -> String {
        switch state {
        case .acknowledged: "acknowledge"
        case .dismissed: "dismiss"
        case .escalated: "escalate"
        case .resolved: "resolve"
        }
    }
}
