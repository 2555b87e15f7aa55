import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// The `liaison` command: the dashboard by default (`TUICommand`), and the scriptable subcommands.
@main
struct Liaison: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison",
        abstract: "Field insights, regional plans and field/office decisions for Medical Affairs teams.",
        discussion: """
            With no subcommand, opens the full-screen dashboard on your database (`liaison tui`); \
            `liaison --demo` opens it on a throw-away copy of the demo dataset. The database is \
            chosen by --db, else $LIAISON_DB, else $XDG_DATA_HOME/liaison/liaison.sqlite.
            """,
        subcommands: [
            TUICommand.self, InitCommand.self, LogCommand.self, InsightsCommand.self, PlansCommand.self, DecisionsCommand.self,
            ImportCommand.self, ExportCommand.self, ClashesCommand.self, TriageCommand.self, DecideCommand.self,
            MeetingCommand.self, ReportCommand.self, NeedleCommand.self, TouchpointsCommand.self,
        ],
        defaultSubcommand: TUICommand.self)

    /// Accepted before the subcommand too, e.g. `liaison --db FILE insights`.
    @OptionGroup var global: GlobalOptions

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
