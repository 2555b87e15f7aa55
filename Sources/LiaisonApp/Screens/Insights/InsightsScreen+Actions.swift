import Foundation
import LiaisonCore
import TerminalKit

extension InsightsScreen {
    /// Starts `action` on the selected insight when the current person may take it: at once
    /// for submit, review, endorse and close; after a confirmation for archive; after a
    /// picker for link and link-as-similar.
    static func act(_ action: InsightAction, _ state: inout InsightsState, context: ScreenContext) -> Step {
        guard let insight = state.selected else { return Step(handled: false) }
        guard let person = context.person else {
            return Step(requests: [.status("Pick who you are first (: then Switch person…)", .error)])
        }
        guard InsightPolicy.allowedActions(for: person, on: insight).contains(action) else { return Step(handled: false) }
        switch action {
        case .submit, .review, .endorse, .close:
            return perform(action, on: insight.id, link: nil, parent: nil, &state, context: context)
        case .archive:
            let text = InsightsLoader.firstLine(insight.whatWasSaid)
            let modal = ModalState(
                title: "Archive insight",
                message: "Archive “\(text.prefix(60))”? It leaves the lists and counts and cannot be reopened.",
                buttons: ["Archive", "Cancel"], confirm: .insights(.confirmArchive(insight.id)))
            return Step(requests: [.confirm(modal)])
        case .link:
            state.outbox.append(.linkTargets(insightID: insight.id, regionID: insight.regionID))
            return Step()
        case .linkSimilar:
            state.outbox.append(.similarCandidates(insightID: insight.id, theme: insight.theme))
            return Step()
        }
    }

    /// Archives `id` after the dialog, checking the policy again.
    static func confirmArchive(_ id: UUID, _ state: inout InsightsState, context: ScreenContext) -> Step {
        guard let person = context.person, let insight = state.window.items.first(where: { $0.id == id }),
              InsightPolicy.allowedActions(for: person, on: insight).contains(.archive) else {
            return Step(requests: [.status("This insight can no longer be archived", .error)])
        }
        return perform(.archive, on: id, link: nil, parent: nil, &state, context: context)
    }

    /// Asks the store to perform `action` as the current person.
    static func perform(_ action: InsightAction, on id: UUID, link: InsightLink?, parent: UUID?,
                        _ state: inout InsightsState, context: ScreenContext) -> Step {
        guard let person = context.person else { return Step(handled: false) }
        state.outbox.append(.perform(action, id: id, person: person.id, link: link, parent: parent))
        return Step()
    }
}
