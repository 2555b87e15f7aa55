import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonReports
import LiaisonStore

/// `liaison report`: generated documents.
struct ReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "report", abstract: "Generate reports.", subcommands: [WeeklyReportCommand.self])
}

/// `liaison report weekly [--week YYYY-Www] [--format md|html] [-o FILE]`.
struct WeeklyReportCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "weekly",
        abstract: "The week's minutes as Markdown, or a self-contained HTML report with charts.",
        discussion: """
            Both hold the agenda (with notes and evidence), the decisions taken that week with \
            their resolution mode and rationale, the actions (owner, due date, status) and the \
            attendance. The HTML page adds inline SVG charts (insight trends by theme, active \
            clashes by region and level, decisions by resolution mode), needs no network and \
            prints on A4 in black and white. With -o the file is replaced atomically.
            """)

    /// The output formats.
    enum Format: String, ExpressibleByArgument, CaseIterable {
        case md
        case html
    }

    @OptionGroup var global: GlobalOptions
    @OptionGroup var week: WeekOptions
    @Option(help: "md (Markdown minutes) or html (self-contained report).")
    var format: Format = .md
    @Option(name: [.customShort("o"), .customLong("output")], help: ArgumentHelp(
        "Write to this file (atomically) instead of stdout.", valueName: "file"))
    var output: String?

    func run() throws {
        let setup = try MeetingSetup(global: global, week: week)
        let report = try setup.session.store.weeklyReport(week: setup.week, now: setup.now, clashes: setup.clashes)
        let text = format == .md ? MarkdownMinutes.render(report) : HTMLReport.render(report)
        guard let output else {
            Console.out(text)
            return
        }
        do {
            try AtomicFile.write(Data(text.utf8), to: URL(fileURLWithPath: output))
        } catch {
            throw CLIFailure.runtime("-o \(output): \(error.localizedDescription)")
        }
        Console.error("wrote \(output)")
    }
}
