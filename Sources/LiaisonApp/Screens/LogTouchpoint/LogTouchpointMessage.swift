import Foundation
import LiaisonCore

/// Results of the touchpoint form's effects.
public enum LogTouchpointMessage: Sendable {
    /// The HCP directory and regions arrived.
    case loaded(LogTouchpointChoicesBox)
    /// Loading failed; the form says why.
    case loadFailed(String)
    /// The touchpoint was stored; the name is the HCP's.
    case saved(Touchpoint, hcpName: String)
    /// The store refused the touchpoint; the message goes next to the field.
    case rejected(ValidationError)
    /// Saving failed for another reason (I/O).
    case saveFailed(String)
}

/// Carries the form's choices through the public message enum.
public struct LogTouchpointChoicesBox: Sendable {
    let choices: LogTouchpointChoices
}
