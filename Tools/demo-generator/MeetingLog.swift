import LiaisonCore

/// The two most recent weekly meetings, run by the team lead, with agenda items built from open
/// decisions and new insight themes, and action items (one of them overdue).
struct MeetingLog {
    let world: DemoWorld

    /// Builds the meetings.
    func make(rng: inout SeededRandom) throws(ValidationError) -> [Meeting] {
        let ids = world.decisionIDs
        let organisation = world.organisation
        let attendees = [DemoIDs.teamLead, DemoIDs.medicalDirector, DemoIDs.strategyLead] + organisation.rmds
        let southRMD = organisation.rmd(of: DemoIDs.south)
        let eastRMD = organisation.rmd(of: DemoIDs.east)
        let first = Meeting(
            id: rng.uuid(), date: DemoClock.date(2026, 11, 10), attendees: attendees,
            agenda: [
                AgendaItem(id: rng.uuid(), source: "decision", title: "Escalated: Oncavia-301 sites in the South",
                           reference: ids.southSiteShortlist.uuidString,
                           notes: "No agreement. South to bring feasibility data for its seven sites; HQ keeps Isarhöhe on the shortlist."),
                AgendaItem(id: rng.uuid(), source: "decision", title: "One national voice to global on the Oncavia launch sequence",
                           reference: ids.nationalVoice.uuidString,
                           notes: "Stances recorded: North and South support, East and West oppose. Medical director to decide after the briefing draft."),
                AgendaItem(id: rng.uuid(), source: "theme", title: "Device-switch reports rising in East (patient experience)",
                           reference: "\(DemoIDs.surgeRegion)/\(DemoIDs.surgeTheme)",
                           notes: "Several MSLs report confused patients after pharmacy device substitution. No plan objective covers it yet."),
                AgendaItem(id: rng.uuid(), source: "free", title: "2027-H1 plan sign-off timeline",
                           notes: "South and West plans still in review."),
            ],
            actions: [
                try ActionItem(id: rng.uuid(), title: "Feasibility data for the seven South nominations", ownerID: southRMD,
                               due: DemoClock.date(2026, 11, 16), status: .open),
                try ActionItem(id: rng.uuid(), title: "Draft the national-voice briefing for global", ownerID: DemoIDs.strategyLead,
                               due: DemoClock.date(2026, 11, 27), status: .open),
                try ActionItem(id: rng.uuid(), title: "Circulate the NSCLC Testing Academy module dates", ownerID: DemoIDs.teamLead,
                               due: DemoClock.date(2026, 11, 13), status: .done),
            ],
            notes: "Weekly Medical Affairs meeting. Focus on study sites and the global briefing.")
        let second = Meeting(
            id: rng.uuid(), date: DemoClock.date(2026, 11, 17), attendees: attendees + [DemoIDs.globalContact],
            agenda: [
                AgendaItem(id: rng.uuid(), source: "decision", title: "Exception for North's local tumour-board evenings",
                           reference: ids.northTumourBoards.uuidString,
                           notes: "North asks for an H1 exception to the national academy format; HQ opposes. Open."),
                AgendaItem(id: rng.uuid(), source: "decision", title: "Face-to-face share for Respiflo in East: review date passed",
                           reference: ids.respifloEastChannel.uuidString,
                           notes: "Decided in July at 40%; the East plan still shows 75%. Not revisited."),
                AgendaItem(id: rng.uuid(), source: "decision", title: "One contact plan for top oncologists across functions",
                           reference: ids.touchpointCoordination.uuidString,
                           notes: "Examples of key oncologists contacted by four functions within two weeks."),
                AgendaItem(id: rng.uuid(), source: "action", title: "Open actions from last week",
                           notes: "South feasibility data still missing."),
            ],
            actions: [
                try ActionItem(id: rng.uuid(), title: "Check the East Respiflo channel share against the July decision",
                               ownerID: eastRMD, due: DemoClock.date(2026, 11, 24), status: .open),
                try ActionItem(id: rng.uuid(), title: "Contact-plan draft with sales and marketing leads", ownerID: DemoIDs.teamLead,
                               due: DemoClock.date(2026, 12, 1), status: .open),
                try ActionItem(id: rng.uuid(), title: "Collect device-switch examples from East practices", ownerID: eastRMD,
                               due: DemoClock.date(2026, 11, 26), status: .open),
                try ActionItem(id: rng.uuid(), title: "Share Academy speaker list with North", ownerID: DemoIDs.strategyLead,
                               due: DemoClock.date(2026, 11, 20), status: .cancelled),
            ],
            notes: "Global medical joined for the national-voice item.")
        return [first, second]
    }
}
