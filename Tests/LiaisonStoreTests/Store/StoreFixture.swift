import Foundation
import LiaisonCore
import LiaisonResources
import XCTest
@testable import LiaisonStore

/// A small country built in code for store tests: two regions, their RMDs and MSLs, office
/// staff, two products, three institutions, four HCPs, a national and a regional plan,
/// insights (some sharing an interaction time), touchpoints, decisions and a meeting.
enum StoreFixture {
    /// 2027-01-15T08:00:00Z, a Friday.
    static let now = Date(timeIntervalSince1970: 1_800_000_000)
    static let day: TimeInterval = 86_400

    static func taxonomy() throws -> Taxonomy {
        try Taxonomy.decode(BundledResource.taxonomy.data())
    }

    /// An empty in-memory store whose clock stands at `now`.
    static func emptyStore(compliance: ComplianceChecker = ComplianceChecker(restricted: [])) throws -> LiaisonStore {
        try LiaisonStore.inMemory(taxonomy: taxonomy(), compliance: compliance, clock: { StoreFixture.now })
    }

    /// An in-memory store holding `dataset()`.
    static func store(compliance: ComplianceChecker = ComplianceChecker(restricted: [])) throws -> LiaisonStore {
        let store = try emptyStore(compliance: compliance)
        try store.importDataset(dataset(), actor: "person:admin")
        return store
    }

    static func id(_ number: Int) -> UUID {
        UUID(uuidString: String(format: "00000000-0000-0000-0000-%012d", number))!
    }

    static func reference() throws -> Dataset {
        Dataset(
            regions: [
                try Region(id: "region:north", name: "North", territory: "Hamburg, Bremen", rmdID: "person:anna-rmd"),
                try Region(id: "region:south", name: "South", territory: "Bavaria", rmdID: "person:bernd-rmd"),
            ],
            people: [
                try Person(id: "person:anna-rmd", name: "Anna Keller", role: .rmd, regionID: "region:north", formerRole: .msl),
                try Person(id: "person:bernd-rmd", name: "Bernd Roth", role: .rmd, regionID: "region:south", formerRole: .msl),
                try Person(id: "person:mia-msl", name: "Mia Braun", role: .msl, regionID: "region:north"),
                try Person(id: "person:tom-msl", name: "Tom Berg", role: .msl, regionID: "region:north"),
                try Person(id: "person:kenji-msl", name: "Kenji Sato", role: .msl, regionID: "region:south"),
                try Person(id: "person:clara-md", name: "Clara Wolf", role: .medicalDirector, regionID: nil),
            ],
            products: [
                try Product(id: "product:lumora", name: "Lumora", therapeuticArea: "Oncology", lifecycleStage: .launch, complexity: 4),
                try Product(id: "product:veltra", name: "Veltra", therapeuticArea: "Cardiology", lifecycleStage: .mature, complexity: 2),
            ],
            institutions: [
                try Institution(id: "inst:uh-north", name: "University Hospital North", city: "Hamburg",
                                regionID: "region:north", kind: .universityHospital, influenceTier: 1, studyExperience: 12),
                try Institution(id: "inst:practice-bremen", name: "Praxis am Markt", city: "Bremen",
                                regionID: "region:north", kind: .practice, influenceTier: 3, studyExperience: 0),
                try Institution(id: "inst:clinic-south", name: "Clinic South", city: "Munich",
                                regionID: "region:south", kind: .clinic, influenceTier: 2, studyExperience: 2),
            ],
            hcps: [
                try HCP(id: "hcp:h0001", name: "Dr. Lena Vogt", specialty: "Oncology", institutionID: "inst:uh-north",
                        regionID: "region:north", tier: .national, channelPreference: .faceToFace, faceToFaceAccess: .open,
                        contactConsent: true),
                try HCP(id: "hcp:h0002", name: "Dr. Jonas Weber", specialty: "Cardiology", institutionID: "inst:uh-north",
                        regionID: "region:north", tier: .regional, channelPreference: .remote, faceToFaceAccess: .restricted,
                        contactConsent: true),
                try HCP(id: "hcp:h0003", name: "Dr. Eva Lang", specialty: "General practice", institutionID: "inst:practice-bremen",
                        regionID: "region:north", tier: .local, channelPreference: .digital, faceToFaceAccess: .none,
                        contactConsent: false),
                try HCP(id: "hcp:h0004", name: "Dr. Yuki Tanaka", specialty: "Oncology", institutionID: "inst:clinic-south",
                        regionID: "region:south", tier: .regional, channelPreference: .mixed, faceToFaceAccess: .open,
                        contactConsent: true),
            ])
    }

