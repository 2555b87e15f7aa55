import ArgumentParser

/// Options every command accepts: which database and who is acting.
struct GlobalOptions: ParsableArguments {
    @Option(name: .long, help: ArgumentHelp(
        "The database file (default: $LIAISON_DB, else $XDG_DATA_HOME/liaison/liaison.sqlite).",
        valueName: "path"))
    var db: String?

    @Option(name: .customLong("as"), help: ArgumentHelp(
        "The person acting, e.g. person:anna-keller (default: $LIAISON_AS).", valueName: "person"))
    var person: String?
}
