import GRDB
import LiaisonCore

extension LiaisonStore {
    /// Every HCP with its institution and city, by name: one narrow indexed query for pickers
    /// (20,000 HCPs load in a few milliseconds).
    public func hcpDirectory() throws -> [HCPDirectoryEntry] {
        try read { db in
            let rows = try Row.fetchCursor(db, sql: """
                SELECT h.id, h.name, h.institution_id, n.name, n.city, h.region_id
                FROM hcps h JOIN institutions n ON n.id = h.institution_id
                ORDER BY h.name, h.id
                """)
            var entries: [HCPDirectoryEntry] = []
            while let row = try rows.next() {
                entries.append(HCPDirectoryEntry(
                    id: row[0], name: row[1], institutionID: row[2], institutionName: row[3], city: row[4], regionID: row[5]))
            }
            return entries
        }
    }
}
