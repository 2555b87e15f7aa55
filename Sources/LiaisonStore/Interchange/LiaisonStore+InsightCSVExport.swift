import Foundation
import LiaisonCore

extension LiaisonStore {
    /// Writes every insight as CSV to `handle` (for example standard output), newest first,
    /// reading the store a page at a time so memory stays flat. The columns are those of
    /// `importInsightsCSV` plus `id,loggedAt,institution,listeningPriority,whyItMatters,tags`,
    /// so an export imports back with the same fields. Returns how many insights were written.
    @discardableResult
    public func exportInsightsCSV(
        to handle: FileHandle, lineEnding: CSVWriter.LineEnding = .lf, progress: InterchangeProgressHandler? = nil
    ) throws -> Int {
        let total = try countInsights(matching: InsightQuery())
        let writer = CSVWriter(fileHandle: handle, lineEnding: lineEnding)
        try writer.write(InsightCSVFormat.requiredColumns + InsightCSVFormat.optionalColumns)
        var written = 0
        var cursor: PageCursor?
        repeat {
            let page = try insights(matching: InsightQuery(), after: cursor, limit: 1000)
            for insight in page.items { try writer.write(Self.csvFields(of: insight)) }
            written += page.items.count
            progress?(InterchangeProgress(done: written, total: total, unit: .records))
            cursor = page.next
        } while cursor != nil
        try writer.flush()
        return written
    }

    /// Writes every insight as CSV to `file`, atomically (a temporary file renamed into place).
    @discardableResult
    public func exportInsightsCSV(
        to file: URL, lineEnding: CSVWriter.LineEnding = .lf, progress: InterchangeProgressHandler? = nil
    ) throws -> Int {
        let output = try AtomicFile(destination: file)
        let count = try exportInsightsCSV(to: output.handle, lineEnding: lineEnding, progress: progress)
        try output.commit()
        return count
    }

    /// One insight's CSV fields in the export's column order.
    static func csvFields(of insight: Insight) -> [String] {
        [
            ISODate.format(insight.interactionAt), insight.authorID, insight.regionID, insight.hcpID ?? "",
            insight.productID ?? "", insight.theme, String(insight.sentiment), insight.channel.rawValue,
            insight.whatWasSaid, insight.id.uuidString, ISODate.format(insight.loggedAt), insight.institutionID ?? "",
            insight.listeningPriority ?? "", insight.whyItMatters, insight.tags.joined(separator: ";"),
        ]
    }
}
