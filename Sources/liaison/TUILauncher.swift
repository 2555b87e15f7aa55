import Foundation
import LiaisonApp
import LiaisonCore
import LiaisonResources
import LiaisonStore

/// Starts the full-screen TUI for `liaison` (no subcommand) and `liaison --demo`.
/// The root command calls `TUILauncher.open(…)` or `TUILauncher.openDemo(…)`; both end the
/// process (exit status 0 when the user quits, 1 with a message on stderr otherwise).
enum TUILauncher {
    /// Opens the TUI on the user's database (`--db` > `LIAISON_DB` > XDG path). A missing
    /// database is an error that says how to create one.
    static func open(dbPath: String?, person: String?, theme: String?,
                     environment: [String: String] = ProcessInfo.processInfo.environment) -> Never {
        runBlocking {
            let path = StorePath.resolve(explicit: dbPath, environment: environment)
            guard FileManager.default.fileExists(atPath: path) else {
                throw LiaisonTUIError("no database at \(path) — create it with `liaison init` (empty) or `liaison init --demo` (demo data), or pass --db PATH")
            }
            let resources = try BundledFiles()
            let store = try LiaisonStore(path: path, taxonomy: resources.taxonomy, compliance: resources.compliance)
            let who = try LiaisonTUI.resolvePerson(in: store, explicit: person, environment: environment)
            let settings = try ClashSession.loadSettings(environment: environment)
            try await LiaisonTUI.run(
                store: store, person: who, themeName: theme, taxonomy: resources.taxonomy,
                compliance: resources.compliance, roles: resources.roles, clashSettings: settings,
                environment: environment, clock: try clock(environment: environment))
        }
    }

    /// Opens the TUI on a throw-away copy of the demo dataset in a temporary folder, removed
    /// on exit. The clock stands at the demo data's newest interaction when that is earlier
    /// than now (or at `LIAISON_NOW` when set), so the 30-day numbers are not empty. Default
    /// person: `LiaisonTUI.demoPerson`.
    static func openDemo(person: String?, theme: String?,
                         environment: [String: String] = ProcessInfo.processInfo.environment) -> Never {
        runBlocking {
            let folder = FileManager.default.temporaryDirectory
                .appendingPathComponent("liaison-demo-\(UUID().uuidString)", isDirectory: true)
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
            defer { try? FileManager.default.removeItem(at: folder) }
            let resources = try BundledFiles()
            let store = try LiaisonStore(
                path: folder.appendingPathComponent("demo.sqlite").path,
                taxonomy: resources.taxonomy, compliance: resources.compliance)
            let dataset = try JSONCoding.decoder().decode(Dataset.self, from: try BundledResource.demoDataset.data())
            try store.importDataset(dataset, actor: "person:liaison-demo")
            let who = try LiaisonTUI.resolvePerson(in: store, explicit: person, environment: [:])
                ?? LiaisonTUI.demoPerson(in: store)
            let newest = try store.insights(matching: InsightQuery(), limit: 1).items.first?.interactionAt
            let fixed = try CLIClock.fixedNow(environment: environment)
            let asOf = fixed ?? newest.map { min(Date(), $0.addingTimeInterval(1)) }
            let clock: @Sendable () -> Date = { asOf ?? Date() }
            let settings = try ClashSession.loadSettings(environment: environment)
            try await LiaisonTUI.run(
                store: store, person: who, themeName: theme, taxonomy: resources.taxonomy,
                compliance: resources.compliance, roles: resources.roles, clashSettings: settings,
                environment: environment, clock: clock)
        }
    }

    /// `LIAISON_NOW` as a fixed clock when set, else the system clock.
    private static func clock(environment: [String: String]) throws -> @Sendable () -> Date {
        guard let fixed = try CLIClock.fixedNow(environment: environment) else { return { Date() } }
        return { fixed }
    }

    /// Runs `body` on the main actor while the main thread serves it, then exits.
    private static func runBlocking(_ body: @escaping @MainActor () async throws -> Void) -> Never {
        limitMallocArenas()
        Task { @MainActor in
            do {
                try await body()
                exit(0)
            } catch {
                FileHandle.standardError.write(Data("liaison: \(error)\n".utf8))
                exit(1)
            }
        }
        dispatchMain()
    }
}

extension TUILauncher {
    /// glibc gives every thread that allocates its own heap arena and keeps each one's freed
    /// pages; the TUI's few short background loads do not need that. One arena (the main
    /// thread and the background loads share it) keeps its resident memory ~9 MB lower at 1M
    /// insights than the default, ~2 MB lower than two.
    static func limitMallocArenas() {
        #if os(Linux)
        _ = glibcMallopt(glibcArenaMax, 1)
        #endif
    }
}

#if os(Linux)
/// glibc's `M_ARENA_MAX` option of `mallopt`.
private let glibcArenaMax: Int32 = -8

/// glibc's `mallopt`, which the Glibc module does not export.
@_silgen_name("mallopt")
private func glibcMallopt(_ option: Int32, _ value: Int32) -> Int32
#endif

/// The bundled taxonomy, restricted words and role definitions, decoded.
private struct BundledFiles {
    let taxonomy: Taxonomy
    let compliance: ComplianceChecker
    let roles: RoleDefinitions

    init() throws {
        taxonomy = try Self.decode(.taxonomy) { try Taxonomy.decode($0) }
        compliance = try Self.decode(.restrictedWords) { try ComplianceChecker.decode($0) }
        roles = try Self.decode(.roles) { try RoleDefinitions.decode($0) }
    }

    private static func decode<T>(_ resource: BundledResource, _ body: (Data) throws -> T) throws -> T {
        do {
            return try body(try resource.data())
        } catch {
            throw LiaisonTUIError("bundled \(resource.rawValue) at \(resource.url.path) is unreadable: \(error)")
        }
    }
}
