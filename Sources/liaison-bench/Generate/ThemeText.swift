import LiaisonCore

/// Theme-specific phrases, so that searching a theme's vocabulary finds mostly that theme.
enum ThemeText {
    /// Sentence cores per taxonomy theme code.
    static let phrases: [ThemeCode: [String]] = [
        "unmet-need": [
            "there is still no good option for patients who relapse early",
            "refractory patients are left without an approved therapy",
            "elderly patients with comorbidities are excluded from every trial",
            "nothing works well enough for the severe subgroup",
        ],
        "treatment-practice": [
            "most colleagues still start with the older regimen",
            "dose titration is done differently in every clinic",
            "they moved the therapy to first line last quarter",
            "maintenance dosing is stopped too early in practice",
        ],
        "safety-perception": [
            "nurses worry about infusion reactions on the day unit",
            "the hepatic monitoring requirement scares younger physicians",
            "a case of severe rash was discussed at the morbidity meeting",
            "patients ask about long term cardiac safety",
        ],
        "access-reimbursement": [
            "the regional formulary committee postponed the listing again",
            "prior authorisation takes six weeks at this hospital",
            "the payer asked for a budget impact model",
            "reimbursement is limited to the second line",
        ],
        "competitor": [
            "the competitor sponsored the regional guideline meeting",
            "a rival molecule showed better persistence in their audit",
            "the competitor offers a nurse home service",
            "biosimilar switching is being pushed by procurement",
        ],
        "study-interest": [
            "the department would like to join the next phase three trial",
            "their registry could feed a real world evidence study",
            "an investigator initiated study proposal is being drafted",
            "the site has capacity for two more trials next year",
        ],
        "education-need": [
            "residents asked for a webinar on biomarker testing",
            "general practitioners do not know the new referral criteria",
            "nurses want a hands on workshop for the injection device",
            "the team asked for slides on the updated guideline",
        ],
        "channel-preference": [
            "she prefers short video calls over visits",
            "he only reads email updates after clinic hours",
            "the department bans representatives on the ward",
            "they would rather meet at the regional congress",
        ],
        "diagnostic-pathway": [
            "genetic testing turnaround is longer than eight weeks",
            "referrals from primary care arrive without imaging",
            "the biopsy backlog delays the diagnosis",
            "screening is only offered at the university centre",
        ],
        "patient-experience": [
            "patients find the travel to the infusion centre exhausting",
            "caregivers asked for a simpler dosing calendar",
            "the patient group complained about waiting times",
            "patients like the new app for symptom tracking",
        ],
    ]

    /// Tags typical of each theme.
    static let tags: [ThemeCode: [String]] = [
        "unmet-need": ["unmet", "relapse", "refractory"],
        "treatment-practice": ["practice", "dosing", "first-line"],
        "safety-perception": ["safety", "monitoring", "tolerability"],
        "access-reimbursement": ["access", "formulary", "payer"],
        "competitor": ["competitor", "biosimilar"],
        "study-interest": ["study", "registry", "iis"],
        "education-need": ["education", "webinar", "training"],
        "channel-preference": ["channel", "remote", "email"],
        "diagnostic-pathway": ["diagnosis", "testing", "referral"],
        "patient-experience": ["patient", "caregiver", "app"],
    ]

    /// Openers that lead into a phrase.
    static let openers = [
        "During the visit the consultant said that", "At the tumour board the team mentioned that",
        "On a video call the head of department explained that", "The pharmacist told me that",
        "In a follow up email the nurse wrote that", "At the congress booth a registrar said that",
        "Over coffee after clinic the specialist admitted that", "The lead investigator pointed out that",
    ]

    /// Sentences for "why it matters".
    static let matters = [
        "This affects our regional objective and should be raised with the RMD.",
        "It may change how we prioritise education this half year.",
        "Several centres in the region report the same pattern.",
        "It supports the case for a local tactic instead of the national format.",
        "Worth checking against the national plan before the next meeting.",
    ]
}
