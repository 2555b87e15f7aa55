/// The top-level screens, in tab order. `1…n` and Tab follow this order.
///
/// A new screen adds a case here, its folder under
/// `Screens/`, a state field in `AppState` and a line in each switch of `ScreenRouter`.
public enum Screen: String, CaseIterable, Sendable, Hashable {
    case dashboard
    case plans
    case insights
    case people
    case clashes
    case decisions
    case meeting

    /// The tab title.
    public var title: String {
        switch self {
        case .dashboard: "Dashboard"
        case .plans: "Plans"
        case .insights: "Insights"
        case .people: "People"
        case .clashes: "Clashes"
        case .decisions: "Decisions"
        case .meeting: "Meeting"
        }
    }

    /// The digit key that opens the screen (1-based position in tab order).
    public var number: Int { (Self.allCases.firstIndex(of: self) ?? 0) + 1 }

    /// The screen after this one, wrapping around.
    public var next: Screen {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + 1) % all.count]
    }

    /// The screen before this one, wrapping around.
    public var previous: Screen {
        let all = Self.allCases
        return all[(all.firstIndex(of: self)! + all.count - 1) % all.count]
    }

    /// The screen opened by digit key `number`, if any.
    public static func numbered(_ number: Int) -> Screen? {
        number >= 1 && number <= allCases.count ? allCases[number - 1] : nil
    }
}
