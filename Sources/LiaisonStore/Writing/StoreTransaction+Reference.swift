import Foundation
import GRDB
import LiaisonCore

extension StoreTransaction {
    /// Inserts or updates a region. Its RMD is checked when the transaction ends, so a
    /// region and its RMD can be created in the same transaction.
    public func upsert(_ region: Region) throws {
        try region.validate()
        checkAtEnd(region)
        let before = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(RowDecoder.regionColumns) FROM regions WHERE id = ?"), arguments: [region.id]
        ).map(RowDecoder.region)
        guard before != region else { return }
        try db.cachedStatement(sql: """
            INSERT INTO regions (id, name, territory, rmd_id) VALUES (?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, territory = excluded.territory,
                rmd_id = excluded.rmd_id
            """).execute(arguments: [region.id, region.name, region.territory, region.rmdID])
        try auditChange(entity: "region", id: region.id, before: before, after: region)
        referenceDataChanged()
    }

    /// Inserts or updates a person.
    public func upsert(_ person: Person) throws {
        try person.validate()
        var lookup = ReferenceLookup()
        lookup.regions = Set([person.regionID].compactMap { $0 })
        try catalog(for: lookup).check(person)
        let before = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(RowDecoder.personColumns) FROM people WHERE id = ?"), arguments: [person.id]
        ).map(RowDecoder.person)
        guard before != person else { return }
        try db.cachedStatement(sql: """
            INSERT INTO people (id, name, role, region_id, former_role, email) VALUES (?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, role = excluded.role,
                region_id = excluded.region_id, former_role = excluded.former_role, email = excluded.email
            """).execute(arguments: [
                person.id, person.name, person.role.rawValue, person.regionID, person.formerRole?.rawValue,
                person.email,
            ])
        try auditChange(entity: "person", id: person.id, before: before, after: person)
        referenceDataChanged()
    }

    /// Inserts or updates a product.
    public func upsert(_ product: Product) throws {
        try product.validate()
        let before = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(RowDecoder.productColumns) FROM products WHERE id = ?"), arguments: [product.id]
        ).map(RowDecoder.product)
        guard before != product else { return }
        try db.cachedStatement(sql: """
            INSERT INTO products (id, name, therapeutic_area, lifecycle_stage, complexity) VALUES (?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, therapeutic_area = excluded.therapeutic_area,
                lifecycle_stage = excluded.lifecycle_stage, complexity = excluded.complexity
            """).execute(arguments: [
                product.id, product.name, product.therapeuticArea, product.lifecycleStage.rawValue,
                product.complexity,
            ])
        try auditChange(entity: "product", id: product.id, before: before, after: product)
        referenceDataChanged()
    }

    /// Inserts or updates an institution.
    public func upsert(_ institution: Institution) throws {
        try institution.validate()
        var lookup = ReferenceLookup()
        lookup.regions = [institution.regionID]
        try catalog(for: lookup).check(institution)
        let before = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(RowDecoder.institutionColumns) FROM institutions WHERE id = ?"),
            arguments: [institution.id]
        ).map(RowDecoder.institution)
        guard before != institution else { return }
        try db.cachedStatement(sql: """
            INSERT INTO institutions (id, name, city, region_id, kind, influence_tier, study_experience)
            VALUES (?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, city = excluded.city,
                region_id = excluded.region_id, kind = excluded.kind, influence_tier = excluded.influence_tier,
                study_experience = excluded.study_experience
            """).execute(arguments: [
                institution.id, institution.name, institution.city, institution.regionID,
                institution.kind.rawValue, institution.influenceTier, institution.studyExperience,
            ])
        try auditChange(entity: "institution", id: institution.id, before: before, after: institution)
        referenceDataChanged()
    }

    /// Inserts or updates a healthcare professional.
    public func upsert(_ hcp: HCP) throws {
        try hcp.validate()
        var lookup = ReferenceLookup()
        lookup.regions = [hcp.regionID]
        lookup.institutions = [hcp.institutionID]
        try catalog(for: lookup).check(hcp)
        let before = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(RowDecoder.hcpColumns) FROM hcps h WHERE h.id = ?"), arguments: [hcp.id]
        ).map(RowDecoder.hcp)
        guard before != hcp else { return }
        try db.cachedStatement(sql: """
            INSERT INTO hcps (id, name, specialty, institution_id, region_id, tier, channel_preference,
                f2f_access, contact_consent)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (id) DO UPDATE SET name = excluded.name, specialty = excluded.specialty,
                institution_id = excluded.institution_id, region_id = excluded.region_id, tier = excluded.tier,
                channel_preference = excluded.channel_preference, f2f_access = excluded.f2f_access,
                contact_consent = excluded.contact_consent
            """).execute(arguments: [
                hcp.id, hcp.name, hcp.specialty, hcp.institutionID, hcp.regionID, hcp.tier.rawValue,
                hcp.channelPreference.rawValue, hcp.faceToFaceAccess.rawValue, hcp.contactConsent,
            ])
        try auditChange(entity: "hcp", id: hcp.id, before: before, after: hcp)
        referenceDataChanged()
    }
}
