// liaison-demo-generator: writes Resources/demo-dataset.json, the demo country of seed 000.
//
// Usage: swift run liaison-demo-generator [OUTPUT]   (default Resources/demo-dataset.json)
// Reads taxonomy.json and restricted-words.json from the output's folder, validates the
// dataset with ReferenceCatalog and writes it only when it is valid. Deterministic: a fixed
// seed (SplitMix64 streams), UUIDs drawn from the PRNG and a fixed "today" of
// 2026-11-20T16:00:00Z; two runs give byte-identical files.
//
// Field/office tensions built into the data on purpose, for the clash rules to find:
//
// 1. Priority divergence. National ranks (plan:national-2027-h1): launch-readiness 1,
//    biomarker-testing 2, hf-guideline-adoption 3, oncavia-study-sites 4, cardelin-access 5,
//    national-education 6, respiflo-retention 7, digital-engagement 8, renal-hf-evidence 9,
//    ild-awareness 10. plan:north-2027-h1 ranks obj:hf-guideline-adoption 1 (Δ2),
//    obj:oncavia-study-sites 6 (Δ2), obj:national-education 8 (Δ2). plan:south-2027-h1 ranks
//    obj:oncavia-study-sites 1 (Δ3) and obj:hf-guideline-adoption 5 (Δ2). plan:west-2027-h1
//    leaves out national #2 obj:biomarker-testing and ranks obj:respiflo-retention 4 (Δ3),
//    obj:cardelin-access 3 (Δ2). plan:east-2027-h1 stays within one place (near miss).
// 2. Unaddressed field signal. region:east, theme patient-experience: 28 extra insights
//    (tag "device-switch", product:respiflo, pharmacy device substitution): 32 in the last
//    35 days against 4 in the 35 days before. No objective of any plan has theme
//    patient-experience, and none of these insights is actioned.
// 3. Study-site selection, study:oncavia-301. plan:south-2027-h1 nominates seven tier-3 sites
//    with 0-2 trials (inst:kl-lechfeld, inst:kh-st-emmeram, inst:kl-wertachtal,
//    inst:lz-ammersee, inst:tk-donaubogen, inst:px-brunner, inst:mvz-isartor). The national
//    shortlist holds inst:uk-isarhoehe (tier 1, 74 trials) and inst:uk-breisgau, which no
//    regional plan nominates. Decisions "Study entry for Universitätsklinikum Rheinaue"
//    (inst:uk-rheinaue, West, compromise) and "Escalated: Oncavia-301 sites in the South" (open).
// 4. National voice / format. Decision "National format for NSCLC testing education" is decided
//    (executive ruling: national NSCLC Testing Academy), yet plan:north-2027-h1 keeps
//    tac:north-tumour-board-evenings with format local. Decision "One national voice to global
//    on the Oncavia launch sequence" is open with RMD stances split 2:2 (North, South support;
//    East, West oppose).
// 5. Channel mix vs needle. plan:east-2027-h1 plans 75% F2F for product:respiflo (mature,
//    complexity 2) while East HCPs mostly prefer remote/digital (7% prefer F2F) and 85% have
//    restricted or no F2F access: far from any needle; the national plan has 30%.
// 6. Touchpoint noise. TouchpointLog.noiseTargets(): the first digital-preferring Oncavia HCP
//    in East plus one non-local HCP each at inst:uk-isarhoehe, inst:uk-ruhrpark,
//    inst:uk-elbhoehe and inst:hz-niederrhein (currently hcp:h0197, hcp:h0099, hcp:h0296,
//    hcp:h0001, hcp:h0387) get 9-12 touchpoints from 4-5 functions within 11 days; the East HCP (and about 30% of the others' burst) through channels against their
//    preference, e.g. F2F visits to a digital-only HCP. About 8% of routine contacts also go
//    against preference.
// 7. Role overreach. Decision "MSL capacity for the Oncavia launch" (resourceAllocation) was
//    decided by executive ruling of person:stefan-koch (HQ strategy, role office); roles.json
//    makes only medicalDirector accountable.
// 8. Stalled decisions. "Face-to-face share for Respiflo in East" is decided with review date
//    2026-10-15 (before the anchor) and not revisited; "Escalated: Oncavia-301 sites in the
//    South" has been open for 48 days with no outcome and a review date of 2026-10-30.
//
// Decision UUIDs are drawn in DecisionIDs order from the "decision-ids" stream; run the tool
// and look them up by title in the output.

import Foundation
import LiaisonCore

/// Writes a message to standard error.
func report(_ message: String) {
    FileHandle.standardError.write(Data((message + "\n").utf8))
}

let arguments = CommandLine.arguments.dropFirst()
if arguments.contains("-h") || arguments.contains("--help") || arguments.count > 1 {
    report("usage: liaison-demo-generator [OUTPUT]   (default Resources/demo-dataset.json)")
    exit(arguments.count > 1 ? 2 : 0)
}
let output = URL(fileURLWithPath: arguments.first ?? "Resources/demo-dataset.json")
let resources = output.deletingLastPathComponent()

func load(_ name: String) throws -> Data {
    let url = resources.appendingPathComponent(name)
    do {
        return try Data(contentsOf: url)
    } catch {
        throw ValidationError(entity: "resources", field: name, reason: "cannot read \(url.path): \(error.localizedDescription)")
    }
}

do {
    let taxonomy = try Taxonomy.decode(try load("taxonomy.json"))
    let checker = try ComplianceChecker.decode(try load("restricted-words.json"))
    let dataset = try DemoGenerator(taxonomy: taxonomy, checker: checker).generate().canonicallyOrdered()
    try ReferenceCatalog(dataset: dataset, taxonomy: taxonomy).validate(dataset)
    let data = try JSONCoding.encoder().encode(dataset)
    try data.write(to: output, options: .atomic)
    print("wrote \(output.path): \(data.count) bytes, \(dataset.institutions.count) institutions, "
        + "\(dataset.hcps.count) HCPs, \(dataset.insights.count) insights, \(dataset.touchpoints.count) touchpoints, "
        + "\(dataset.decisions.count) decisions")
} catch {
    report("liaison-demo-generator: \(error)")
    exit(1)
}
