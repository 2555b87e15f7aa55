import ArgumentParser

/// `liaison-bench`: synthetic data at the reference scale and the performance measurements
/// of DESIGN.md, with peers measured in the same run.
@main
struct LiaisonBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "liaison-bench",
        abstract: "Generate synthetic Liaison data and measure performance against peers.",
        subcommands: [GenerateCommand.self, RunCommand.self, AllCommand.self, SmokeCommand.self])
}