    static func plans() throws -> [Plan] {
        let national = try Plan(
            id: "plan:national-2027-h1", period: "2027-H1", scope: .national, status: .approved,
            objectives: [
                try Objective(code: "obj:early-diagnosis", title: "Earlier diagnosis", rank: 1, productID: "product:lumora",
                              theme: "diagnostic-pathway", kpiTarget: "+20% referrals"),
                try Objective(code: "obj:access", title: "Secure access", rank: 2, productID: nil,
                              theme: "access-reimbursement", kpiTarget: "3 formularies"),
            ],
            tactics: [
                try Tactic(code: "tac:national-webinar", title: "National webinar series", kind: .educationalEvent,
                           format: .national, status: .planned, objectiveCode: "obj:early-diagnosis"),
            ],
            studySites: [try StudySiteNomination(study: "study:lumora-301", institutionID: "inst:uh-north", rationale: "Reference centre")],
            channelMix: [try ChannelShare(productID: "product:lumora", faceToFaceShare: 60)],
            listeningPriorities: [try ListeningPriority(code: "lp:diagnosis-delay", question: "Why is diagnosis late?", theme: "diagnostic-pathway")])
        let north = try Plan(
            id: "plan:north-2027-h1", period: "2027-H1", scope: .region("region:north"), status: .inReview,
            objectives: [
                try Objective(code: "obj:access", title: "Secure access", rank: 1, productID: nil,
                              theme: "access-reimbursement", kpiTarget: "2 formularies"),
                try Objective(code: "obj:early-diagnosis", title: "Earlier diagnosis", rank: 2, productID: "product:lumora",
                              theme: "diagnostic-pathway", kpiTarget: "+10% referrals"),
            ],
            tactics: [
                try Tactic(code: "tac:north-dinner", title: "Local case dinners", kind: .educationalEvent, format: .local,
                           status: .inProgress, objectiveCode: "obj:access"),
            ],
            studySites: [try StudySiteNomination(study: "study:lumora-301", institutionID: "inst:practice-bremen", rationale: "Loyal prescriber")],
            channelMix: [try ChannelShare(productID: "product:lumora", faceToFaceShare: 80)])
        return [north, national]
    }

    /// Insights 1…8. Insights 2, 3 and 4 share one interaction time (ties broken by id).
    static func insights() throws -> [Insight] {
        func make(
            _ number: Int, daysAgo: Double, author: String = "person:mia-msl", region: String = "region:north",
            hcp: String? = "hcp:h0001", product: String? = "product:lumora", theme: String = "unmet-need",
            said: String, status: InsightStatus = .submitted, tags: [String] = [], endorsed: [String] = [],
            sentiment: Int = 0
        ) throws -> Insight {
            let at = now.addingTimeInterval(-daysAgo * day)
            return try Insight(
                id: id(number), authorID: author, regionID: region, hcpID: hcp, productID: product, theme: theme,
                interactionAt: at, loggedAt: at.addingTimeInterval(600), whatWasSaid: said,
                whyItMatters: "Matters for insight \(number).", sentiment: sentiment, channel: .faceToFace, tags: tags,
                status: status, endorsedBy: endorsed)
        }
        return [
            try make(1, daysAgo: 1, said: "Patients wait months for a biopsy appointment", tags: ["waiting-time"],
                     endorsed: ["person:tom-msl", "person:anna-rmd"], sentiment: -1),
            try make(2, daysAgo: 2, theme: "diagnostic-pathway", said: "Referral letters get lost between practices"),
            try make(3, daysAgo: 2, author: "person:tom-msl", hcp: "hcp:h0002", theme: "diagnostic-pathway",
                     said: "The tumour board meets only monthly"),
            try make(4, daysAgo: 2, hcp: "hcp:h0003", product: nil, theme: "education-need",
                     said: "GPs ask for a short guide on the new staging", status: .reviewed),
            try make(5, daysAgo: 10, author: "person:kenji-msl", region: "region:south", hcp: "hcp:h0004",
                     theme: "access-reimbursement", said: "Die Kasse verweigert die Erstattung für Lumora", sentiment: -2),
            try make(6, daysAgo: 40, author: "person:kenji-msl", region: "region:south", hcp: "hcp:h0004",
                     product: "product:veltra", theme: "competitor", said: "診断までの待ち時間 is a concern 🙂"),
            try make(7, daysAgo: 3, said: "Draft about dosing questions", status: .draft),
            try make(8, daysAgo: 5, author: "person:tom-msl", theme: "unmet-need",
                     said: "Old remark about biopsy capacity", status: .archived),
        ]
    }

