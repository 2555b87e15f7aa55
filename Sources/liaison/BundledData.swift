import Foundation
import LiaisonCore
import LiaisonResources

/// The bundled files the CLI needs, decoded, with errors that name the file.
enum BundledData {
    /// The insight themes from `taxonomy.json`.
    static func taxonomy() throws -> Taxonomy {
        try load(.taxonomy) { try Taxonomy.decode($0) }
    }

    /// The compliance rules from `restricted-words.json`.
    static func compliance() throws -> ComplianceChecker {
        try load(.restrictedWords) { try ComplianceChecker.decode($0) }
    }

    /// The demo dataset from `demo-dataset.json`.
    static func demoDataset() throws -> Dataset {
        try load(.demoDataset) { try JSONCoding.decoder().decode(Dataset.self, from: $0) }
    }

    private static func load<T>(_ resource: BundledResource, _ decode: (Data) throws -> T) throws -> T {
        let data: Data
        do {
            data = try resource.data()
        } catch {
            throw CLIFailure.runtime("cannot read bundled \(resource.rawValue) at \(resource.url.path): \(error.localizedDescription)")
        }
        do {
            return try decode(data)
        } catch {
            throw CLIFailure.runtime("bundled \(resource.rawValue) is invalid: \(error)")
        }
    }
}
