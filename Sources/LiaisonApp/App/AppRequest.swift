import Foundation

/// What a screen asks the app to do beyond its own state.
public enum AppRequest: Sendable {
    /// Show `screen`, optionally looking at something.
    case open(Screen, focus: ScreenFocus? = nil)
    /// Leave the current screen (to the dashboard; quits from the dashboard).
    case back
    /// Open the log-insight form, continuing the draft `draftID` when given.
    case newInsight(draftID: UUID? = nil)
    /// Close the log-insight form.
    case closeLogInsight
    /// Open the touchpoint form.
    case newTouchpoint
    /// Close the touchpoint form.
    case closeLogTouchpoint
    /// Show a message in the status bar for a few seconds.
    case status(String, StatusKind = .info)
    /// Show a dialog; choosing its first button feeds `confirm` back into `update`.
    case confirm(ModalState)
    /// Data changed: the visible screen reloads, the others reload when next opened.
    case dataChanged
    /// End the program.
    case quit
}
