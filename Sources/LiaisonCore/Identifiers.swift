import Foundation

/// Readable slug of a region, e.g. `region:north`.
public typealias RegionID = String
/// Readable slug of a person, e.g. `person:anna-keller`.
public typealias PersonID = String
/// Readable slug of a product, e.g. `product:lumora`.
public typealias ProductID = String
/// Readable slug of an institution, e.g. `inst:uh-north`.
public typealias InstitutionID = String
/// Readable slug of a healthcare professional, e.g. `hcp:h0042`.
public typealias HCPID = String
/// Readable slug of a plan, e.g. `plan:national-2027-h1`.
public typealias PlanID = String
/// Code of an insight theme from the taxonomy, e.g. `unmet-need`.
public typealias ThemeCode = String
