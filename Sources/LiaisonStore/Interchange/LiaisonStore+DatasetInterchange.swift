import Foundation
import LiaisonCore

extension LiaisonStore {
    /// Imports a JSON dataset file (`schemaVersion` must be the current one) in one
    /// transaction audited as `actor`: all records or none. Returns what was read.
    /// - Throws: `ImportError` naming the file and, where known, the line (malformed JSON),
    ///   the coding path (`insights[12].sentiment`) or the failing record; database errors
    ///   pass through.
    @discardableResult
    public func importDatasetJSON(
        from file: URL, actor: PersonID, displayName: String? = nil, progress: InterchangeProgressHandler? = nil
    ) throws -> Dataset {
        let name = displayName ?? file.relativePath
        let data: Data
        do {
            data = try Data(contentsOf: file)
        } catch {
            throw ImportError.unreadable(name, error)
        }
        let dataset = try DatasetDecoding.decode(data, file: name)
        let total = dataset.recordCount
        progress?(InterchangeProgress(done: 0, total: total, unit: .records))
        do {
            try importDataset(dataset, actor: actor)
        } catch let error as DatasetError {
            throw DatasetDecoding.importError(error, file: name)
        } catch let error as ValidationError {
            throw ImportError(file: name, field: "\(error.entity).\(error.field)", reason: error.reason)
        }
        progress?(InterchangeProgress(done: total, total: total, unit: .records))
        return dataset
    }

    /// The whole database as JSON: `JSONCoding.encoder()` of the canonically ordered
    /// dataset, so the same data always gives the same bytes.
    public func exportDatasetJSON() throws -> Data {
        var data = try JSONCoding.encoder().encode(exportDataset().canonicallyOrdered())
        data.append(0x0A)
        return data
    }

    /// Writes `exportDatasetJSON()` to `file` atomically. Returns the number of records.
    @discardableResult
    public func exportDatasetJSON(to file: URL, progress: InterchangeProgressHandler? = nil) throws -> Int {
        let dataset = try exportDataset().canonicallyOrdered()
        var data = try JSONCoding.encoder().encode(dataset)
        data.append(0x0A)
        try AtomicFile.write(data, to: file)
        progress?(InterchangeProgress(done: dataset.recordCount, total: dataset.recordCount, unit: .records))
        return dataset.recordCount
    }
}

extension Dataset {
    /// How many records of all kinds the dataset holds.
    var recordCount: Int {
        regions.count + people.count + products.count + institutions.count + hcps.count + plans.count
            + insights.count + touchpoints.count + decisions.count + meetings.count
    }
}
