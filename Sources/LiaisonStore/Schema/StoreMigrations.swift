import GRDB

/// The named migrations that build the schema from an empty file. New migrations are
/// appended; released ones are never edited.
enum StoreMigrations {
    /// The migrator with every migration registered.
    static var migrator: DatabaseMigrator {
        var migrator = DatabaseMigrator()
        migrator.registerMigration("v1-schema") { db in
            try db.execute(sql: SchemaV1.referenceTables)
            try db.execute(sql: SchemaV1.planTables)
            try db.execute(sql: SchemaV1.insightTables)
            for index in SchemaV1.insightIndexes { try db.execute(sql: index.sql) }
            try db.execute(sql: SchemaV1.insightTriggers)
            try db.execute(sql: SchemaV1.activityTables)
        }
        migrator.registerMigration("v2-clash-triage") { db in
            try db.execute(sql: SchemaV2Triage.sql)
        }
        FormDraftMigrations.register(in: &migrator)
        migrator.registerMigration(SchemaMeetingMode.migrationName) { db in
            try db.execute(sql: SchemaMeetingMode.sql)
        }
        migrator.registerMigration(SchemaV3SearchImport.migrationName) { db in
            try db.execute(sql: SchemaV3SearchImport.sql)
        }
        migrator.registerMigration(SchemaV4AuthorStatusIndex.migrationName) { db in
            try db.execute(sql: SchemaV4AuthorStatusIndex.index.sql)
        }
        return migrator
    }

    /// The migration identifiers, in the order they run.
    static var identifiers: [String] { migrator.migrations }
}
