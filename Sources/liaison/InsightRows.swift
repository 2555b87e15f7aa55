import LiaisonCore
import LiaisonStore

/// How insights look in a table and in CSV.
enum InsightRows {
    /// The insight table: short ids, one line of text per insight.
    static func table(_ insights: [Insight]) -> TextTable {
        var table = TextTable(columns: [
            .init(title: "DATE"),
            .init(title: "ID", isSecondary: true),
            .init(title: "AUTHOR"),
            .init(title: "REGION"),
            .init(title: "THEME"),
            .init(title: "PRODUCT"),
            .init(title: "HCP"),
            .init(title: "SENT", alignment: .right),
            .init(title: "STATUS", isSecondary: true),
            .init(title: "WHAT WAS SAID", maxWidth: 60),
        ])
        for insight in insights {
            table.append([
                ListingPrinter.day(insight.interactionAt),
                String(insight.id.uuidString.prefix(8)),
                Identity.short(insight.authorID),
                Identity.short(insight.regionID),
                insight.theme,
                Identity.short(insight.productID),
                Identity.short(insight.hcpID),
                ListingPrinter.sentiment(insight.sentiment),
                insight.status.rawValue,
                insight.whatWasSaid,
            ])
        }
        return table
    }

    /// The CSV columns: those of `liaison export --format csv`, so the output imports again.
    static let csvHeader = [
        "date", "author", "region", "hcp", "product", "theme", "sentiment", "channel", "text",
        "id", "loggedAt", "institution", "listeningPriority", "whyItMatters", "tags",
    ]

    /// One insight as a CSV row under `csvHeader`.
    static func csvRow(_ insight: Insight) -> [String] {
        [
            ISODate.format(insight.interactionAt), insight.authorID, insight.regionID, insight.hcpID ?? "",
            insight.productID ?? "", insight.theme, String(insight.sentiment), insight.channel.rawValue,
            insight.whatWasSaid, insight.id.uuidString, ISODate.format(insight.loggedAt), insight.institutionID ?? "",
            insight.listeningPriority ?? "", insight.whyItMatters, insight.tags.joined(separator: ";"),
        ]
    }
}
