import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison import FILE`: a JSON dataset, or a CSV file of insights or touchpoints, as one
/// transaction.
struct ImportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "import",
        abstract: "Import a JSON dataset or a CSV file of insights (or touchpoints), all rows or none.",
        discussion: """
            The kind is chosen by extension (.json, .csv), else by the content; a CSV whose \
            header has function and topic columns holds touchpoints. Insight CSV columns: \
            date,author,region,hcp,product,theme,sentiment,channel,text (any order; optional \
            id,loggedAt,institution,listeningPriority,whyItMatters,tags). Touchpoint CSV: \
            date,hcp,function,channel,topic. RFC 4180 quoting, UTF-8, optional BOM, CRLF accepted. \
            Any bad record stops the import with FILE:LINE: FIELD: reason, nothing is written and \
            the exit status is 65. With --skip-invalid the good rows are imported and the bad ones \
            are written to NAME.rejects.csv next to the input, with a reason column.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("The .json dataset or .csv file.", valueName: "file"))
    var file: String

    @Flag(help: "Import the valid CSV rows and write the rejected ones to NAME.rejects.csv.")
    var skipInvalid = false

    func run() throws {
        let session = try StoreSession.open(global)
        guard FileManager.default.isReadableFile(atPath: file) else {
            throw CLIFailure.data("\(file): cannot read the file")
        }
        let url = URL(fileURLWithPath: file)
        let actor = session.auditActor(fallback: "person:liaison-import")
        let progress = ProgressBar(label: "import")
        defer { progress.finish() }
        let kind = try InputKind.detect(file)
        if kind == .dataset {
            if skipInvalid {
                throw CLIFailure.runtime("--skip-invalid applies to CSV files; a dataset is imported whole or not at all")
            }
            let dataset = try session.store.importDatasetJSON(
                from: url, actor: actor, displayName: file, progress: progress.handler)
            progress.finish()
            Console.error("imported \(file): \(DatasetImport.summary(dataset))")
            return
        }
        let options = CSVImportOptions(skipInvalid: skipInvalid, displayName: file, progress: progress.handler)
        let result = kind == .touchpointsCSV
            ? try session.store.importTouchpointsCSV(from: url, actor: actor, options: options)
            : try session.store.importInsightsCSV(from: url, actor: actor, options: options)
        progress.finish()
        let noun = kind == .touchpointsCSV ? "touchpoints" : "insights"
        var summary = "imported \(result.imported) \(noun) from \(file)"
        if let rejects = result.rejectsFile, result.rejected > 0 {
            summary += "; \(result.rejected) rejected rows written to \(rejects.path)"
        }
        Console.error(summary)
    }
}

/// What kind of file `liaison import` was given.
enum InputKind: Equatable {
    case dataset
    case insightsCSV
    case touchpointsCSV

    /// By extension (`.json`, `.csv`), else by the first significant byte (`{` is a dataset);
    /// a CSV header with `function` and `topic` columns means touchpoints.
    static func detect(_ path: String) throws -> InputKind {
        guard let handle = FileHandle(forReadingAtPath: path) else {
            throw CLIFailure.data("\(path): cannot read the file")
        }
        defer { try? handle.close() }
        let head = (try? handle.read(upToCount: 4096)) ?? Data()
        let significant = head.drop { [0xEF, 0xBB, 0xBF, 0x20, 0x09, 0x0A, 0x0D].contains($0) }
        switch URL(fileURLWithPath: path).pathExtension.lowercased() {
        case "json": return .dataset
        case "csv": return csvKind(head)
        default: return significant.first == UInt8(ascii: "{") ? .dataset : csvKind(head)
        }
    }

    private static func csvKind(_ head: Data) -> InputKind {
        let firstLine = String(decoding: head.prefix { $0 != 0x0A && $0 != 0x0D }, as: UTF8.self)
        let columns = Set(firstLine.split(separator: ",").map {
            $0.trimmingCharacters(in: CharacterSet(charactersIn: "\u{FEFF}\" ")).lowercased()
        })
        return columns.isSuperset(of: ["function", "topic"]) && !columns.contains("theme") ? .touchpointsCSV : .insightsCSV
    }
}
