import Foundation
import LiaisonCore
import LiaisonResources

/// A small, quiet country (four regions whose plans match the national plan) that each
/// test bends until one clash fires.
enum ClashFixture {
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let regionIDs = ["region:east", "region:north", "region:south", "region:west"]
    static let study = "study:lumora-301"
    static let nationalPlanID = "plan:national-2027-h1"

    /// `now` moved by `days` (negative: in the past).
    static func day(_ days: Double) -> Date { now.addingTimeInterval(days * 86_400) }

    static func planID(_ regionID: RegionID) -> PlanID {
        "plan:\(regionID.dropFirst("region:".count))-2027-h1"
    }

    static func rmd(_ regionID: RegionID) -> PersonID { "person:rmd-\(regionID.dropFirst("region:".count))" }

    static func roles() throws -> RoleDefinitions {
        try RoleDefinitions.decode(BundledResource.roles.data())
    }

    static func regions() throws -> [Region] {
        try regionIDs.map { id in
            let name = String(id.dropFirst("region:".count)).capitalized
            return try Region(id: id, name: name, territory: "\(name) territory", rmdID: rmd(id))
        }
    }

    static func people() throws -> [Person] {
        var people = try regionIDs.map { id in
            try Person(id: rmd(id), name: "RMD \(id.dropFirst("region:".count).capitalized)", role: .rmd, regionID: id, formerRole: .msl)
        }
        people.append(try Person(id: "person:msl-north", name: "Mia MSL", role: .msl, regionID: "region:north"))
        people.append(try Person(id: "person:md", name: "Dr Medical Director", role: .medicalDirector, regionID: nil))
        people.append(try Person(id: "person:office", name: "Olaf Office", role: .office, regionID: nil))
        people.append(try Person(id: "person:lead", name: "Tina Lead", role: .teamLead, regionID: nil))
        people.append(try Person(id: "person:global", name: "Gabi Global", role: .global, regionID: nil))
        return people
    }

    static func institutions() throws -> [Institution] {
        var result: [Institution] = []
        for id in regionIDs {
            let short = String(id.dropFirst("region:".count))
            result.append(try Institution(
                id: "inst:uh-\(short)", name: "University Hospital \(short.capitalized)", city: short, regionID: id,
                kind: .universityHospital, influenceTier: 1, studyExperience: 12))
            result.append(try Institution(
                id: "inst:rh-\(short)", name: "Regional Hospital \(short.capitalized)", city: short, regionID: id,
                kind: .regionalHospital, influenceTier: 2, studyExperience: 4))
            result.append(try Institution(
                id: "inst:rh2-\(short)", name: "Second Regional Hospital \(short.capitalized)", city: short, regionID: id,
                kind: .regionalHospital, influenceTier: 2, studyExperience: 5))
            result.append(try Institution(
                id: "inst:clinic-\(short)", name: "Clinic \(short.capitalized)", city: short, regionID: id,
                kind: .clinic, influenceTier: 3, studyExperience: 0))
        }
        return result
    }

    /// Objective codes with their national rank and theme.
    static let objectiveSpecs: [(code: String, title: String, theme: ThemeCode)] = [
        ("obj:early-dx", "Early diagnosis", "diagnostic-pathway"),
        ("obj:access", "Access to therapy", "access-reimbursement"),
        ("obj:education", "Educate referrers", "education-need"),
        ("obj:safety", "Safety confidence", "safety-perception"),
        ("obj:switch", "Optimal switching", "treatment-practice"),
    ]

    /// Objectives with `ranks[code]` overriding the national rank; codes in `omit` are left out.
    static func objectives(ranks: [String: Int] = [:], omit: Set<String> = []) throws -> [Objective] {
        try objectiveSpecs.enumerated().compactMap { index, spec in
            guard !omit.contains(spec.code) else { return nil }
            return try Objective(
                code: spec.code, title: spec.title, rank: ranks[spec.code] ?? index + 1, productID: nil,
                theme: spec.theme, kpiTarget: "KPI for \(spec.title)")
        }
    }

    static func nationalPlan() throws -> Plan {
        try Plan(
            id: nationalPlanID, period: "2027-H1", scope: .national, status: .approved, objectives: objectives(),
            studySites: [site("inst:uh-north"), site("inst:uh-south")])
    }

    static func regionalPlan(_ regionID: RegionID) throws -> Plan {
        let sites: [StudySiteNomination] = switch regionID {
        case "region:north": [try site("inst:uh-north")]
        case "region:south": [try site("inst:uh-south")]
        default: []
        }
        return try Plan(
            id: planID(regionID), period: "2027-H1", scope: .region(regionID), status: .approved,
            objectives: objectives(), studySites: sites)
    }

    static func site(_ institutionID: InstitutionID, study: String = study) throws -> StudySiteNomination {
        try StudySiteNomination(study: study, institutionID: institutionID, rationale: "known investigators")
    }

    static func themes() throws -> [Theme] {
        try Taxonomy.decode(BundledResource.taxonomy.data()).themes
    }

    /// The quiet country: no rule fires.
    static func snapshot() throws -> ClashSnapshot {
        ClashSnapshot(
            now: now, regions: try regions(), people: try people(), institutions: try institutions(),
            plans: [try nationalPlan()] + (try regionIDs.map(regionalPlan)), decisions: [], roles: try roles(),
            themes: try themes(), themeActivity: [], triage: [])
    }

    /// Replaces the plan with `id` by `transform(plan)`.
    static func editPlan(_ snapshot: inout ClashSnapshot, _ id: PlanID, _ transform: (inout Plan) throws -> Void) rethrows {
        guard let index = snapshot.plans.firstIndex(where: { $0.id == id }) else { return }
        try transform(&snapshot.plans[index])
    }

    /// A decision; decided ones get an outcome, rationale and decider.
    static func decision(
        id: UUID = UUID(), title: String = "A decision", topic: DecisionTopic, scope: PlanScope = .national,
        status: DecisionStatus = .open, resolution: ResolutionMode? = nil, decidedBy: PersonID? = nil,
        decidedAt: Date? = nil, reviewDate: Date? = nil, stances: [Stance] = [], clashIDs: [String] = []
    ) throws -> Decision {
        try Decision(
            id: id, title: title, topic: topic, scope: scope,
            fieldCase: Case(argument: "Field argument"), officeCase: Case(argument: "Office argument"),
            stances: stances, resolution: resolution, decidedBy: decidedBy,
            outcome: status == .decided ? "Outcome" : "", rationale: status == .decided ? "Rationale" : "",
            reviewDate: reviewDate, status: status, clashIDs: clashIDs, createdBy: "person:md",
            createdAt: day(-90), decidedAt: decidedAt)
    }

    static func stance(_ person: PersonID, _ position: StancePosition, at days: Double = -5) -> Stance {
        Stance(personID: person, position: position, note: "note", recordedAt: day(days))
    }

    static func evaluate(_ rule: some ClashRule, _ snapshot: ClashSnapshot, config: ClashConfig = .defaults) -> [Clash] {
        rule.evaluate(snapshot, config: config).sorted(by: Clash.ranksBefore)
    }
}
