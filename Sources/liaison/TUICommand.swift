import ArgumentParser
import Foundation

/// `liaison` with no subcommand (or `liaison tui`): the full-screen dashboard.
struct TUICommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "tui",
        abstract: "Open the full-screen dashboard (the default when no subcommand is given).",
        discussion: """
            Opens the dashboard on your database, or with --demo on a throw-away copy of the demo \
            dataset. When standard input or output is not a terminal, --demo prints the demo \
            dashboard as text and plain `liaison` prints this help.
            """)

    @OptionGroup var global: GlobalOptions

    @Flag(name: .long, help: "Open the dashboard on a throw-away copy of the demo dataset.")
    var demo = false

    @Option(name: .long, help: ArgumentHelp("Colour theme: dark or light (NO_COLOR forces monochrome).", valueName: "theme"))
    var theme: String?

    mutating func run() throws {
        if let theme, !["dark", "light"].contains(theme) {
            throw ValidationError("--theme must be dark or light, not '\(theme)'")
        }
        let interactive = isatty(STDIN_FILENO) == 1 && isatty(STDOUT_FILENO) == 1
        switch (demo, interactive) {
        case (true, true): TUILauncher.openDemo(person: global.person, theme: theme)
        case (true, false): try DemoDashboard.runOnDemoCopy(style: .forStandardOutput())
        case (false, true): TUILauncher.open(dbPath: global.db, person: global.person, theme: theme)
        case (false, false): Console.out(Liaison.helpMessage() + "\n")
        }
    }
}
