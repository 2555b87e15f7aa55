/// Phrase banks for the market themes: access and reimbursement, competitor and channel
/// preference.
enum MarketPhrases {
    static let access = ThemePhrases(
        said: [
            "the hospital pharmacy committee has put {product} on hold until the next budget round",
            "the drug committee only meets twice a year, so new listings take up to {n} months",
            "the regional prescribing targets make GPs hesitate with anything beyond the cheapest option",
            "their hospital group negotiates centrally and the local department has no say",
            "a recent audit by the payer in {city} made colleagues cautious with new prescriptions",
            "O|funding for {diagnosticStep} is the real access barrier, before any question of drug cost",
            "O|the NUB application for the new indication has to be prepared by the department itself",
            "C|GPs fear recourse claims if they continue {product} after discharge",
            "C|discharge letters recommend {product} but the practice switches for budget reasons",
            "R|rebate contracts mean the pharmacy hands out a different inhaler than prescribed",
            "R|practices are told to review all triple-therapy prescriptions because of cost",
            "patients in {city} pay extra co-payments that make them skip refills",
        ],
        details: [
            "She estimates that {pct}% of eligible patients are affected.",
            "He asked whether we can share the health-economic data with the committee.",
            "The decision is expected in about {weeks} weeks.",
            "The same barrier exists in two neighbouring hospitals, he said.",
            "She said the pharmacy is open to a scientific briefing.",
            "He was frustrated because the clinical case is clear to him.",
        ],
        matters: [
            "An access barrier that limits uptake more than any clinical question; relevant for market access colleagues.",
            "Clinical conviction is there; the barrier is structural and regional.",
            "Shows that our access objective needs regional detail to work.",
            "If this repeats across the region, our plan overestimates what the field can change.",
            "Market access should know before the next payer meeting.",
            "A case for coordinated input from medical and market access, not separate visits.",
        ],
        sentiment: -2...0,
        tags: ["formulary", "budget", "payer", "rebate", "co-payment"])

    static let competitor = ThemePhrases(
        said: [
            "the competitor team visits every week and offers help with documentation",
            "colleagues were impressed by the competitor's real-world data at the last congress",
            "she prefers {competitor} mainly because she has years of experience with it",
            "the competitor runs a well attended case-discussion series in {city}",
            "O|a competitor study in the same setting is recruiting at their centre and competes for patients",
            "O|the competitor's digital tumour-board tool is used by the whole team",
            "C|the competitor's titration app is popular with the nurses",
            "C|cost arguments from the competitor have reached the hospital pharmacy",
            "R|{competitor} are already being discussed in the practice network",
            "R|pharmacists expect a wave of automatic substitutions once the generics launch",
            "R|he plans to switch stable patients to the cheaper option as soon as it is available",
            "comparative data between {product} and {competitor} are what everybody is asking for",
        ],
        details: [
            "He did not criticise either option; it is about familiarity.",
            "She asked whether a head-to-head analysis is planned.",
            "Several residents mentioned the same during the visit.",
            "He expects the competitor to extend this to other hospitals in {city}.",
            "She was clear that the clinical data will decide, not the service offer.",
            "The topic came up without my asking.",
        ],
        matters: [
            "Useful context on how the competitive environment is shaping practice locally.",
            "Our scientific exchange needs to answer the comparison question directly.",
            "Shows where service offers, not data, shape preferences.",
            "R|Relevant for the generic-entry planning and timing of our education offers.",
            "If this spreads, our objectives for {product} need revisiting.",
            "Competitive intelligence to share with HQ, without naming the HCP externally.",
        ],
        sentiment: -1...1,
        tags: ["competitor", "comparison", "generics", "service", "congress-data"])

    static let channelPreference = ThemePhrases(
        said: [
            "short video calls at the end of the day work better for her than visits",
            "she no longer accepts unannounced visits; everything has to go through the secretary",
            "he would rather get a two-page summary by e-mail than a presentation",
            "the department has limited visits from industry to one slot per month",
            "he enjoys in-person discussions of difficult cases and wants to keep them",
            "webinars at lunchtime are impossible on clinic days",
            "they receive too many e-mails from different people at the same company",
            "a recorded expert talk she can watch later is the most useful format",
            "O|complex data on {product} should be discussed in person, not on a screen",
            "C|the nurses would welcome remote training on titration schemes",
            "R|practice staff prefer short digital materials on inhaler technique",
            "evening events in {city} are badly attended since the pandemic",
        ],
        details: [
            "She said two contacts per quarter would be enough.",
            "He asked us to coordinate with the other teams before contacting him.",
            "The department's new rules apply to every company.",
            "She mentioned that three people from our company contacted her in the same week.",
            "He would like one named contact for medical questions.",
            "She is happy to be contacted again in {weeks} weeks.",
        ],
        matters: [
            "Channel choice matters for whether this HCP stays engaged at all.",
            "Supports a more remote model in this region, where access is limited.",
            "A signal of contact fatigue; functions should coordinate before reaching out.",
            "Relevant for the channel mix we plan for {product}.",
            "Shows that the face-to-face share in our plan should follow preference, not habit.",
            "Input for the remote-engagement listening priority.",
        ],
        sentiment: -1...1,
        tags: ["remote", "digital", "access", "contact-fatigue", "webinar"])
}
