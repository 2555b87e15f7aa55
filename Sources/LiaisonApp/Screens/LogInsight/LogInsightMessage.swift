import Foundation
import LiaisonCore

/// Results of the log form's effects.
public enum LogInsightMessage: Sendable {
    /// The choices and the values to start from arrived.
    case loaded(LogInsightSetupBox)
    /// Loading failed; the form says why.
    case loadFailed(String)
    /// The insight was stored (as submitted, or as a draft insight).
    case saved(Insight)
    /// The store refused the insight; the message goes next to the field.
    case rejected(ValidationError)
    /// Saving failed for another reason (I/O).
    case saveFailed(String)
    /// Keeping the draft failed (the form stays open and says so).
    case draftSaveFailed(String)
}

/// Carries the form's internal setup through the public message enum.
public struct LogInsightSetupBox: Sendable {
    let setup: LogInsightSetup
}
