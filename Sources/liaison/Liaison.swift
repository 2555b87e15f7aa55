import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// The `liaison` command: the subcommands, and `--demo` for the demo dashboard.
@main
struct Liaison: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Field insights, regional plans and field/office decisions for Medical Affairs teams.",
        discussion: """
            With no subcommand, opens the full-screen dashboard on your database; `liaison --demo` \
            opens it on a throw-away copy of the demo dataset. When standard output is not a \
            terminal, `--demo` prints the demo dashboard as text instead. The database is \
            chosen by --db, else $LIAISON_DB, else $XDG_DATA_HOME/liaison/liaison.sqlite.
            """,
        subcommands: [
            InitCommand.self, LogCommand.self, InsightsCommand.self, PlansCommand.self, DecisionsCommand.self,
            ImportCommand.self, ExportCommand.self, ClashesCommand.self, TriageCommand.self, DecideCommand.self,
            NeedleCommand.self, TouchpointsCommand.self,
        ])

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Open the dashboard on a throw-away copy of the demo dataset.")
    var demo = false

    @Option(name: .long, help: ArgumentHelp("Colour theme of the dashboard: dark or light.", valueName: "theme"))
    var theme: String?

    mutating func run() throws {
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        switch (demo, interactive) {
        case (true, true): TUILauncher.openDemo(person: global.person, theme: theme)
        case (true, false): try DemoDashboard.runOnDemoCopy(style: .forStandardOutput())
        case (false, true): TUILauncher.open(dbPath: global.db, person: global.person, theme: theme)
        case (false, false): Console.out(Self.helpMessage() + "\n")
        }
    }

    /// Runs the command line, mapping `CLIFailure` to its message on stderr and exit status.
    static func main() {
        do {
            var command = try parseAsRoot()
            try command.run()
        } catch let failure as CLIFailure {
            fail(failure)
        } catch let error as ImportError {
            fail(.data(error.description))
        } catch let error as DatasetError {
            fail(.data(error.description))
        } catch let error as LiaisonCore.ValidationError {
            fail(.runtime(error.description))
        } catch let error as StoreError {
            fail(.runtime("\(error)"))
        } catch {
            exit(withError: error)
        }
    }

    private static func fail(_ failure: CLIFailure) -> Never {
        Console.error("liaison: \(failure.message)")
        Foundation.exit(failure.kind.rawValue)
    }
}
