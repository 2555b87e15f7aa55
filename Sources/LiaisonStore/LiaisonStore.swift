import Foundation
import GRDB
import LiaisonCore

/// The Liaison database: one SQLite file (or an in-memory database for tests) with the
/// schema migrated, every write audited and every listing paged by keyset.
public final class LiaisonStore: Sendable {
    /// The file path, or nil for an in-memory store.
    public let path: String?
    /// The themes insights are validated against.
    public let taxonomy: Taxonomy
    /// The restricted-words and patient-identifier check run by `logInsight`.
    public let compliance: ComplianceChecker
    let writer: any DatabaseWriter
    let clock: @Sendable () -> Date

    /// Opens the database at `path`, creating the file (mode 0600) and its folders when
    /// missing, and migrates it. WAL journal, 5 s busy timeout, foreign keys on.
    public convenience init(
        path: String, taxonomy: Taxonomy, compliance: ComplianceChecker = ComplianceChecker(restricted: []),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws {
        try StoreFile.prepare(path: path)
        let pool = try DatabasePool(path: path, configuration: LiaisonStore.configuration())
        try self.init(writer: pool, path: path, taxonomy: taxonomy, compliance: compliance, clock: clock)
    }

    /// An in-memory store with the same schema, for tests and throw-away sessions.
    public static func inMemory(
        taxonomy: Taxonomy, compliance: ComplianceChecker = ComplianceChecker(restricted: []),
        clock: @escaping @Sendable () -> Date = { Date() }
    ) throws -> LiaisonStore {
        let queue = try DatabaseQueue(configuration: configuration())
        return try LiaisonStore(writer: queue, path: nil, taxonomy: taxonomy, compliance: compliance, clock: clock)
    }

    private init(
        writer: any DatabaseWriter, path: String?, taxonomy: Taxonomy, compliance: ComplianceChecker,
        clock: @escaping @Sendable () -> Date
    ) throws {
        self.writer = writer
        self.path = path
        self.taxonomy = taxonomy
        self.compliance = compliance
        self.clock = clock
        try StoreMigrations.migrator.migrate(writer)
    }

    private static func configuration() -> Configuration {
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(5)
        configuration.label = "liaison"
        // Readers stay open, so `releaseMemory()` shrinks their caches instead of closing them
        // (a reopened reader parses the schema again on the next key).
        configuration.persistentReadOnlyConnections = true
        return configuration
    }

    /// Returns the page caches of every connection to SQLite's allocator (they refill as
    /// screens read). The TUI calls it after its big background reads.
    public func releaseMemory() {
        (writer as? DatabasePool)?.releaseMemory()
    }

    /// True when the database holds no regions, people or insights yet.
    public func isEmpty() throws -> Bool {
        try read { db in
            try Bool.fetchOne(db, sql: """
                SELECT NOT (EXISTS (SELECT 1 FROM regions) OR EXISTS (SELECT 1 FROM people)
                    OR EXISTS (SELECT 1 FROM insights))
                """) ?? true
        }
    }

    /// Runs `body` in one write transaction as `actor`; every change it makes is audited and
    /// any error rolls all of them back.
    @discardableResult
    public func write<T>(actor: PersonID, _ body: (StoreTransaction) throws -> T) throws -> T {
        let now = clock()
        return try writer.write { db in
            let transaction = StoreTransaction(db: db, actor: actor, now: now, taxonomy: taxonomy)
            let result = try body(transaction)
            try transaction.finish()
            return result
        }
    }

    /// Runs `body` in a read transaction (a consistent view).
    func read<T>(_ body: (Database) throws -> T) throws -> T {
        try writer.read(body)
    }
}
