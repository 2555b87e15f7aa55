import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison log`: records one insight after the same checks the TUI form runs, and prints
/// its id.
struct LogCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "log",
        abstract: "Log a field insight and print its id.",
        discussion: """
            The author is --as, else $LIAISON_AS. The region defaults to the author's region; \
            with --hcp, the region and institution come from the HCP. The text is checked for \
            restricted wording and patient identifiers before anything is saved.
            """)

    @OptionGroup var global: GlobalOptions

    @Argument(help: ArgumentHelp("What was said, in a sentence or two.", valueName: "text"))
    var text: String

    @Option(help: ArgumentHelp("The theme code from the taxonomy, e.g. unmet-need (required).", valueName: "theme"))
    var theme: String

    @Option(help: ArgumentHelp("Why it matters, in your words.", valueName: "text"))
    var why: String = ""

    @Option(help: ArgumentHelp("The HCP the insight came from, e.g. h0042 or hcp:h0042.", valueName: "id"))
    var hcp: String?

    @Option(help: ArgumentHelp("The product discussed, e.g. lumora or product:lumora.", valueName: "id"))
    var product: String?

    @Option(help: ArgumentHelp("The region (default: the HCP's, else the author's).", valueName: "id"))
    var region: String?

    @Option(help: ArgumentHelp("From -2 (very negative) to +2 (very positive).", valueName: "n"))
    var sentiment: Int = 0

    @Option(help: ArgumentHelp(
"How the conversation took place.", valueName: "channel"))
    var channel: InteractionChannel = .faceToFace

    @Option(help: ArgumentHelp(
        "The national listening priority this answers, e.g. lp:diagnosis-delay.", valueName: "code"))
    var listeningPriority: String?

    @Option(help: ArgumentHelp(
        "When the conversation took place (default: now): YYYY-MM-DD, ISO 8601 time or an age like 2d.",
        valueName: "date"))
    var at: DateArgument?

    func run() throws {
        let session = try StoreSession.open(global)
        let author = try session.actingPerson(purpose: "logging this insight")
        let draft = InsightDraft(
            text: text, why: why, theme: theme, hcp: hcp, product: product, region: region,
            sentiment: sentiment, channel: channel, listeningPriority: listeningPriority, at: at?.date)
        let insight = try draft.insight(author: author, store: session.store, now: Date())
        do {
            let saved = try session.store.logInsight(insight, by: author.id)
            Console.out(saved.id.uuidString + "\n")
        } catch let error as LiaisonCore.ValidationError {
            throw CLIFailure.runtime(InsightDraft.message(for: error))
        }
    }
}
