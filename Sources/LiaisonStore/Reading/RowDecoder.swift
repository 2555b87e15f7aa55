import Foundation
import GRDB
import LiaisonCore

/// Turns rows back into domain values. Each `…Columns` constant is the select list its
/// decoder expects, by position.
enum RowDecoder {
    static let regionColumns = "id, name, territory, rmd_id"
    static let personColumns = "id, name, role, region_id, former_role, email"
    static let productColumns = "id, name, therapeutic_area, lifecycle_stage, complexity"
    static let institutionColumns = "id, name, city, region_id, kind, influence_tier, study_experience"
    static let hcpColumns = """
        h.id, h.name, h.specialty, h.institution_id, h.region_id, h.tier, h.channel_preference, \
        h.f2f_access, h.contact_consent
        """

    static func region(_ row: Row) throws -> Region {
        let id: String = row[0]
        return try StoreCoding.rebuild("region", id) { () throws(ValidationError) in
            try Region(id: id, name: row[1], territory: row[2], rmdID: row[3])
        }
    }

    static func person(_ row: Row) throws -> Person {
        let id: String = row[0]
        let role = try StoreCoding.enumValue(PersonRole.self, row[2], entity: "person", id: id)
        let former: String? = row[4]
        let formerRole = try former.map { try StoreCoding.enumValue(PersonRole.self, $0, entity: "person", id: id) }
        return try StoreCoding.rebuild("person", id) { () throws(ValidationError) in
            try Person(id: id, name: row[1], role: role, regionID: row[3], formerRole: formerRole, email: row[5])
        }
    }

    static func product(_ row: Row) throws -> Product {
        let id: String = row[0]
        let stage = try StoreCoding.enumValue(LifecycleStage.self, row[3], entity: "product", id: id)
        return try StoreCoding.rebuild("product", id) { () throws(ValidationError) in
            try Product(id: id, name: row[1], therapeuticArea: row[2], lifecycleStage: stage, complexity: row[4])
        }
    }

    static func institution(_ row: Row) throws -> Institution {
        let id: String = row[0]
        let kind = try StoreCoding.enumValue(InstitutionKind.self, row[4], entity: "institution", id: id)
        return try StoreCoding.rebuild("institution", id) { () throws(ValidationError) in
            try Institution(
                id: id, name: row[1], city: row[2], regionID: row[3], kind: kind,
                influenceTier: row[5], studyExperience: row[6])
        }
    }

    static func hcp(_ row: Row) throws -> HCP {
        let id: String = row[0]
        let tier = try StoreCoding.enumValue(OpinionLeaderTier.self, row[5], entity: "hcp", id: id)
        let preference = try StoreCoding.enumValue(ChannelPreference.self, row[6], entity: "hcp", id: id)
        let access = try StoreCoding.enumValue(FaceToFaceAccess.self, row[7], entity: "hcp", id: id)
        return try StoreCoding.rebuild("hcp", id) { () throws(ValidationError) in
            try HCP(
                id: id, name: row[1], specialty: row[2], institutionID: row[3], regionID: row[4], tier: tier,
                channelPreference: preference, faceToFaceAccess: access, contactConsent: row[8])
        }
    }

    /// A UUID column, or a corrupt-row error.
    static func uuid(_ text: String, entity: String) throws -> UUID {
        guard let id = CanonicalUUID.parse(text) else {
            throw StoreError.corruptRow(entity: entity, id: text, reason: "not a UUID")
        }
        return id
    }

    /// The UUID text stored in id columns (upper case, as `uuidString`).
    static func text(_ id: UUID) -> String { CanonicalUUID.format(id) }
}
