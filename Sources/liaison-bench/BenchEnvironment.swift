import Foundation
import LiaisonCore
import LiaisonResources
import LiaisonStore

/// The fixed inputs every benchmark shares: the bundled taxonomy, roles and configuration,
/// and the reference clock of the synthetic data.
struct BenchEnvironment: Sendable {
    /// The "now" of every synthetic data set (2026-06-30T12:00:00Z): data is generated
    /// relative to it and the clash engine evaluates at it, so runs are reproducible.
    static let referenceNow = Date(timeIntervalSince1970: 1_782_820_800)
    /// The person recorded in audit rows written by the benchmark.
    static let actor: PersonID = "person:rmd-01"

    let taxonomy: Taxonomy
    let roles: RoleDefinitions
    let clashConfig: ClashConfig
    let needle: NeedleConfig

    /// Loads the bundled resources.
    static func load() throws -> BenchEnvironment {
        let config = try BundledResource.config.data()
        return BenchEnvironment(
            taxonomy: try Taxonomy.decode(BundledResource.taxonomy.data()),
            roles: try RoleDefinitions.decode(BundledResource.roles.data()),
            clashConfig: try ClashConfig.load(bundled: config),
            needle: try NeedleConfig.load(bundled: config))
    }

    /// Opens (creating if needed) the store at `path`.
    func openStore(_ path: String) throws -> LiaisonStore {
        try LiaisonStore(path: path, taxonomy: taxonomy)
    }
}
