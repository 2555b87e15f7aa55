/// Phrase banks for study interest, education need and patient experience, plus the
/// patient-experience surge of the East region.
enum EngagementPhrases {
    static let studyInterest = ThemePhrases(
        said: [
            "O|the department would like to take part in Oncavia-301 and has a motivated study nurse",
            "they have capacity for one more industry study from next quarter",
            "she has an idea for an investigator-initiated study and asked how to submit it",
            "they have never run an industry study but see enough patients to recruit",
            "feasibility questionnaires take too long and they often give up halfway",
            "O|the centre screens about {n} EGFR-positive patients per month and could recruit quickly",
            "O|the study team is still busy with two competing lung cancer trials",
            "O|patients from {city} would have to travel far if no site opens nearby",
            "C|they want to contribute to the Cardelin registry with their HF outpatient clinic",
            "C|a renal-function substudy would be of great interest to the nephrologists",
            "R|the practice network would join a real-world study on inhaler adherence",
            "contracts with the university administration take {n} months, which worries her",
        ],
        details: [
            "She asked who decides on site selection and when.",
            "He pointed out that the ethics committee in {city} is quick.",
            "The centre has a GCP-trained team of {n} people.",
            "He would accept a satellite role under a larger site.",
            "She wants a feasibility call within the next {weeks} weeks.",
            "The head of department supports it but has the final word.",
        ],
        matters: [
            "Study interest from a site that is not on the national shortlist; relevant for the site-selection discussion.",
            "A motivated site, but influence and experience have to be weighed against relationship value.",
            "O|Feeds the study-capacity listening priority.",
            "If we do not respond, the relationship suffers; if we do, recruitment quality is uncertain.",
            "Shows untapped recruitment potential in the region.",
            "O|Relevant input for the Oncavia-301 site decision.",
        ],
        sentiment: 0...2,
        tags: ["study", "feasibility", "site-selection", "iis", "recruitment"])

    static let educationNeed = ThemePhrases(
        said: [
            "residents rotate too quickly to learn the details of {indication}",
            "a case-based format works better for her team than lectures",
            "he would like a regional meeting in {city} rather than a national webinar",
            "the national curriculum is good but does not reflect local pathways",
            "nurses are the forgotten audience and ask most of the practical questions",
            "O|tumour-board members need an update on interpreting {diagnosticStep} reports",
            "O|pathologists and oncologists should be trained together, not separately",
            "C|GPs need practical training on titration after discharge",
            "C|the interpretation of {guideline} is still debated in the department",
            "R|practice staff want hands-on training on inhaler technique",
            "R|GPs would like a refresher on {guideline} changes",
            "the most useful events are small, with time for questions",
        ],
        details: [
            "She offered to host a session for about {n} colleagues.",
            "He asked for CME accreditation.",
            "A hybrid format would let colleagues from {city} join.",
            "She said the last national webinar was too basic for her team.",
            "He would invite the local practices as well.",
            "She suggested a format of {n} short modules.",
        ],
        matters: [
            "Shapes the choice between national and local education formats.",
            "Evidence for the education-formats listening priority.",
            "Local demand for a format that differs from the national curriculum.",
            "A clear knowledge gap that limits appropriate use of {product}.",
            "Education requests like this are what HCPs value most from medical affairs.",
            "O|Relevant for the design of the national academy modules.",
        ],
        sentiment: 0...2,
        tags: ["education", "cme", "case-based", "format", "residents"])

    static let patientExperience = ThemePhrases(
        said: [
            "patients find it hard to keep track of their appointments across different clinics",
            "quality of life, not survival, is what her patients ask about first",
            "patients describe the travel to the centre as the heaviest burden",
            "adherence drops after the first {n} months when patients feel better",
            "patients like having a nurse they can call with questions",
            "O|patients worry more about fatigue than about the scan results",
            "C|patients struggle with the number of tablets after discharge",
            "R|patients often do not know which of their inhalers is the maintenance one",
            "R|older patients have trouble with the inhaler device when their hands are stiff",
            "patients bring printouts from patient forums and want to discuss them",
        ],
        details: [
            "She described this as typical, not an individual case.",
            "The practice nurse confirmed it.",
            "He asked whether patient materials in simple language exist.",
            "Patient organisations in {city} raise the same point.",
            "She would welcome a patient support programme.",
            "He said it affects about {pct}% of the patients he sees.",
        ],
        matters: [
            "What patients report shapes adherence and outcomes as much as the therapy.",
            "A patient-experience issue none of our current activities addresses.",
            "Relevant for patient support and materials, with medical review.",
            "Suggests that follow-up, not initiation, is where we lose patients.",
            "Worth checking whether other regions hear the same.",
            "Could inform patient-reported outcomes in future studies.",
        ],
        sentiment: -2...1,
        tags: ["adherence", "quality-of-life", "device-handling", "patient-support", "nurse"])

    /// The East surge: pharmacies substituting the inhaler device under new rebate contracts.
    static let surgeSaid: [String] = [
        "since the new rebate contracts, pharmacies hand out a different inhaler device and patients are confused",
        "patients come back to the practice because the substituted device works differently",
        "several patients stopped their maintenance inhaler after the pharmacy switched the device",
        "patients call the practice because they cannot tell whether the new device is the same medicine",
        "the pharmacy switch of the inhaler device has undone months of inhaler-technique training",
        "older patients were not shown how to use the substituted device",
        "patients now hold two different devices at home and mix them up",
        "the practice spends extra time each week re-training patients on the new device",
    ]

    /// "Why it matters" of the East surge insights.
    static let surgeMatters: [String] = [
        "Device substitution is eroding adherence, and none of our plans or objectives covers patient experience.",
        "A new pattern in the region since the rebate contracts changed; it affects control of the disease, not only convenience.",
        "Practices carry the re-training burden alone; patient support materials with medical review could help.",
        "If this continues, exacerbations will rise in patients who were stable; the office should see this signal.",
        "Several colleagues in the region hear the same within a few weeks, which makes it more than an anecdote.",
    ]

    /// Tags of the East surge insights.
    static let surgeTags = ["pharmacy", "rebate-contract", "adherence", "inhaler-technique"]
}
