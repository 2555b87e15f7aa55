import ArgumentParser

/// How a `show` command prints one record: a readable report or JSON of the LiaisonCore value.
enum ShowFormat: String, ExpressibleByArgument, CaseIterable {
    case text
    case json
}

/// The `--format` option of the `show` commands.
struct ShowFormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: a readable report (text) or JSON.")
    var format: ShowFormat = .text
}
