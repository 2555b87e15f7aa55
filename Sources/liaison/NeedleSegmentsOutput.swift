import Foundation
import LiaisonCore
import LiaisonStore

/// Prints HCP segment counts per place and audience as a table, JSON of `HCPSegmentCounts`
/// or CSV.
struct NeedleSegmentsOutput {
    let counts: [HCPSegmentCounts]
    let products: [Product]

    /// Writes the counts to stdout in `format`.
    func print(format: OutputFormat) throws {
        try ListingPrinter.print(
            counts, format: format, table: table,
            csvHeader: ["region", "audience"] + HCPSegment.allCases.map(\.rawValue) + ["total"],
            csvRows: {
                counts.map { row in
                    [row.regionID ?? "national", row.productID ?? "all"] + HCPSegment.allCases.map { String(row[$0]) }
                        + [String(row.total)]
                }
            })
    }

    private func table() -> TextTable {
        var table = TextTable(columns: [.init(title: "PLACE"), .init(title: "AUDIENCE")]
            + HCPSegment.allCases.map { .init(title: $0.label.uppercased(), alignment: .right) }
            + [.init(title: "TOTAL", alignment: .right)])
        for row in counts {
            let audience = row.productID.map { id in products.first { $0.id == id }.map { "\($0.name) audience" } ?? id }
                ?? "all HCPs"
            table.append([row.placeName, audience] + HCPSegment.allCases.map { String(row[$0]) } + [String(row.total)])
        }
        return table
    }
}
