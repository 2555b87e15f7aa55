import Foundation
import LiaisonCore

/// Messages of the Meeting screen.
public enum MeetingMessage: Sendable {
    /// The week's meeting was opened (or created).
    case opened(MeetingData)
    /// An edit was saved; the meeting as stored now.
    case saved(MeetingChange, Meeting)
    /// The store refused an edit; `field` names the meeting field at fault. Nothing was saved.
    case rejected(MeetingChange, field: String?, reason: String)
    /// The minutes were written to `path`.
    case exported(MinutesFormat, path: String)
    /// Writing the minutes failed; nothing was replaced.
    case exportFailed(MinutesFormat, path: String, reason: String)
    /// Opening the meeting failed.
    case failed(String)
    /// Evidence ids named for the detail pane.
    case named([String: PresenterEvidenceLine])
    /// A message of presenter mode.
    case presenter(MeetingPresenterMessage)
}
