/// Phrase banks for the clinical themes: unmet need, treatment practice, safety perception and
/// diagnostic pathway.
enum ClinicalPhrases {
    static let unmetNeed = ThemePhrases(
        said: [
            "{patients} with poor performance status are rarely offered anything beyond best supportive care",
            "roughly {pct}% of {patients} in her clinic do not fit any current treatment algorithm",
            "there is still no good option once {patients} progress after {competitor}",
            "elderly {patients} with several comorbidities fall between the guidelines",
            "O|brain metastases remain the main open question in {indication}",
            "O|patients with uncommon EGFR mutations are the group she feels least equipped to treat",
            "C|HF patients with an eGFR below 30 are simply left on their old regimen",
            "C|women with HFrEF are under-represented in every trial she knows, and it shows in her clinic",
            "R|frequent exacerbators who are already on triple therapy have nowhere to go",
            "R|COPD patients in nursing homes hardly ever get their inhaler therapy reviewed",
            "nobody has good data for {patients} over 80",
            "the transition from hospital to the GP is where {patients} get lost",
        ],
        details: [
            "She estimated about {n} such patients per month in her service alone.",
            "The team discusses these cases every week without a clear answer.",
            "He asked whether any data are planned for this group.",
            "In {city} there is no specialised outpatient service for them.",
            "Colleagues at other centres told him they see the same gap.",
            "He said the guidelines are silent on this situation.",
        ],
        matters: [
            "An unmet need that none of our current evidence addresses; relevant for future data generation.",
            "Shows where {product} could matter most if the data hold up in this group.",
            "A recurring gap that could shape the next investigator-initiated study.",
            "If this group is as large as described, our planning assumptions for {indication} are too narrow.",
            "It suggests that the patient pathway, not only the therapy, is the bottleneck.",
            "Supports the case for real-world data in this population.",
        ],
        sentiment: -2...0,
        tags: ["gap", "elderly", "comorbidity", "real-world-data", "subgroup"])

    static let treatmentPractice = ThemePhrases(
        said: [
            "the team now follows {guideline} closely, but only for patients seen in the university clinic",
            "in practice they switch therapy after {n} months rather than waiting for formal progression",
            "most {patients} are still started on {competitor} out of habit",
            "dose adjustments are made by the ward team, and nobody documents why",
            "O|second-line choices are decided in the molecular tumour board, which meets only every other week",
            "O|they re-biopsy only about {pct}% of patients at progression",
            "C|up-titration stops at the discharge letter; GPs rarely change the dose afterwards",
            "C|they start all four pillars in hospital now, but {pct}% of patients lose one within three months",
            "R|triple therapy is started mainly after a hospital stay, rarely in the practice",
            "R|many GPs step down from triple therapy when the patient seems stable, without spirometry",
            "{monitoring} is done less often than the label suggests because of workload",
            "local protocols in {city} differ from {guideline} on sequencing",
        ],
        details: [
            "He described this as the normal routine in most hospitals he knows.",
            "She said this has not changed in the last {n} years.",
            "The junior doctors follow an internal checklist that predates the current guideline.",
            "He was open about the fact that time pressure drives these choices.",
            "She would like a simple algorithm she can hand to residents.",
            "The department head agreed in principle but sees no capacity to change it now.",
        ],
        matters: [
            "Real-world practice differs from the guideline at exactly the step where {product} would come in.",
            "Relevant for positioning {product} in the actual treatment sequence, not the ideal one.",
            "Shows that practice change needs the whole ward team, not only the prescribing lead.",
            "Explains the gap between our forecasts and the real uptake in {city}.",
            "A training need disguised as a practice pattern; useful for our education plan.",
            "Suggests our focus on {endpoint} does not match what drives daily decisions.",
        ],
        sentiment: -1...1,
        tags: ["sequencing", "guideline", "titration", "switching", "routine"])

    static let safetyPerception = ThemePhrases(
        said: [
            "colleagues overestimate the monitoring burden of the class and avoid it for that reason",
            "the safety section of our slide deck is what residents remember, not the efficacy data",
            "{monitoring} is seen as the main practical hurdle, more than any specific risk",
            "she perceives the class as well understood now, after several years of experience",
            "O|ILD is the first thing oncologists ask about when a new EGFR agent is mentioned",
            "O|the team wants a clear management algorithm for pneumonitis before they use a new agent",
            "C|GPs are nervous about potassium values and stop therapy too early",
            "C|nephrologists worry more about eGFR dips than cardiologists do",
            "R|patients and GPs mix up the safety profile of inhaled and oral steroids",
            "R|older GPs still think of pneumonia risk as the main issue with ICS-containing inhalers",
            "the safety data presented at the last congress changed opinions in the department",
            "pharmacists in {city} ask more safety questions than the physicians do",
        ],
        details: [
            "No individual case was discussed; this is about general perception.",
            "She said a one-page summary for residents would help more than a long brochure.",
            "He referred to the label and asked for the latest pooled analysis.",
            "The question came up again in the team meeting afterwards.",
            "She would like medical information to send the reference list.",
            "He said perception in the wider department lags behind the evidence.",
        ],
        matters: [
            "Perceived risk, not actual data, is holding back use; a clear scientific answer would help.",
            "O|We need balanced safety communication before launch, otherwise the perception sets in early.",
            "Shows which safety questions medical information should expect from this specialty.",
            "Suggests a gap between the label and how the class is discussed locally.",
            "A perception issue that is best handled in scientific exchange, not in marketing material.",
            "Relevant for the safety module of our education programme.",
        ],
        sentiment: -1...0,
        tags: ["perception", "monitoring", "label", "class-effect", "reassurance"])

    static let diagnosticPathway = ThemePhrases(
        said: [
            "{patients} wait around {weeks} weeks between first suspicion and a confirmed diagnosis",
            "referrals from practices in {city} arrive without the basic work-up",
            "the bottleneck is not the test itself but getting the result to the treating team",
            "about {pct}% of patients reach the specialist only after an emergency admission",
            "O|{diagnosticStep} results take {weeks} weeks, so first-line therapy often starts without them",
            "O|pathology sends tissue to an external lab, which adds at least a week",
            "O|liquid biopsy is used only when tissue fails, and reimbursement is unclear",
            "C|{diagnosticStep} is not repeated after discharge, so nobody notices when patients worsen",
            "C|GPs do not have quick access to echocardiography in rural areas",
            "R|{diagnosticStep} is skipped in many practices, and COPD is diagnosed on symptoms alone",
            "R|spirometry devices in practices are old and rarely calibrated",
            "there is no shared pathway between the hospital and practices in the region",
        ],
        details: [
            "She counted {n} such cases in her unit last quarter.",
            "He said the delay is worst in the summer months.",
            "The hospital is planning a fast-track clinic but has no date yet.",
            "Practices nearby would refer earlier if they had a direct line.",
            "She blamed staffing in pathology rather than equipment.",
            "He said the regional cancer network discussed it without a result.",
        ],
        matters: [
            "Delays in diagnosis decide how many patients ever become eligible for {product}.",
            "O|Confirms the testing gap our national objective targets, with local detail.",
            "A pathway problem we can help with through education, not promotion.",
            "Shows where a regional pathway project would have the most effect.",
            "If {diagnosticStep} is skipped, patients are treated without the right selection.",
            "Useful evidence for the diagnosis-delay listening priority.",
        ],
        sentiment: -2...0,
        tags: ["referral", "delay", "testing", "pathway", "turnaround"])
}
