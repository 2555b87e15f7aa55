import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison needle`: where the face-to-face ↔ digital needle stands per product and place,
/// why, and how far each plan's F2F share is from it; `--segments` counts HCPs per channel
/// segment instead.
struct NeedleCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "needle",
        abstract: "Show the F2F ↔ digital needle per product and region against the plans' F2F share.",
        discussion: """
            For each product, nationally and in each region: the five driver scores (0 = all \
            digital, 100 = all face to face) with their explanations, the weights as applied, \
            the needle, the F2F share of the plan under review and the gap (plan − needle). \
            Weights, company vision and lifecycle scores come from the `needle` section of \
            the bundled config.json with $XDG_CONFIG_HOME/liaison/config.json laid over it. \
            With --segments: HCPs per channel segment (F2F-open KOLs, F2F-open, \
            restricted-access, remote-preferring, digital-only) for every HCP and for each \
            product's audience, nationally and per region.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Only this product, e.g. respiflo or product:respiflo.", valueName: "id"))
    var product: String?

    @Option(help: ArgumentHelp("Only this region (e.g. east) or 'national' for the whole country.", valueName: "region"))
    var region: String?

    @Flag(help: "Count HCPs per channel segment instead of showing the needle.")
    var segments = false

    func run() throws {
        let session = try StoreSession.open(global)
        let config = try ClashSession.loadSettings(environment: session.environment).needle
        let inputs = try session.store.needleInputs()
        let productID = try selectedProduct(inputs)
        let place = try selectedPlace(inputs)
        if segments {
            let counts = inputs.segmentCounts(config: config).filter { row in
                (place == nil || row.regionID == place?.regionID) && (productID == nil || row.productID == productID)
            }
            try NeedleSegmentsOutput(counts: counts, products: inputs.products).print(format: output.format)
            return
        }
        let rows: [NeedleRow]
        do {
            rows = try inputs.rows(config: config, productID: productID, place: place)
        } catch {
            throw CLIFailure.runtime("cannot set the needle: \(error) (check the needle section of your config.json)")
        }
        try NeedleOutput(rows: rows).print(format: output.format)
    }

    private func selectedProduct(_ inputs: NeedleInputs) throws -> ProductID? {
        guard let product else { return nil }
        let id = Identity.qualified(product, prefix: "product")
        guard inputs.products.contains(where: { $0.id == id }) else {
            let known = inputs.products.map { Identity.short($0.id) }.joined(separator: ", ")
            throw CLIFailure.runtime("--product: unknown product '\(id)' (products: \(known))")
        }
        return id
    }

    private func selectedPlace(_ inputs: NeedleInputs) throws -> NeedlePlace? {
        guard let region else { return nil }
        if region == "national" { return .national }
        let id = Identity.qualified(region, prefix: "region")
        guard inputs.regions.contains(where: { $0.id == id }) else {
            let known = (["national"] + inputs.regions.map { Identity.short($0.id) }).joined(separator: ", ")
            throw CLIFailure.runtime("--region: unknown region '\(id)' (one of: \(known))")
        }
        return .region(id)
    }
}
