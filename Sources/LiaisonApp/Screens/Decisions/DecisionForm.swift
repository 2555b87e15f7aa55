import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

/// A form over the decision detail: the fields, a message next to the field the store
/// refused (the text typed stays), and a general error.
public struct DecisionForm: Sendable, Equatable {
    public var kind: DecisionFormKind
    public var decisionID: UUID
    public var form: Form
    /// A refusal that names no field of this form.
    public var error: String?
    public var isSaving = false

    static let modes: [ResolutionMode] = ResolutionMode.allCases
    static let positions: [StancePosition] = StancePosition.allCases

    /// The form of `kind` for `decision`, prefilled where there is something to keep.
    init(_ kind: DecisionFormKind, decision: Decision, theme: Palette) {
        self.kind = kind
        decisionID = decision.id
        let fields: [FormField]
        switch kind {
        case .stance:
            fields = [.choice("Stance", options: Self.positions.map(\.rawValue), selected: 0),
                      .text("Note", placeholder: "why, in a sentence")]
        case .resolve:
            fields = [
                .choice("Mode", options: Self.modes.map(Self.label), selected: decision.resolution.flatMap { Self.modes.firstIndex(of: $0) } ?? 0),
                .text("Outcome", value: decision.outcome, placeholder: "what was decided"),
                .text("Rationale", value: decision.rationale, placeholder: "why (required)"),
                .text("Review date", value: decision.reviewDate.map(DayFormat.iso) ?? "", placeholder: "YYYY-MM-DD (needed to defer)"),
            ]
        case .revisit:
            fields = [.text("Why revisit", placeholder: "what changed", isRequired: true)]
        case .cases:
            fields = [.text("Field case", value: decision.fieldCase.argument, placeholder: "the field's argument"),
                      .text("Office case", value: decision.officeCase.argument, placeholder: "the office's argument")]
        }
        form = Form(fields: fields, theme: theme)
    }

    /// `executive ruling` for `.executiveRuling`.
    static func label(_ mode: ResolutionMode) -> String {
        mode == .executiveRuling ? "executive ruling" : mode.rawValue
    }

    /// The value of the field labelled `label`.
    public func value(_ label: String) -> String {
        form.fields.first { $0.label == label }?.value.trimmingCharacters(in: .whitespaces) ?? ""
    }

    /// The chosen resolution mode.
    public var mode: ResolutionMode {
        Self.modes.first { Self.label($0) == value("Mode") } ?? .consensus
    }

    /// What submitting asks for: store work, or the form again with a message on a field.
    enum Submission {
        case load(DecisionsLoad)
        case invalid(DecisionForm)
    }

    /// The store work this form asks for, or the form with a message on the field at fault.
    func request(by person: PersonID) -> Submission {
        switch kind {
        case .stance:
            let position = Self.positions.first { $0.rawValue == value("Stance") } ?? .support
            return .load(.stance(decisionID, position, note: value("Note"), by: person))
        case .resolve:
            var reviewDate: Date?
            let reviewText = value("Review date")
            if !reviewText.isEmpty {
                guard let parsed = ISODate.parse(reviewText) else {
                    return .invalid(marking(field: "reviewDate", "use YYYY-MM-DD, e.g. 2027-03-31"))
                }
                reviewDate = parsed
            }
            let resolution = DecisionResolution(
                mode: mode, outcome: value("Outcome"), rationale: value("Rationale"), decidedBy: person, reviewDate: reviewDate)
            return .load(.resolve(decisionID, resolution, by: person))
        case .revisit:
            return .load(.revisit(decisionID, note: value("Why revisit"), by: person))
        case .cases:
            return .load(.cases(decisionID, field: value("Field case"), office: value("Office case"), by: person))
        }
    }

    /// The form with `message` next to the field that holds the decision's `field` (or as
    /// the general error when none does); every other field message is cleared.
    func marking(field: String?, _ message: String) -> DecisionForm {
        var next = self
        next.isSaving = false
        next.error = nil
        for index in next.form.fields.indices { next.form.fields[index].message = nil }
        let label: String? = switch (kind, field) {
        case (.resolve, "outcome"): "Outcome"
        case (.resolve, "rationale"): "Rationale"
        case (.resolve, "reviewDate"): "Review date"
        case (.resolve, "resolution"), (.resolve, "fieldCase"), (.resolve, "officeCase"), (.resolve, "decidedBy"): "Mode"
        case (.cases, "fieldCase"): "Field case"
        case (.cases, "officeCase"): "Office case"
        case (.revisit, "note"): "Why revisit"
        case (.stance, "note"): "Note"
        default: nil
        }
        if let label, let index = next.form.fields.firstIndex(where: { $0.label == label }) {
            next.form.fields[index].message = message
        } else {
            next.error = message
        }
        return next
    }
}
