import Foundation
import LiaisonCore

/// The reference data of a synthetic team: regions led by RMDs, MSLs per region, office
/// people, institutions, HCPs and products. Deterministic for a scale and seed.
struct ReferenceWorld {
    let scale: BenchScale
    let regions: [Region]
    let people: [Person]
    let products: [Product]
    let institutions: [Institution]
    let hcps: [HCP]
    /// MSL ids per region index.
    let mslsByRegion: [[PersonID]]
    /// HCP indexes (into `hcps`) per region index.
    let hcpsByRegion: [[Int]]
    /// Institution indexes per region index.
    let institutionsByRegion: [[Int]]
    /// Office people (medical directors, HQ strategy, global), for decisions.
    let officePeople: [PersonID]

    static let specialties = [
        "Oncology", "Cardiology", "Pulmonology", "Neurology", "Rheumatology", "Endocrinology", "Nephrology",
        "Haematology",
    ]
    static let cities = [
        "Northam", "Easton", "Westby", "Southport", "Kingsbridge", "Lakeside", "Hillcrest", "Riverton", "Bayview",
        "Millford", "Stonehaven", "Ashwell",
    ]
    static let surnames = [
        "Keller", "Novak", "Moreau", "Rossi", "Jensen", "Silva", "Weber", "Costa", "Berg", "Laine", "Horvat",
        "Dubois", "Fischer", "Nagy", "Kowalski", "Byrne", "Ortega", "Lindqvist", "Petrov", "Haas",
    ]
    static let givenNames = [
        "Anna", "Ben", "Clara", "David", "Elena", "Felix", "Greta", "Hugo", "Ines", "Jonas", "Karin", "Luca",
        "Maria", "Nils", "Olga", "Paul", "Rosa", "Sven", "Tara", "Viktor",
    ]

    /// Builds the world. Validation failures are programming errors of the generator.
    init(scale: BenchScale, seed: UInt64) throws {
        self.scale = scale
        var random = SeededRandom(seed: seed, stream: 0xFEED)
        func name(_ index: Int) -> String {
            "\(Self.givenNames[index % Self.givenNames.count]) \(Self.surnames[(index / Self.givenNames.count + index) % Self.surnames.count])"
        }
        let regionIDs = (0..<scale.regions).map { String(format: "region:r%02d", $0 + 1) }
        let rmdIDs = (0..<scale.regions).map { String(format: "person:rmd-%02d", $0 + 1) }
        var people: [Person] = []
        for (index, region) in regionIDs.enumerated() {
            people.append(try Person(id: rmdIDs[index], name: name(index), role: .rmd, regionID: region))
        }
        let officeCount = max(6, scale.people / 40)
        let officeRoles: [PersonRole] = [.medicalDirector, .office, .global, .office]
        var office: [PersonID] = []
        for index in 0..<officeCount {
            let id = String(format: "person:office-%03d", index + 1)
            office.append(id)
            people.append(try Person(
                id: id, name: name(1_000 + index), role: officeRoles[index % officeRoles.count], regionID: nil))
        }
        var msls = Array(repeating: [PersonID](), count: scale.regions)
        let mslCount = scale.people - people.count
        for index in 0..<mslCount {
            let region = index % scale.regions
            let id = String(format: "person:msl-%04d", index + 1)
            msls[region].append(id)
            people.append(try Person(id: id, name: name(2_000 + index), role: .msl, regionID: regionIDs[region]))
        }
        regions = try regionIDs.enumerated().map { index, id in
            try Region(
                id: id, name: "Region \(index + 1)", territory: "\(Self.cities[index % Self.cities.count]) district \(index + 1)",
                rmdID: rmdIDs[index])
        }
        products = try (0..<12).map { index in
            try Product(
                id: String(format: "product:p%02d", index + 1), name: "Molecule \(index + 1)",
                therapeuticArea: Self.specialties[index % Self.specialties.count],
                lifecycleStage: LifecycleStage.allCases[index % LifecycleStage.allCases.count],
                complexity: 1 + index % 5)
        }
        var institutions: [Institution] = []
        var institutionsByRegion = Array(repeating: [Int](), count: scale.regions)
        for index in 0..<scale.institutions {
            let region = index % scale.regions
            institutionsByRegion[region].append(institutions.count)
            let kind = InstitutionKind.allCases[random.index(InstitutionKind.allCases.count)]
            institutions.append(try Institution(
                id: String(format: "inst:i%05d", index + 1),
                name: "\(Self.cities[index % Self.cities.count]) \(kind == .universityHospital ? "University Hospital" : "Medical Centre") \(index + 1)",
                city: Self.cities[index % Self.cities.count], regionID: regionIDs[region], kind: kind,
                influenceTier: 1 + random.index(3), studyExperience: random.chance(0.3) ? 0 : random.index(40)))
        }
        var hcps: [HCP] = []
        var hcpsByRegion = Array(repeating: [Int](), count: scale.regions)
        for index in 0..<scale.hcps {
            let region = index % scale.regions
            let institution = institutions[random.pick(institutionsByRegion[region])]
            hcpsByRegion[region].append(hcps.count)
            hcps.append(try HCP(
                id: String(format: "hcp:h%06d", index + 1), name: "Dr. \(name(5_000 + index))",
                specialty: Self.specialties[random.index(Self.specialties.count)], institutionID: institution.id,
                regionID: regionIDs[region], tier: OpinionLeaderTier.allCases[random.index(3)],
                channelPreference: ChannelPreference.allCases[random.index(4)],
                faceToFaceAccess: FaceToFaceAccess.allCases[random.index(3)], contactConsent: random.chance(0.9)))
        }
        self.people = people
        self.institutions = institutions
        self.hcps = hcps
        self.mslsByRegion = msls
        self.hcpsByRegion = hcpsByRegion
        self.institutionsByRegion = institutionsByRegion
        self.officePeople = office
    }
}
