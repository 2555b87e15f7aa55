import Foundation
import LiaisonCore

/// A small dataset for the CLI tests: two regions, a national and a northern plan whose
/// ranks differ, a handful of insights (one in Japanese) and decisions in several states.
enum FixtureDataset {
    static let base = Date(timeIntervalSince1970: 1_768_464_000)  // 2026-01-15 08:00 UTC
    static let day: TimeInterval = 86_400

    static let japaneseText = "患者さんは診断までに時間がかかる"
    /// 32 wide characters: 64 columns, more than the objective column's 48.
    static let longJapaneseTitle = "患者さんの早期診断を全国で進めるための地域連携強化プログラムです"
    static let openDecisionID = UUID(uuidString: "00000000-0000-0000-0000-00000000D001")!
    static let decidedDecisionID = UUID(uuidString: "00000000-0000-0000-0000-00000000D002")!

    /// The dataset value.
    static func make() throws -> Dataset {
        let regions = [
            try Region(id: "region:north", name: "North", territory: "Hamburg, Bremen", rmdID: "person:nora-rmd"),
            try Region(id: "region:south", name: "South", territory: "Munich", rmdID: "person:sam-rmd"),
        ]
        let people = [
            try Person(id: "person:nora-rmd", name: "Nora North", role: .rmd, regionID: "region:north", formerRole: .msl),
            try Person(id: "person:mia-msl", name: "Mia Meyer", role: .msl, regionID: "region:north"),
            try Person(id: "person:sam-rmd", name: "Sam South", role: .rmd, regionID: "region:south", formerRole: .msl),
            try Person(id: "person:max-md", name: "Max Director", role: .medicalDirector, regionID: nil),
        ]
        let products = [
            try Product(id: "product:lumora", name: "Lumora", therapeuticArea: "Neurology", lifecycleStage: .launch, complexity: 4),
        ]
        let institutions = [
            try Institution(
                id: "inst:uh-north", name: "University Hospital North", city: "Hamburg", regionID: "region:north",
                kind: .universityHospital, influenceTier: 1, studyExperience: 40),
            try Institution(
                id: "inst:clinic-south", name: "Clinic South", city: "Munich", regionID: "region:south",
                kind: .clinic, influenceTier: 3, studyExperience: 0),
        ]
        let hcps = [
            try HCP(
                id: "hcp:h0001", name: "Dr. Anna Berg", specialty: "Neurology", institutionID: "inst:uh-north",
                regionID: "region:north", tier: .national, channelPreference: .faceToFace,
                faceToFaceAccess: .open, contactConsent: true),
            try HCP(
                id: "hcp:h0002", name: "Dr. Paul Süd", specialty: "Neurology", institutionID: "inst:clinic-south",
                regionID: "region:south", tier: .local, channelPreference: .digital,
                faceToFaceAccess: .restricted, contactConsent: true),
        ]
        return Dataset(
            regions: regions, people: people, products: products, institutions: institutions, hcps: hcps,
            plans: try plans(), insights: try insights(), decisions: try decisions())
    }

    /// The dataset as JSON, as `liaison import` reads it.
    static func json() throws -> Data {
        try JSONCoding.encoder().encode(make())
    }

    private static func plans() throws -> [Plan] {
        let national = try Plan(
            id: "plan:national-2027-h1", period: "2027-H1", scope: .national, status: .approved,
            objectives: [
                try Objective(code: "obj:early-diagnosis", title: "Earlier diagnosis", rank: 1, productID: "product:lumora", theme: "diagnostic-pathway", kpiTarget: "+20% referrals"),
                try Objective(code: "obj:access", title: "Reimbursement access", rank: 2, productID: "product:lumora", theme: "access-reimbursement", kpiTarget: "3 regional contracts"),
                try Objective(code: "obj:education", title: "Educate prescribers", rank: 3, productID: nil, theme: "education-need", kpiTarget: "200 HCPs trained"),
            ],
            tactics: [try Tactic(code: "tac:national-webinar", title: "National webinar series", kind: .educationalEvent, format: .national, status: .planned, objectiveCode: "obj:education")],
            studySites: [try StudySiteNomination(study: "study:lumora-301", institutionID: "inst:uh-north", rationale: "reference centre")],
            channelMix: [try ChannelShare(productID: "product:lumora", faceToFaceShare: 40)],
            listeningPriorities: [try ListeningPriority(code: "lp:diagnosis-delay", question: "Why is diagnosis late?", theme: "diagnostic-pathway")])
        let north = try Plan(
            id: "plan:north-2027-h1", period: "2027-H1", scope: .region("region:north"), status: .inReview,
            objectives: [
                try Objective(code: "obj:education", title: "Educate prescribers", rank: 1, productID: nil, theme: "education-need", kpiTarget: "80 HCPs trained"),
                try Objective(code: "obj:early-diagnosis", title: longJapaneseTitle, rank: 2, productID: "product:lumora", theme: "diagnostic-pathway", kpiTarget: "+10% referrals"),
            ],
            tactics: [try Tactic(code: "tac:north-roundtable", title: "Local round tables", kind: .educationalEvent, format: .local, status: .inProgress, objectiveCode: "obj:education")],
            studySites: [try StudySiteNomination(study: "study:lumora-301", institutionID: "inst:uh-north", rationale: "long relationship")],
            channelMix: [try ChannelShare(productID: "product:lumora", faceToFaceShare: 70)])
        return [national, north]
    }

    private static func insights() throws -> [Insight] {
        [
            try Insight(
                id: UUID(uuidString: "00000000-0000-0000-0000-00000000A001")!, authorID: "person:mia-msl",
                regionID: "region:north", hcpID: "hcp:h0001", institutionID: "inst:uh-north", productID: "product:lumora",
                theme: "diagnostic-pathway", interactionAt: base, loggedAt: base + 600,
                whatWasSaid: "Referral letters arrive months late", whyItMatters: "diagnosis delay", sentiment: -1),
            try Insight(
                id: UUID(uuidString: "00000000-0000-0000-0000-00000000A002")!, authorID: "person:mia-msl",
                regionID: "region:north", theme: "education-need", interactionAt: base + day, loggedAt: base + day + 600,
                whatWasSaid: japaneseText, sentiment: 0, channel: .remote),
            try Insight(
                id: UUID(uuidString: "00000000-0000-0000-0000-00000000A003")!, authorID: "person:sam-rmd",
                regionID: "region:south", hcpID: "hcp:h0002", institutionID: "inst:clinic-south",
                theme: "access-reimbursement", interactionAt: base + 2 * day, loggedAt: base + 2 * day + 600,
                whatWasSaid: "Payers ask for budget impact data", sentiment: -2, channel: .phone),
        ]
    }

    private static func decisions() throws -> [Decision] {
        [
            try Decision(
                id: openDecisionID, title: "National webinar or local round tables", topic: .educationalFormat,
                scope: .national, fieldCase: Case(argument: "Local formats keep relationships"),
                officeCase: Case(argument: "One national format"), createdBy: "person:max-md", createdAt: base),
            try Decision(
                id: decidedDecisionID, title: "Study entry for University Hospital North", topic: .studyEntry,
                scope: .region("region:north"), fieldCase: Case(argument: "Many regional sites"),
                officeCase: Case(argument: "High-impact centres"), resolution: .compromise, decidedBy: "person:max-md",
                outcome: "UH North plus two regional sites", rationale: "Balances reach and influence",
                status: .decided, createdBy: "person:max-md", createdAt: base + day, decidedAt: base + 2 * day),
        ]
    }
}
