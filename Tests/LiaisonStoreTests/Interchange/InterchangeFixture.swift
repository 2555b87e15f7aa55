import Foundation
import LiaisonCore
import LiaisonResources
import XCTest
@testable import LiaisonStore

/// A small country for interchange tests: two regions, their RMDs and MSLs, two
/// institutions, three HCPs and two products, in an in-memory store; plus a temporary
/// folder for input and output files.
final class InterchangeFixture {
    let folder: URL
    let store: LiaisonStore
    let taxonomy: Taxonomy
    static let importTime = Date(timeIntervalSince1970: 1_800_000_000)  // 2027-01-15T08:00:00Z

    init(compliance: ComplianceChecker = ComplianceChecker(restricted: [])) throws {
        folder = FileManager.default.temporaryDirectory.appendingPathComponent("interchange-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        taxonomy = try Taxonomy.decode(BundledResource.taxonomy.data())
        store = try LiaisonStore.inMemory(taxonomy: taxonomy, compliance: compliance, clock: { InterchangeFixture.importTime })
        let reference = try Self.referenceDataset()
        try store.write(actor: "person:anna-rmd") { transaction in
            for region in reference.regions { try transaction.upsert(region) }
            for person in reference.people { try transaction.upsert(person) }
            for product in reference.products { try transaction.upsert(product) }
            for institution in reference.institutions { try transaction.upsert(institution) }
            for hcp in reference.hcps { try transaction.upsert(hcp) }
        }
    }

    deinit {
        try? FileManager.default.removeItem(at: folder)
    }

    /// The reference records (no insights).
    static func referenceDataset() throws -> Dataset {
        Dataset(
            regions: [
                try Region(id: "region:north", name: "North", territory: "Hamburg, Bremen", rmdID: "person:anna-rmd"),
                try Region(id: "region:south", name: "South", territory: "Bavaria", rmdID: "person:bernd-rmd"),
            ],
            people: [
                try Person(id: "person:anna-rmd", name: "Anna Keller", role: .rmd, regionID: "region:north", formerRole: .msl),
                try Person(id: "person:bernd-rmd", name: "Bernd Roth", role: .rmd, regionID: "region:south", formerRole: .msl),
                try Person(id: "person:mia-msl", name: "Mia Braun", role: .msl, regionID: "region:north"),
                try Person(id: "person:kenji-msl", name: "Kenji Sato", role: .msl, regionID: "region:south"),
            ],
            products: [
                try Product(id: "product:lumora", name: "Lumora", therapeuticArea: "Oncology", lifecycleStage: .launch, complexity: 4),
                try Product(id: "product:veltra", name: "Veltra", therapeuticArea: "Cardiology", lifecycleStage: .mature, complexity: 2),
            ],
            institutions: [
                try Institution(id: "inst:uh-north", name: "University Hospital North", city: "Hamburg", regionID: "region:north",
                                kind: .universityHospital, influenceTier: 1, studyExperience: 3),
                try Institution(id: "inst:clinic-south", name: "Clinic South", city: "Munich", regionID: "region:south",
                                kind: .clinic, influenceTier: 3, studyExperience: 1),
            ],
            hcps: [
                try HCP(id: "hcp:h0001", name: "Dr. Lena Vogt", specialty: "Oncology", institutionID: "inst:uh-north",
                        regionID: "region:north", tier: .national, channelPreference: .faceToFace, faceToFaceAccess: .open, contactConsent: true),
                try HCP(id: "hcp:h0002", name: "Dr. Jonas Weber", specialty: "Cardiology", institutionID: "inst:uh-north",
                        regionID: "region:north", tier: .regional, channelPreference: .remote, faceToFaceAccess: .restricted, contactConsent: true),
                try HCP(id: "hcp:h0003", name: "Dr. Yuki Tanaka", specialty: "Oncology", institutionID: "inst:clinic-south",
                        regionID: "region:south", tier: .local, channelPreference: .mixed, faceToFaceAccess: .open, contactConsent: true),
            ])
    }

    /// Writes `bytes` to a file named `name` in the fixture folder.
    @discardableResult
    func file(_ name: String, _ bytes: [UInt8]) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try Data(bytes).write(to: url)
        return url
    }

    /// Writes `text` as UTF-8 to a file named `name` in the fixture folder.
    @discardableResult
    func file(_ name: String, _ text: String) throws -> URL {
        try file(name, Array(text.utf8))
    }

