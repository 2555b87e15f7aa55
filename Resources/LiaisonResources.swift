import Foundation

/// The data files shipped in `Resources/`, found after `swift build` and with `swift run`.
/// Set `LIAISON_RESOURCES` to a folder to use other copies.
public enum BundledResource: String, CaseIterable, Sendable {
    case demoDataset = "demo-dataset.json"
    case taxonomy = "taxonomy.json"
    case roles = "roles.json"
    case restrictedWords = "restricted-words.json"
    case config = "config.json"

    /// Where the file is.
    public var url: URL {
        if let folder = ProcessInfo.processInfo.environment["LIAISON_RESOURCES"], !folder.isEmpty {
            return URL(fileURLWithPath: folder).appendingPathComponent(rawValue)
        }
        return Bundle.module.bundleURL.appendingPathComponent(rawValue)
    }

    /// The file's bytes.
    public func data() throws -> Data {
        try Data(contentsOf: url)
    }
}
