import ArgumentParser
import LiaisonCore

/// `liaison touchpoints` (also `liaison touchpoint`): contacts with HCPs from every function.
struct TouchpointsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "touchpoints",
        abstract: "List touchpoints with HCPs across functions, or log an MSL interaction.",
        discussion: """
            Touchpoints come from the dataset, from 'liaison import touchpoints.csv' and from \
            'liaison touchpoint log'. 'liaison touchpoint' is the same command.
            """,
        subcommands: [TouchpointsListCommand.self, TouchpointLogCommand.self],
        defaultSubcommand: TouchpointsListCommand.self,
        aliases: ["touchpoint"])
}

extension TouchpointFunction: ExpressibleByArgument {}
