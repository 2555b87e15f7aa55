import LiaisonCore

/// Results of effects, routed back to the screen (or the chrome) that asked for them.
/// Each screen declares its own message enum in its folder and gets one case here.
public enum AppMessage: Sendable {
    case dashboard(DashboardMessage)
    case plans(PlansMessage)
    case insights(InsightsMessage)
    case people(PeopleMessage)
    case clashes(ClashesMessage)
    case decisions(DecisionsMessage)
    case meeting(MeetingMessage)
    case logInsight(LogInsightMessage)
    case logTouchpoint(LogTouchpointMessage)
    case chrome(ChromeMessage)
}

/// Messages for the app frame: command palette, person switching, status messages.
public enum ChromeMessage: Sendable {
    /// People for the "switch person" picker.
    case peopleLoaded([Person])
    /// Loading people failed.
    case peopleFailed(String)
    /// The status message `id` has been shown long enough.
    case statusExpired(Int)
    /// The session's clashes finished computing in the background (or failed to).
    case clashesComputed
}
