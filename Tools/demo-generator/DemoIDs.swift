import LiaisonCore

/// The ids the tensions are built around, named once so every part of the generator (and the
/// comment block in `main.swift`) refers to the same records.
enum DemoIDs {
    static let north: RegionID = "region:north"
    static let south: RegionID = "region:south"
    static let east: RegionID = "region:east"
    static let west: RegionID = "region:west"
    static let regions = [north, south, east, west]

    static let medicalDirector: PersonID = "person:claudia-engel"
    static let strategyLead: PersonID = "person:stefan-koch"
    static let globalContact: PersonID = "person:elena-marchetti"
    static let teamLead: PersonID = "person:ralf-zimmermann"

    static let oncavia: ProductID = "product:oncavia"
    static let cardelin: ProductID = "product:cardelin"
    static let respiflo: ProductID = "product:respiflo"
    static let products = [oncavia, cardelin, respiflo]

    static let period = "2027-H1"
    static let nationalPlan: PlanID = "plan:national-2027-h1"

    /// The regional plan of `region`, e.g. `plan:north-2027-h1`.
    static func regionalPlan(_ region: RegionID) -> PlanID {
        "plan:\(region.dropFirst("region:".count))-2027-h1"
    }

    static let oncaviaStudy = "study:oncavia-301"
    static let cardelinRegistry = "study:cardelin-402"

    /// The tier-1 university hospital on the national Oncavia-301 shortlist that no region nominates.
    static let unsupportedReferenceCentre: InstitutionID = "inst:uk-isarhoehe"
    /// West's key university hospital whose study entry is decided by compromise.
    static let westKeyUniversityHospital: InstitutionID = "inst:uk-rheinaue"

    /// The region whose patient-experience insights surge with no objective covering them.
    static let surgeRegion: RegionID = east
    static let surgeTheme: ThemeCode = "patient-experience"
    /// Days of the surge window before the anchor (the previous window is as long).
    static let surgeWindowDays = 35
}

/// Shared objective codes of the 2027-H1 plans, in national rank order.
enum ObjectiveCode {
    static let launchReadiness = "obj:oncavia-launch-readiness"
    static let biomarkerTesting = "obj:biomarker-testing"
    static let heartFailureGuidelines = "obj:hf-guideline-adoption"
    static let studySites = "obj:oncavia-study-sites"
    static let cardelinAccess = "obj:cardelin-access"
    static let nationalEducation = "obj:national-education"
    static let respifloRetention = "obj:respiflo-retention"
    static let digitalEngagement = "obj:digital-engagement"
}
