import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonResources
import LiaisonStore

/// A small, deterministic dataset built in code (four regions, a national plan, insights over
/// twelve weeks, one MSL's closed loop and drafts) and the environment the app tests run in.
///
/// `AppFixture.dataset()` is the one place that decides what the tests load: the code-built
/// dataset by default, the bundled demo dataset with `LIAISON_TEST_DATASET=demo` (switch the
/// default here once the demo data is final and re-record the goldens).
enum AppFixture {
    /// The fixed "now" of every app test: 2026-11-20T16:00:00Z (a Friday).
    static let now = Date(timeIntervalSince1970: 1_795_190_400)
    /// The person the tests act as.
    static let mslID: PersonID = "person:anna-keller"

    /// The dataset the app tests use.
    static func dataset() throws -> Dataset {
        ProcessInfo.processInfo.environment["LIAISON_TEST_DATASET"] == "demo" ? try demoDataset() : try smallDataset()
    }

    /// The bundled demo dataset, for when goldens move to the demo data.
    static func demoDataset() throws -> Dataset {
        try JSONCoding.decoder().decode(Dataset.self, from: try BundledResource.demoDataset.data())
    }

    /// An in-memory store holding `dataset` (or nothing when `empty`).
    static func store(empty: Bool = false) throws -> LiaisonStore {
        let store = try LiaisonStore.inMemory(taxonomy: try taxonomy(), compliance: try compliance(), clock: { now })
        if !empty { try store.importDataset(try dataset(), actor: "person:fixture") }
        return store
    }

    /// The environment for `store`, acting as `personID` (nil = nobody picked), monochrome so
    /// goldens do not depend on colours, with the clashes computed at `now` from the bundled
    /// config and roles.
    static func environment(store: LiaisonStore, personID: PersonID? = mslID) throws -> AppEnvironment {
        let settings = try clashSettings()
        return AppEnvironment(
            store: store, person: try personID.flatMap { try store.person(id: $0) }, clock: { now },
            theme: .dark, taxonomy: try taxonomy(), compliance: try compliance(), roles: settings.roles,
            clashes: try ClashService(store: store, settings: settings, now: now))
    }

    /// The bundled clash config and role definitions (no user config).
    static func clashSettings() throws -> ClashSettings {
        try ClashSettings.load(bundledConfig: try BundledResource.config.data(), roles: try BundledResource.roles.data(), environment: [:])
    }

    /// An in-memory store holding the bundled demo dataset.
    static func demoStore() throws -> LiaisonStore {
        let store = try LiaisonStore.inMemory(taxonomy: try taxonomy(), compliance: try compliance(), clock: { now })
        try store.importDataset(try demoDataset(), actor: "person:fixture")
        return store
    }

    static func taxonomy() throws -> Taxonomy { try Taxonomy.decode(try BundledResource.taxonomy.data()) }
    static func compliance() throws -> ComplianceChecker {
        try ComplianceChecker.decode(try BundledResource.restrictedWords.data())
    }

    /// A deterministic UUID from a number.
    static func uuid(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-4000-8000-%012d", number))!
    }

    static let regionNames = [("north", "North"), ("south", "South"), ("east", "East"), ("west", "West")]
    static let rmdNames = ["Clara Berg", "David Osei", "Elena Marsh", "Farid Khan"]
    static let mslNames = ["Anna Keller", "Ben Novak", "Chloe Roy", "Dan Weiss"]
    static let themes: [ThemeCode] = ["unmet-need", "access-reimbursement", "treatment-practice", "education-need", "study-interest"]

