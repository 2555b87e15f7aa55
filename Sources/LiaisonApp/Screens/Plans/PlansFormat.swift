import LiaisonCore

/// Words for plan enums.
enum PlansFormat {
    static func status(_ status: PlanStatus) -> String {
        switch status {
        case .draft: "draft"
        case .inReview: "in review"
        case .approved: "approved"
        }
    }

    static func tacticStatus(_ status: TacticStatus) -> String {
        switch status {
        case .planned: "planned"
        case .inProgress: "in progress"
        case .done: "done"
        case .cancelled: "cancelled"
        }
    }
}
