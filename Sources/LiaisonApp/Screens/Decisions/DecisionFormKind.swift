/// What a decision form changes.
public enum DecisionFormKind: String, Sendable, Equatable {
    case stance
    case resolve
    case revisit
    case cases

    /// The form's title.
    public var title: String {
        switch self {
        case .stance: "Record your stance"
        case .resolve: "Resolve the decision"
        case .revisit: "Revisit the decision"
        case .cases: "Edit the two cases"
        }
    }
}
