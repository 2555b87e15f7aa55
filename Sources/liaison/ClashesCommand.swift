import ArgumentParser

/// `liaison clashes`: where field and office pull apart, ranked by severity.
struct ClashesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "clashes",
        abstract: "List field/office clashes ranked by severity, or show one.",
        discussion: """
            Clashes are computed from the data at the current time ($LIAISON_NOW when set) with the \
            bundled config.json and the user's $XDG_CONFIG_HOME/liaison/config.json laid over it.
            """,
        subcommands: [ClashesListCommand.self, ClashesShowCommand.self],
        defaultSubcommand: ClashesListCommand.self)
}
