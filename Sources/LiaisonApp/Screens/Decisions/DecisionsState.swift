import Foundation
import LiaisonCore
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

    /// The decisions of `section`, newest first.
    public func decisions(in section: DecisionSection) -> [Decision] {
        guard let data else { return [] }
        return data.decisions.filter { DecisionSection.of($0, now: data.now) == section }
    }

    /// The decisions of the current section.
    public var visible: [Decision] { decisions(in: section) }

    /// The decision under the list selection.
    public var selected: Decision? {
        let rows = visible
        guard let index = scroll.selected, rows.indices.contains(index) else { return nil }
        return rows[index]
    }

    /// The open ritual form, if any.
    public var form: DecisionForm? { ritual.form }

    /// The open decision as last loaded.
    public var openDecision: Decision? {
        guard let openDecisionID else { return nil }
        if let detail, detail.decision.id == openDecisionID { return detail.decision }
        return data?.decisions.first { $0.id == openDecisionID }
    }
}
