import ArgumentParser

/// How a listing command prints its rows.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Aligned columns for people; colour only on a terminal without `NO_COLOR`.
    case table
    /// An array of LiaisonCore values, as `JSONCoding` encodes them.
    case json
    /// RFC 4180 CSV with a header row.
    case csv
}

/// The `--format` option shared by the listing commands.
struct FormatOptions: ParsableArguments {
    @Option(name: .long, help: "Output format: an aligned table, JSON of LiaisonCore values, or CSV with a header.")
    var format: OutputFormat = .table
}
