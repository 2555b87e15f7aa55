import LiaisonCore

/// The other decisions of the year: advisory boards, congresses, remote engagement, registry
/// entry, touchpoint coordination, generic entry, renal evidence and the global board seat.
struct RoutineDecisions {
    let writer: DecisionWriter

    private var ids: DecisionIDs { writer.world.decisionIDs }
    private var rmd: (RegionID) -> PersonID { writer.world.organisation.rmd(of:) }

    /// Builds the decisions.
    func make() throws(ValidationError) -> [Decision] {
        let w = writer, n = DemoIDs.north, s = DemoIDs.south, e = DemoIDs.east, wst = DemoIDs.west
        let national = DemoIDs.nationalPlan, md = DemoIDs.medicalDirector, hq = DemoIDs.strategyLead
        let hfEvidence = w.evidence("treatment-practice", region: n, product: DemoIDs.cardelin)
        let renalEvidence = w.evidence("unmet-need", product: DemoIDs.cardelin, count: 4)
        let genericEvidence = w.evidence("competitor", product: DemoIDs.respiflo, count: 4)
        return [
            try w.decision(
                ids.heartFailureBoards, "HF advisory board: one national board or regional boards",
                topic: .other, scope: .national,
                field: Case(argument: "Discharge practice differs by region; a northern board would include the six network hospitals.",
                            evidence: w.refs(hfEvidence) + [w.tactic(DemoIDs.regionalPlan(n), "tac:north-hf-network-board")]),
                office: Case(argument: "One national board avoids duplicate honoraria and gives one advice record for the HF objective.",
                             evidence: [w.tactic(national, "tac:hf-national-advisory-board"), w.objective(national, ObjectiveCode.heartFailureGuidelines)]),
                stances: [(rmd(n), .oppose, "Asked to revisit: the network needs its own board."), (rmd(s), .support, "National is enough."),
                          (rmd(e), .support, "Fine."), (rmd(wst), .support, "Fine.")],
                created: 215, createdBy: rmd(n),
                ruling: Ruling(mode: .compromise, by: md, day: 200,
                               outcome: "One national HF board with two seats per region; regions may hold one local network meeting without honoraria.",
                               rationale: "Keeps one advice record while giving regions a voice."),
                status: .revisit, review: DemoClock.date(2026, 12, 15), insightIDs: hfEvidence),
            try w.decision(
                ids.respiratoryCongress, "Scientific presence at the respiratory congress 2027",
                topic: .other, scope: .national,
                field: Case(argument: "Practices ask for generic-entry guidance; a symposium on switching is useful to them.",
                            evidence: w.refs(w.evidence("education-need", product: DemoIDs.respiflo, count: 2))),
                office: Case(argument: "A symposium is affordable if the booth stays small.", evidence: [w.tactic(national, "tac:dgp-2027")]),
                stances: DemoIDs.regions.map { (rmd($0), StancePosition.support, "Agreed.") },
                created: 120, createdBy: hq,
                ruling: Ruling(mode: .consensus, by: md, day: 110,
                               outcome: "Symposium on appropriate switching with a small scientific booth.",
                               rationale: "Serves the generic-entry objective at modest cost."),
                status: .decided, review: DemoClock.date(2027, 4, 30)),
            try w.decision(
                ids.eastRemoteModel, "Remote-first engagement model for East",
                topic: .channelMix, scope: .region(e),
                field: Case(argument: "Most East HCPs prefer remote or digital contact and access is restricted; a remote-first model fits.",
                            evidence: w.refs(w.evidence("channel-preference", region: e, count: 4))),
                office: Case(argument: "Before changing the model, wait for the Q4 remote-engagement data and the national portal launch.",
                             evidence: [w.objective(national, ObjectiveCode.digitalEngagement), w.tactic(national, "tac:hcp-portal")]),
                stances: [(rmd(e), .support, "We are remote-first in practice already."), (hq, .abstain, "Data first.")],
                created: 40, createdBy: rmd(e),
                ruling: Ruling(mode: .deferred, by: md, day: 30, outcome: "",
                               rationale: "Deferred until the Q4 remote-engagement figures are available."),
                status: .open, review: DemoClock.date(2027, 1, 15)),
            try w.decision(
                ids.northTumourBoards, "Exception for North's local tumour-board evenings",
                topic: .educationalFormat, scope: .region(n),
                field: Case(argument: "The evenings are booked and reach pathologists the academy does not; North asks for an exception for H1.",
                            evidence: [w.tactic(DemoIDs.regionalPlan(n), "tac:north-tumour-board-evenings")]
                                + w.refs(w.evidence("education-need", region: n, count: 2))),
                office: Case(argument: "The national format was decided six weeks ago; an exception reopens it for every region.",
                             evidence: [EvidenceRef(.decision, ids.educationFormat.uuidString), w.tactic(national, "tac:nsclc-academy")]),
                stances: [(rmd(n), .support, "Exception for H1 only."), (hq, .oppose, "No exceptions before launch.")],
                created: 12, createdBy: rmd(n), ruling: nil, status: .open, review: DemoClock.date(2026, 12, 11)),
            try w.decision(
                ids.registryLeineufer, "Cardelin-402 registry entry for Universitätsklinikum Leineufer",
                topic: .studyEntry, scope: .region(n),
                field: Case(argument: "Leineufer's renal-cardiology clinic sees exactly the patients the registry lacks.",
                            evidence: w.refs(w.evidence("study-interest", region: n, product: DemoIDs.cardelin, count: 2))
                                + [EvidenceRef(.institution, "inst:uk-leineufer")]),
                office: Case(argument: "Agreed; Leineufer is on the national registry list already.",
                             evidence: [w.site(national, DemoIDs.cardelinRegistry, "inst:uk-leineufer")]),
                stances: DemoIDs.regions.map { (rmd($0), StancePosition.support, "Good fit.") },
                created: 150, createdBy: rmd(n),
                ruling: Ruling(mode: .consensus, by: md, day: 140, outcome: "Leineufer enters the Cardelin-402 registry.",
                               rationale: "Field and office agree; fills the renal gap."),
                status: .decided, review: DemoClock.date(2027, 6, 30)),
            try w.decision(
                ids.touchpointCoordination, "One contact plan for top oncologists across functions",
                topic: .other, scope: .national,
                field: Case(argument: "Key oncologists complain about several contacts from us in the same week; MSLs lose access as a result.",
                            evidence: w.refs(w.evidence("channel-preference", product: DemoIDs.oncavia, count: 3))),
                office: Case(argument: "Each function has its own targets; a shared contact plan needs agreement with sales and marketing leadership.",
                             evidence: [w.objective(national, ObjectiveCode.digitalEngagement)]),
                stances: [(rmd(s), .support, "Urgent before launch."), (rmd(wst), .support, "Yes.")],
                created: 5, createdBy: DemoIDs.teamLead, ruling: nil, status: .open, review: nil),
            try w.decision(
                ids.genericEntryResponse, "Medical response to generic entry for Respiflo",
                topic: .other, scope: .national,
                field: Case(argument: "Practices want guidance on appropriate switching and device training, not brand defence.",
                            evidence: w.refs(genericEvidence)),
                office: Case(argument: "Medical should focus on the evidence for appropriate therapy and keep clear of commercial messages.",
                             evidence: [w.objective(national, ObjectiveCode.respifloRetention)]),
                stances: [(rmd(wst), .support, "Practical guidance is what we hear."), (rmd(s), .support, "Agree."),
                          (rmd(n), .abstain, "Low priority for us."), (rmd(e), .support, "Remote sessions work.")],
                created: 85, createdBy: rmd(wst),
                ruling: Ruling(mode: .compromise, by: md, day: 70,
                               outcome: "A medical guide on appropriate switching and inhaler technique, delivered remotely in the East and face to face elsewhere.",
                               rationale: "Answers the practices' question while keeping medical and commercial roles apart."),
                status: .decided, review: DemoClock.date(2027, 2, 28), insightIDs: genericEvidence),
            try w.decision(
                ids.renalEvidence, "Support for an investigator-initiated renal HF study",
                topic: .resourceAllocation, scope: .national,
                field: Case(argument: "Nephrologists and cardiologists repeatedly describe HF patients with low eGFR left on old regimens.",
                            evidence: w.refs(renalEvidence)),
                office: Case(argument: "Budget is tied to the launch; a registry substudy is cheaper than a new study.",
                             evidence: [w.objective(national, "obj:renal-hf-evidence")]),
                stances: DemoIDs.regions.map { (rmd($0), StancePosition.support, "Support the substudy.") },
                created: 190, createdBy: rmd(n),
                ruling: Ruling(mode: .consensus, by: md, day: 180, outcome: "A renal substudy within the Cardelin-402 registry instead of a new study.",
                               rationale: "Answers the unmet need at a fraction of the cost."),
                status: .revisit, review: DemoClock.date(2026, 11, 30), insightIDs: renalEvidence),
            try w.decision(
                ids.globalBoardSeat, "Who represents Germany on the global Oncavia advisory board",
                topic: .nationalVoice, scope: .national,
                field: Case(argument: "An RMD should hold the seat; they hear the centres first-hand.",
                            evidence: w.refs(w.evidence("unmet-need", product: DemoIDs.oncavia, count: 2))),
                office: Case(argument: "The seat should stay with HQ strategy for continuity with global.",
                             evidence: [EvidenceRef(.plan, national)]),
                stances: [(rmd(n), .support, "Rotation is fair."), (rmd(s), .support, "Agree."), (rmd(e), .support, "Agree."),
                          (rmd(wst), .support, "Agree."), (hq, .oppose, "Continuity matters."), (DemoIDs.globalContact, .abstain, "Either works for global.")],
                created: 160, createdBy: rmd(e),
                ruling: Ruling(mode: .compromise, by: md, day: 150,
                               outcome: "The seat rotates between RMDs every six months; HQ strategy prepares the briefing.",
                               rationale: "Gives the field a direct voice while keeping one prepared national position."),
                status: .decided, review: DemoClock.date(2027, 6, 30)),
        ]
    }
}
