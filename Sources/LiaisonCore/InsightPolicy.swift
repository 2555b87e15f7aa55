/// A lifecycle action a user can take on an insight.
public enum InsightAction: String, Codable, CaseIterable, Sendable {
    case submit
    case review
    case link
    case endorse
    case linkSimilar
    case archive
    case close
}

/// Who may do what to an insight. The TUI shows only the allowed actions; the CLI and
/// store refuse the others.
public enum InsightPolicy {
    /// The actions `person` may take on `insight` right now.
    public static func allowedActions(for person: Person, on insight: Insight) -> [InsightAction] {
        let isAuthor = person.id == insight.authorID
        let reviewer = person.role != .msl
        let inRegion = person.regionID == nil || person.regionID == insight.regionID
        var actions: [InsightAction] = []
        switch insight.status {
        case .draft:
            if isAuthor { actions += [.submit, .archive] }
        case .submitted:
            if reviewer && inRegion { actions += [.review] }
            if isAuthor || (reviewer && inRegion) { actions += [.archive] }
        case .reviewed:
            if reviewer { actions += [.link, .close, .archive] }
        case .actioned:
            if reviewer { actions += [.close] }
        case .closed, .archived:
            break
        }
        if insight.status != .draft && insight.status != .archived {
            if !isAuthor && !insight.endorsedBy.contains(person.id) { actions.append(.endorse) }
            if reviewer || isAuthor { actions.append(.linkSimilar) }
        }
        return actions
    }

    /// Throws unless `person` may take `action` on `insight`.
    public static func check(_ action: InsightAction, by person: Person, on insight: Insight) throws(ValidationError) {
        guard allowedActions(for: person, on: insight).contains(action) else {
            throw ValidationError(
                entity: "insight", field: "status",
                reason: "\(person.role.label) \(person.id) may not \(action.rawValue) a \(insight.status.rawValue) insight")
        }
    }
}
