import Foundation

/// What `generate` wrote, kept next to the database as `FILE.bench.json` so `run` can
/// rebuild the same reference data (for the import benchmark) and find the CSV.
struct BenchInfo: Codable, Sendable {
    var scale: BenchScale
    var seed: UInt64
    var csv: String?

    /// The side file of the database at `database`.
    static func path(for database: String) -> String { database + ".bench.json" }

    /// Reads the side file of `database`.
    static func load(for database: String) throws -> BenchInfo {
        let path = path(for: database)
        guard let data = FileManager.default.contents(atPath: path) else {
            throw BenchFailure("\(path) is missing: run `liaison-bench generate --db \(database)` first")
        }
        do {
            return try JSONDecoder().decode(BenchInfo.self, from: data)
        } catch {
            throw BenchFailure("\(path): not a liaison-bench info file (\(error))")
        }
    }

    /// Writes the side file of `database`.
    func save(for database: String) throws {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
        try encoder.encode(self).write(to: URL(fileURLWithPath: Self.path(for: database)), options: .atomic)
    }
}

/// A benchmark that cannot go on, with the reason.
struct BenchFailure: Error, CustomStringConvertible {
    var description: String

    init(_ description: String) {
        self.description = description
    }
}
