import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison touchpoints [list]`: touchpoints newest first, a page at a time from the store.
struct TouchpointsListCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "list",
        abstract: "List touchpoints, newest first (the default of 'liaison touchpoints').")

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Option(help: ArgumentHelp("Only this HCP, e.g. h0042 or hcp:h0042.", valueName: "id"))
    var hcp: String?

    @Option(help: ArgumentHelp("Only touchpoints on or after this date: YYYY-MM-DD, ISO 8601 time or an age like 30d.", valueName: "date"))
    var since: DateArgument?

    @Option(help: ArgumentHelp(
        "Only this function: \(TouchpointFunction.allCases.map(\.rawValue).joined(separator: ", ")).", valueName: "function"))
    var function: TouchpointFunction?

    @Option(help: ArgumentHelp("At most this many touchpoints; 0 for all.", valueName: "n"))
    var limit: Int = 50

    func validate() throws {
        if limit < 0 { throw ArgumentParser.ValidationError("--limit must be 0 or more") }
    }

    func run() throws {
        let session = try StoreSession.open(global)
        let store = session.store
        let hcpID = hcp.map { Identity.qualified($0, prefix: "hcp") }
        if let hcpID, try store.hcp(id: hcpID) == nil {
            throw CLIFailure.runtime("--hcp: unknown HCP '\(hcpID)'")
        }
        var touchpoints: [Touchpoint] = []
        var cursor: PageCursor?
        repeat {
            let wanted = limit == 0 ? 500 : min(500, limit - touchpoints.count)
            let page = try store.touchpoints(hcpID: hcpID, since: since?.date, function: function, after: cursor, limit: wanted)
            touchpoints += page.items
            cursor = page.next
        } while cursor != nil && (limit == 0 || touchpoints.count < limit)
        var names: [HCPID: String] = [:]
        if output.format == .table {
            for id in Set(touchpoints.map(\.hcpID)) { names[id] = try store.hcp(id: id)?.name }
        }
        try ListingPrinter.print(
            touchpoints, format: output.format,
            table: { Self.table(touchpoints, names: names) },
            csvHeader: Self.csvHeader, csvRows: { touchpoints.map(Self.csvRow) })
    }

    /// Date, HCP (id and name), function, channel, topic and the id's first characters.
    static func table(_ touchpoints: [Touchpoint], names: [HCPID: String]) -> TextTable {
        var table = TextTable(columns: [
            .init(title: "DATE"), .init(title: "HCP"), .init(title: "NAME", maxWidth: 28), .init(title: "FUNCTION"),
            .init(title: "CHANNEL"), .init(title: "TOPIC", maxWidth: 60), .init(title: "ID", isSecondary: true),
        ])
        for touchpoint in touchpoints {
            table.append([
                ListingPrinter.day(touchpoint.date), Identity.short(touchpoint.hcpID), names[touchpoint.hcpID] ?? "",
                touchpoint.function.rawValue, touchpoint.channel.rawValue, touchpoint.topic,
                String(touchpoint.id.uuidString.prefix(8)),
            ])
        }
        return table
    }

    /// The columns `liaison import` reads back.
    static let csvHeader = ["id", "date", "hcp", "function", "channel", "topic"]

    /// One touchpoint under `csvHeader`.
    static func csvRow(_ touchpoint: Touchpoint) -> [String] {
        [
            touchpoint.id.uuidString, ISODate.format(touchpoint.date), touchpoint.hcpID, touchpoint.function.rawValue,
            touchpoint.channel.rawValue, touchpoint.topic,
        ]
    }
}
