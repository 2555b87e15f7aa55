import ArgumentParser

/// `liaison decide`: the decision ritual, fully scriptable.
struct DecideCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "decide",
        abstract: "Draft a decision (from a clash), record stances, resolve, revisit, show.",
        discussion: """
            A decision drafted from a clash comes prefilled (topic, scope, both cases with their \
            evidence) and the clash is marked escalated. Each RMD and participant records a stance; \
            the decision is resolved by consensus, compromise, executive ruling or deferral; a decided \
            decision can be revisited. Every step is kept in the audit log ('liaison decide show ID').
            """,
        subcommands: [
            DecideNewCommand.self, DecideStanceCommand.self, DecideResolveCommand.self, DecideRevisitCommand.self,
            DecideShowCommand.self,
        ])
}