    func insightCount() throws -> Int {
        try store.countInsights(matching: InsightQuery())
    }

    func auditCount() throws -> Int {
        var count = 0
        var cursor: PageCursor?
        repeat {
            let page = try store.auditLog(after: cursor, limit: 500)
            count += page.items.count
            cursor = page.next
        } while cursor != nil
        return count
    }

    func allInsights() throws -> [Insight] {
        try store.insights(matching: InsightQuery(), limit: 10_000).items
    }

    /// Imports `csv` as `insights.csv` and returns the error it throws.
    func importError(_ csv: String, file name: String = "insights.csv", options: CSVImportOptions = CSVImportOptions()) throws -> ImportError? {
        let url = try file(name, csv)
        do {
            _ = try store.importInsightsCSV(from: url, actor: "person:anna-rmd", options: options.withName(name))
            return nil
        } catch let error as ImportError {
            return error
        }
    }
}

extension CSVImportOptions {
    /// These options with error messages naming the file as `name`.
    func withName(_ name: String) -> CSVImportOptions {
        var copy = self
        copy.displayName = copy.displayName ?? name
        return copy
    }
}

extension InterchangeFixture {
    /// The reference records plus a plan, insights (with every optional field), touchpoints,
    /// a decided decision and a meeting: enough to exercise every part of the JSON form.
    static func richDataset() throws -> Dataset {
        var dataset = try referenceDataset()
        let start = Date(timeIntervalSince1970: 1_790_000_000)
        dataset.plans = [
            try Plan(id: "plan:national-2027-h1", period: "2027-H1", scope: .national, status: .approved, objectives: [
                try Objective(code: "obj:early-diagnosis", title: "Earlier diagnosis", rank: 1, productID: "product:lumora",
                              theme: "diagnostic-pathway", kpiTarget: "+20% referrals"),
            ]),
        ]
        dataset.insights = try (0..<40).map { try richInsight($0, start: start) }
        dataset.touchpoints = try (0..<10).map { n in
            try Touchpoint(hcpID: "hcp:h000\(n % 3 + 1)", date: start.addingTimeInterval(Double(n) * 3600),
                           function: TouchpointFunction.allCases[n % TouchpointFunction.allCases.count],
                           channel: .remote, topic: "Topic \(n)")
        }
        dataset.decisions = [
            try Decision(
                title: "National educational format", topic: .educationalFormat, scope: .national,
                fieldCase: Case(argument: "Regional workshops"), officeCase: Case(argument: "One national webinar"),
                stances: [Stance(personID: "person:anna-rmd", position: .support, note: "Works in the north", recordedAt: start)],
                resolution: .compromise, decidedBy: "person:anna-rmd", outcome: "Hybrid", rationale: "Both cases heard",
                status: .decided, insightIDs: [dataset.insights[0].id], createdBy: "person:bernd-rmd", createdAt: start,
                decidedAt: start.addingTimeInterval(86_400)),
        ]
        dataset.meetings = [Meeting(date: start, attendees: ["person:anna-rmd", "person:bernd-rmd"], notes: "Weekly")]
        return dataset
    }

    private static func richInsight(_ n: Int, start: Date) throws -> Insight {
        let even = n % 2 == 0
        let themes: [ThemeCode] = ["unmet-need", "competitor", "education-need", "study-interest"]
        let hcp: HCPID? = n % 3 == 0 ? nil : (even ? "hcp:h0001" : "hcp:h0003")
        let day = Double(n) * 86_400
        return try Insight(
            authorID: even ? "person:mia-msl" : "person:kenji-msl",
            regionID: even ? "region:north" : "region:south",
            hcpID: hcp,
            institutionID: n % 4 == 0 ? "inst:uh-north" : nil,
            productID: n % 5 == 0 ? nil : "product:lumora",
            theme: themes[n % 4],
            listeningPriority: n % 6 == 0 ? "lp:diagnosis-delay" : nil,
            interactionAt: start.addingTimeInterval(day),
            loggedAt: start.addingTimeInterval(day + 3600.25),
            whatWasSaid: "Insight \(n): \"quotes\", commas, 改行\nnewline and 🎉",
            whyItMatters: even ? "Matters because \(n)" : "",
            sentiment: n % 5 - 2,
            channel: InteractionChannel.allCases[n % InteractionChannel.allCases.count],
            tags: n % 3 == 0 ? ["congress", "iit"] : [],
            endorsedBy: n % 7 == 0 ? ["person:anna-rmd"] : [])
    }
}
