import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Every HCP with its institution and city, by name: one narrow indexed query for pickers
    /// (20,000 HCPs load in a few milliseconds). The TUI keeps the result for the session, so
    /// it is sized exactly and the ten HCPs of an institution share its name and city strings.
    public func hcpDirectory() throws -> [HCPDirectoryEntry] {
        try read { db in
            let count = try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM hcps") ?? 0
            let rows = try Row.fetchCursor(db, sql: """
                SELECT h.id, h.name, h.institution_id, n.name, n.city, h.region_id
                FROM hcps h JOIN institutions n ON n.id = h.institution_id
                ORDER BY h.name, h.id
                """)
            var strings = SharedValues<String>()
            var entries: [HCPDirectoryEntry] = []
            entries.reserveCapacity(count)
            while let row = try rows.next() {
                entries.append(HCPDirectoryEntry(
                    id: row[0], name: row[1], institutionID: row[2], institutionName: strings.shared(row[3] as String),
                    city: strings.shared(row[4] as String), regionID: row[5]))
            }
            return entries
        }
    }
}
