import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison export`: the whole database as a JSON dataset, or all insights as CSV.
struct ExportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "export",
        abstract: "Export the whole database as a JSON dataset, or the insights as CSV.",
        discussion: """
            JSON is the versioned dataset (schemaVersion) in canonical order, so exporting, \
            importing into an empty database and exporting again gives the same bytes. CSV has \
            the insight import columns plus id,loggedAt,institution,listeningPriority,whyItMatters,tags, \
            newest first. With -o the file is replaced atomically.
            """)

    /// What `export` writes.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case json
        case csv
    }

    @OptionGroup var global: GlobalOptions

    @Option(help: "json exports the whole dataset, csv the insights.")
    var format: Format = .json

    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write to this file (atomically) instead of stdout.", valueName: "file"))
    var output: String?

    func run() throws {
        let session = try StoreSession.open(global)
        let store = session.store
        let progress = ProgressBar(label: "export")
        defer { progress.finish() }
        do {
            switch (format, output) {
            case (.json, nil):
                FileHandle.standardOutput.write(try store.exportDatasetJSON())
            case (.json, let path?):
                try store.exportDatasetJSON(to: URL(fileURLWithPath: path), progress: progress.handler)
            case (.csv, nil):
                try store.exportInsightsCSV(to: FileHandle.standardOutput, progress: progress.handler)
            case (.csv, let path?):
                try store.exportInsightsCSV(to: URL(fileURLWithPath: path), progress: progress.handler)
            }
        } catch let error as CocoaError {
            throw CLIFailure.runtime("-o \(output ?? "-"): \(error.localizedDescription)")
        }
    }
}
