import Foundation
import LiaisonCore

/// Products and HCPs built in code for needle and channel tests.
enum NeedleFixture {
    /// An HCP; `number` makes the id unique.
    static func hcp(
        _ number: Int, region: RegionID = "region:east", specialty: String = "Pulmonology",
        tier: OpinionLeaderTier = .local, preference: ChannelPreference = .faceToFace, access: FaceToFaceAccess = .open
    ) throws -> HCP {
        try HCP(
            id: "hcp:t\(number)", name: "Dr Test \(number)", specialty: specialty, institutionID: "inst:uh-east",
            regionID: region, tier: tier, channelPreference: preference, faceToFaceAccess: access, contactConsent: true)
    }

    /// `count` HCPs with the same attributes, numbered from `first`.
    static func hcps(
        _ count: Int, from first: Int, region: RegionID = "region:east", specialty: String = "Pulmonology",
        tier: OpinionLeaderTier = .local, preference: ChannelPreference = .faceToFace, access: FaceToFaceAccess = .open
    ) throws -> [HCP] {
        try (first..<first + count).map {
            try hcp($0, region: region, specialty: specialty, tier: tier, preference: preference, access: access)
        }
    }

    static func product(
        id: ProductID = "product:respiflo", complexity: Int = 2, stage: LifecycleStage = .mature,
        area: String = "Respiratory (COPD)"
    ) throws -> Product {
        try Product(
            id: id, name: id.dropFirst("product:".count).capitalized, therapeuticArea: area, lifecycleStage: stage,
            complexity: complexity)
    }

    static func audience(_ hcps: [HCP], regionID: RegionID? = nil, specialties: [String]? = nil) -> HCPAudience {
        HCPAudience(profiles: HCPChannelProfile.profiles(from: hcps), regionID: regionID, specialties: specialties)
    }
}
