/// Sentence fragments for the insights of one theme. A fragment may start with `O|`, `C|` or
/// `R|` to restrict it to Oncavia, Cardelin or Respiflo; the others fit any product. Fragments
/// use placeholders filled by `InsightWriter`: `{role}`, `{product}`, `{indication}`,
/// `{patients}`, `{competitor}`, `{diagnosticStep}`, `{monitoring}`, `{guideline}`,
/// `{endpoint}`, `{city}`, `{n}`, `{pct}`, `{weeks}`.
struct ThemePhrases {
    /// The core of "what was said", continuing an opener such as "… said that".
    let said: [String]
    /// A second sentence of "what was said".
    let details: [String]
    /// "Why it matters".
    let matters: [String]
    /// Typical sentiment range.
    let sentiment: ClosedRange<Int>
    /// Tags typical of the theme.
    let tags: [String]
}

/// The phrase banks of every taxonomy theme.
enum PhraseBook {
    /// The bank for `theme`; unknown themes fall back to treatment practice.
    static func phrases(for theme: String) -> ThemePhrases {
        switch theme {
        case "unmet-need": ClinicalPhrases.unmetNeed
        case "treatment-practice": ClinicalPhrases.treatmentPractice
        case "safety-perception": ClinicalPhrases.safetyPerception
        case "diagnostic-pathway": ClinicalPhrases.diagnosticPathway
        case "access-reimbursement": MarketPhrases.access
        case "competitor": MarketPhrases.competitor
        case "channel-preference": MarketPhrases.channelPreference
        case "study-interest": EngagementPhrases.studyInterest
        case "education-need": EngagementPhrases.educationNeed
        case "patient-experience": EngagementPhrases.patientExperience
        default: ClinicalPhrases.treatmentPractice
        }
    }

    /// Openers by interaction channel; each ends where a "that"-clause begins.
    static let openers: [String: [String]] = [
        "faceToFace": [
            "During my visit {role} said that", "At the ward round {role} mentioned that",
            "Over coffee after clinic {role} told me that", "In our quarterly meeting {role} explained that",
            "In a one-to-one in {city}, {role} pointed out that", "While we reviewed the latest data, {role} remarked that",
        ],
        "remote": [
            "In a video call {role} explained that", "During a Teams meeting {role} said that",
            "In a remote follow-up {role} noted that", "On a short video call {role} admitted that",
        ],
        "phone": [
            "On the phone {role} told me that", "In a quick call between clinics {role} said that",
            "Calling back about an earlier question, {role} mentioned that",
        ],
        "email": [
            "In a follow-up e-mail {role} wrote that", "Replying to our medical letter, {role} wrote that",
        ],
        "congress": [
            "At the congress booth {role} said that", "After the satellite symposium {role} commented that",
            "In the poster session {role} told me that",
        ],
        "event": [
            "After the regional meeting in {city}, {role} mentioned that", "During the workshop discussion {role} said that",
            "In the Q&A of our evening event {role} argued that",
        ],
    ]

    /// Closing sentences for "why it matters" that say what to do next.
    static let nextSteps: [String] = [
        "Worth raising at the next regional team meeting.",
        "I suggest we check whether other regions hear the same.",
        "This should feed into the 2027-H1 plan review.",
        "I will follow up within {weeks} weeks and log what changes.",
        "Medical information could prepare a short answer for this question.",
        "A single anecdote, but it matches what colleagues in {city} report.",
        "Consider this for the agenda of the next advisory board.",
        "I would like HQ to look at this before the plan is final.",
        "Flagging it so we can see if it becomes a pattern.",
        "Happy to present the background in the weekly meeting.",
        "",
        "",
    ]
}
