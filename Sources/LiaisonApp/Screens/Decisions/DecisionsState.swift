import Foundation
import LiaisonCore
import LiaisonStore
import TerminalKit

/// State of the Decisions screen: the three sections, the list selection, the open
/// decision's detail and the form over it.
public struct DecisionsState: Sendable {
    public var data: DecisionsData?
    public var section: DecisionSection = .open
    public var scroll = ScrollState()
    /// The detail is open for this decision.
    public var openDecisionID: UUID?
    public var detail: DecisionDetail?
    /// First row of the detail page drawn.
    public var detailOffset = 0
    /// The ritual's form over the list or the detail.
    public var ritual = DecisionRitual()
    /// Guardrail warnings of the last resolution of the open decision.
    public var warnings: [String] = []
    public var error: String?

    /// The store work asked for by the last update.
    public internal(set) var outbox: [DecisionsLoad] = []

    /// An empty, not yet loaded state.
    public init() {}

    /// The rows of `section`, newest first (split at load, not here).
    public func decisions(in section: DecisionSection) -> [DecisionRow] {
        data?.rows(in: section) ?? []
    }

    /// The rows of the current section.
    public var visible: [DecisionRow] { decisions(in: section) }

    /// The row under the list selection.
    public var selected: DecisionRow? {
        let rows = visible
        guard let index = scroll.selected, rows.indices.contains(index) else { return nil }
        return rows[index]
    }

    /// The open ritual form, if any.
    public var form: DecisionForm? { ritual.form }

    /// The open decision in full, once its detail has loaded.
    public var openDecision: Decision? {
        guard let openDecisionID, let detail, detail.decision.id == openDecisionID else { return nil }
        return detail.decision
    }

    /// The title of the open decision: from its detail, or from its list row while the
    /// detail loads.
    public var openTitle: String? {
        if let openDecision { return openDecision.title }
        guard let openDecisionID, let position = data?.position(of: openDecisionID) else { return nil }
        return data?.rows(in: position.section)[position.index].title
    }
}
