import Foundation
import LiaisonCore

extension LiaisonStore {
    /// Imports insights from a CSV file (`date,author,region,hcp,product,theme,sentiment,channel,text`,
    /// header required, any column order) in one transaction audited as `actor`.
    ///
    /// Every row is validated as `liaison log` validates (ids must exist, the theme must be in
    /// the taxonomy, sentiment −2…2, a known channel, non-empty text; with `screensText`, the
    /// compliance screen too).
    /// Without `skipInvalid` the first bad row throws an `ImportError` (`FILE:LINE: FIELD: reason`)
    /// and nothing is written. With it, bad rows go to `options.rejectsFile` with a `reason`
    /// column and the rest is imported.
    /// - Throws: `ImportError` for bad input; database errors pass through.
    public func importInsightsCSV(from file: URL, actor: PersonID, options: CSVImportOptions = CSVImportOptions()) throws -> CSVImportResult {
        let format = InsightCSVFormat(compliance: options.screensText ? compliance : nil)
        return try CSVImporter(format: format, store: self, input: file, actor: actor, options: options).run()
    }

    /// Imports touchpoints from a CSV file (`date,hcp,function,channel,topic`), with the same
    /// rules and options as `importInsightsCSV`.
    /// - Throws: `ImportError` for bad input; database errors pass through.
    public func importTouchpointsCSV(from file: URL, actor: PersonID, options: CSVImportOptions = CSVImportOptions()) throws -> CSVImportResult {
        try CSVImporter(format: TouchpointCSVFormat(), store: self, input: file, actor: actor, options: options).run()
    }
}