    static func smallDataset() throws -> Dataset {
        var regions: [Region] = []
        var people: [Person] = [try Person(id: "person:maria-lopez", name: "Maria Lopez", role: .medicalDirector, regionID: nil)]
        var institutions: [Institution] = []
        var hcps: [HCP] = []
        for (index, (slug, name)) in regionNames.enumerated() {
            let regionID = "region:\(slug)"
            let rmdSlug = rmdNames[index].lowercased().replacingOccurrences(of: " ", with: "-")
            let mslSlug = mslNames[index].lowercased().replacingOccurrences(of: " ", with: "-")
            regions.append(try Region(id: regionID, name: name, territory: "\(name) territory", rmdID: "person:\(rmdSlug)"))
            people.append(try Person(id: "person:\(rmdSlug)", name: rmdNames[index], role: .rmd, regionID: regionID, formerRole: .msl))
            people.append(try Person(id: "person:\(mslSlug)", name: mslNames[index], role: .msl, regionID: regionID))
            institutions.append(try Institution(
                id: "inst:uh-\(slug)", name: "University Hospital \(name)", city: "\(name)ville", regionID: regionID,
                kind: .universityHospital, influenceTier: 1, studyExperience: 12 - index))
            hcps.append(try HCP(
                id: "hcp:h\(index)1", name: "Dr. \(name) One", specialty: "Cardiology", institutionID: "inst:uh-\(slug)",
                regionID: regionID, tier: .national, channelPreference: .faceToFace, faceToFaceAccess: .open, contactConsent: true))
        }
        let products = [
            try Product(id: "product:lumora", name: "Lumora", therapeuticArea: "Cardiology", lifecycleStage: .growth, complexity: 4),
            try Product(id: "product:cardiva", name: "Cardiva", therapeuticArea: "Cardiology", lifecycleStage: .launch, complexity: 3),
        ]
        let objectives = [
            try Objective(code: "obj:early-diagnosis", title: "Earlier diagnosis", rank: 1, productID: "product:lumora", theme: "unmet-need", kpiTarget: "+10% referrals"),
            try Objective(code: "obj:access", title: "Access in hospitals", rank: 2, productID: nil, theme: "access-reimbursement", kpiTarget: "5 formularies"),
        ]
        var plans = [try Plan(id: "plan:national-2027-h1", period: "2027-H1", scope: .national, status: .approved, objectives: objectives)]
        let statuses: [PlanStatus] = [.approved, .inReview, .draft]
        for (index, (slug, _)) in regionNames.prefix(3).enumerated() {
            plans.append(try Plan(id: "plan:\(slug)-2027-h1", period: "2027-H1", scope: .region("region:\(slug)"), status: statuses[index], objectives: objectives))
        }
        let insights = try regionalInsights(people: people) + closedLoop()
        let decisions = [
            try Decision(
                id: uuid(9001), title: "Local formats for the north", topic: .educationalFormat, scope: .region("region:north"),
                fieldCase: Case(argument: "Doctors want local meetings"), officeCase: Case(argument: "One national format"),
                createdBy: "person:clara-berg", createdAt: now.addingTimeInterval(-20 * 86_400)),
            try Decision(
                id: uuid(9002), title: "One national voice on Lumora", topic: .nationalVoice, scope: .national,
                fieldCase: Case(argument: "Regions differ"), officeCase: Case(argument: "Global wants one message"),
                createdBy: "person:maria-lopez", createdAt: now.addingTimeInterval(-10 * 86_400)),
        ]
        return Dataset(regions: regions, people: people, products: products, institutions: institutions, hcps: hcps,
                       plans: plans, insights: insights, decisions: decisions)
    }

    /// Insights by every MSL, spread over twelve weeks; the north region is the busiest.
    private static func regionalInsights(people: [Person]) throws -> [Insight] {
        var insights: [Insight] = []
        var number = 1
        for (index, (slug, _)) in regionNames.enumerated() {
            let author = "person:" + mslNames[index].lowercased().replacingOccurrences(of: " ", with: "-")
            let count = [14, 9, 6, 3][index]
            for item in 0..<count {
                let daysAgo = Double((item * 83 + index * 11) % 80) + 1
                let at = now.addingTimeInterval(-daysAgo * 86_400)
                insights.append(try Insight(
                    id: uuid(number), authorID: author, regionID: "region:\(slug)", hcpID: "hcp:h\(index)1",
                    productID: "product:lumora", theme: themes[(item + index) % themes.count], interactionAt: at,
                    loggedAt: at.addingTimeInterval(600), whatWasSaid: "Observation \(number) from the \(slug)",
                    whyItMatters: "Matters for planning", sentiment: (item % 5) - 2, status: .submitted))
                number += 1
            }
        }
        return insights
    }

    /// Anna Keller's own insights in every state of the loop, plus two drafts.
    private static func closedLoop() throws -> [Insight] {
        func mine(_ n: Int, daysAgo: Double, theme: ThemeCode, status: InsightStatus, text: String,
                  link: InsightLink? = nil, endorsedBy: [PersonID] = []) throws -> Insight {
            let at = now.addingTimeInterval(-daysAgo * 86_400)
            return try Insight(
                id: uuid(n), authorID: mslID, regionID: "region:north", hcpID: "hcp:h01", theme: theme,
                interactionAt: at, loggedAt: at.addingTimeInterval(300), whatWasSaid: text, status: status,
                link: link, endorsedBy: endorsedBy)
        }
        let objective = InsightLink(target: .objective, reference: "plan:national-2027-h1#obj:early-diagnosis")
        let decision = InsightLink(target: .decision, reference: uuid(9001).uuidString)
        return [
            try mine(501, daysAgo: 1.2, theme: "unmet-need", status: .submitted, text: "Referral delays of months"),
            try mine(502, daysAgo: 3, theme: "education-need", status: .reviewed, text: "Nurses ask for training"),
            try mine(503, daysAgo: 6, theme: "unmet-need", status: .actioned, text: "Screening gaps in rural clinics",
                     link: objective, endorsedBy: ["person:ben-novak", "person:chloe-roy"]),
            try mine(504, daysAgo: 9, theme: "access-reimbursement", status: .closed, text: "Formulary listing stalled", link: decision),
            try mine(505, daysAgo: 12, theme: "competitor", status: .archived, text: "Duplicate of an earlier note"),
            try mine(506, daysAgo: 0.1, theme: "study-interest", status: .draft, text: "Wants to join the registry study"),
            try mine(507, daysAgo: 2, theme: "treatment-practice", status: .draft, text: "Switches patients after 6 weeks"),
        ]
    }
}
