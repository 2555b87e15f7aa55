import LiaisonCore

/// A product with the words insight texts use to talk about it and the specialties that use it.
struct ProductProfile {
    let product: Product
    /// e.g. "EGFR-mutant NSCLC".
    let indication: String
    /// The patients, e.g. "patients with advanced NSCLC".
    let patients: String
    /// What doctors compare it with.
    let competitor: String
    /// The diagnostic step that gates treatment.
    let diagnosticStep: String
    /// The monitoring doctors worry about.
    let monitoring: String
    /// The guideline body doctors cite.
    let guideline: String
    /// The endpoint doctors ask about.
    let endpoint: String
    /// Specialties of the HCPs who treat with it.
    let specialties: [String]
    /// Free tags typical of the product.
    let tags: [String]

    var id: ProductID { product.id }
    var name: String { product.name }
}

/// The three demo products: a complex prelaunch oncology asset, a growth-stage cardiometabolic
/// product and a mature respiratory product approaching generic competition.
enum ProductCatalog {
    /// Builds the product profiles.
    static func make() throws(ValidationError) -> [ProductProfile] {
        [
            ProductProfile(
                product: try Product(
                    id: DemoIDs.oncavia, name: "Oncavia", therapeuticArea: "Oncology (EGFR-mutant NSCLC)",
                    lifecycleStage: .prelaunch, complexity: 5),
                indication: "EGFR-mutant NSCLC", patients: "patients with advanced EGFR-mutant NSCLC",
                competitor: "the current third-generation TKI standard", diagnosticStep: "NGS panel testing",
                monitoring: "ILD monitoring", guideline: "the Onkopedia and ESMO guidance",
                endpoint: "overall survival in the second-line setting",
                specialties: ["Medical oncology", "Pulmonology (thoracic oncology)", "Pathology", "Haematology/oncology"],
                tags: ["nsclc", "egfr", "ngs", "tumour-board", "launch", "second-line"]),
            ProductProfile(
                product: try Product(
                    id: DemoIDs.cardelin, name: "Cardelin", therapeuticArea: "Cardiometabolic (HFrEF)",
                    lifecycleStage: .growth, complexity: 3),
                indication: "heart failure with reduced ejection fraction", patients: "patients after a heart-failure admission",
                competitor: "the established ARNI-based regimens", diagnosticStep: "NT-proBNP and echo follow-up",
                monitoring: "potassium and eGFR checks", guideline: "the ESC heart-failure guideline",
                endpoint: "rehospitalisation at twelve months",
                specialties: ["Cardiology", "Internal medicine", "Nephrology", "General practice"],
                tags: ["hfref", "titration", "discharge", "gdmt", "renal", "primary-care"]),
            ProductProfile(
                product: try Product(
                    id: DemoIDs.respiflo, name: "Respiflo", therapeuticArea: "Respiratory (COPD)",
                    lifecycleStage: .mature, complexity: 2),
                indication: "moderate to severe COPD", patients: "COPD patients on triple therapy",
                competitor: "the coming generic dual inhalers", diagnosticStep: "spirometry confirmation",
                monitoring: "inhaler technique checks", guideline: "the GOLD report",
                endpoint: "exacerbation rate",
                specialties: ["Pulmonology", "General practice", "Internal medicine"],
                tags: ["copd", "inhaler", "generics", "exacerbations", "spirometry", "pharmacy"]),
        ]
    }
}