    static func decisions() throws -> [Decision] {
        [
            try Decision(
                id: id(101), title: "National educational format", topic: .educationalFormat, scope: .national,
                fieldCase: Case(argument: "Local dinners build relationships", evidence: [EvidenceRef(.insight, id(1).uuidString)]),
                officeCase: Case(argument: "One national format keeps the message consistent"),
                stances: [
                    Stance(personID: "person:anna-rmd", position: .oppose, note: "Loses local trust", recordedAt: now.addingTimeInterval(-3 * day)),
                    Stance(personID: "person:bernd-rmd", position: .support, note: "", recordedAt: now.addingTimeInterval(-2 * day)),
                ],
                status: .open, createdBy: "person:clara-md", createdAt: now.addingTimeInterval(-4 * day)),
            try Decision(
                id: id(102), title: "Study entry for UH North", topic: .studyEntry, scope: .region("region:north"),
                fieldCase: Case(argument: "Include the practice"), officeCase: Case(argument: "Only reference centres"),
                resolution: .compromise, decidedBy: "person:clara-md", outcome: "UH North plus one practice",
                rationale: "Keeps influence and relationships", status: .decided, createdBy: "person:anna-rmd",
                createdAt: now.addingTimeInterval(-20 * day), decidedAt: now.addingTimeInterval(-15 * day)),
            try Decision(
                id: id(103), title: "Channel mix for Veltra", topic: .channelMix, scope: .region("region:south"),
                fieldCase: Case(argument: "More visits"), officeCase: Case(argument: "More digital"),
                status: .open, createdBy: "person:bernd-rmd", createdAt: now.addingTimeInterval(-1 * day)),
        ]
    }

    static func touchpoints() throws -> [Touchpoint] {
        [
            try Touchpoint(id: id(201), hcpID: "hcp:h0001", date: now.addingTimeInterval(-1 * day), function: .msl, channel: .faceToFace, topic: "Biopsy delays"),
            try Touchpoint(id: id(202), hcpID: "hcp:h0001", date: now.addingTimeInterval(-2 * day), function: .sales, channel: .faceToFace, topic: "Samples"),
            try Touchpoint(id: id(203), hcpID: "hcp:h0001", date: now.addingTimeInterval(-3 * day), function: .marketing, channel: .email, topic: "Newsletter"),
            try Touchpoint(id: id(204), hcpID: "hcp:h0004", date: now.addingTimeInterval(-50 * day), function: .msl, channel: .remote, topic: "Access"),
        ]
    }

    static func meetings() throws -> [Meeting] {
        [
            Meeting(
                id: id(301), date: now.addingTimeInterval(-7 * day), attendees: ["person:anna-rmd", "person:clara-md"],
                agenda: [AgendaItem(id: id(302), source: "decision", title: "Educational format", reference: id(101).uuidString)],
                actions: [try ActionItem(id: id(303), title: "Draft compromise", ownerID: "person:anna-rmd", due: now)],
                notes: "Split vote"),
        ]
    }

    /// The whole fixture as one dataset.
    static func dataset() throws -> Dataset {
        var dataset = try reference()
        dataset.people.append(try Person(id: "person:admin", name: "Admin", role: .office, regionID: nil))
        dataset.plans = try plans()
        dataset.insights = try insights()
        dataset.decisions = try decisions()
        dataset.touchpoints = try touchpoints()
        dataset.meetings = try meetings()
        return dataset
    }
}

extension LiaisonStore {
    /// Every audit entry, oldest first (test helper).
    func allAuditEntries() throws -> [AuditEntry] {
        var entries: [AuditEntry] = []
        var cursor: PageCursor?
        repeat {
            let page = try auditLog(after: cursor, limit: 100)
            entries += page.items
            cursor = page.next
        } while cursor != nil
        return entries.reversed()
    }

    /// The number of audit rows (test helper).
    func auditCount() throws -> Int {
        try read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM audit_log") ?? 0 }
    }
}
