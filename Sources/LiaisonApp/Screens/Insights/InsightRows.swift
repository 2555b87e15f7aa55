import LiaisonCore
import TerminalKit

/// The insight table's rows: a virtual list as long as the whole listing, answered from the
/// loaded window (rows outside it show as loading until their page arrives).
struct InsightRows: TableDataSource {
    let window: InsightWindow
    let count: Int
    let names: InsightNames
    let taxonomy: Taxonomy
    let highlighter: SearchHighlighter
    let compact: Bool
    let theme: Palette
    /// Characters of the text kept per row: the table's width, as no cell is wider.
    let textLimit: Int

    /// The columns for a table `width` cells wide.
    static func columns(compact: Bool) -> [TableColumn] {
        if compact {
            return [
                TableColumn("Date", width: .fixed(5)), TableColumn("Region", width: .fixed(6)),
                TableColumn("Theme", width: .fixed(12)), TableColumn("Status", width: .fixed(9)),
                TableColumn("Snt", width: .fixed(3), alignment: .right), TableColumn("What was said", width: .fill()),
            ]
        }
        return [
            TableColumn("Date", width: .fixed(10)), TableColumn("Region", width: .fixed(6)),
            TableColumn("Author", width: .fixed(11)), TableColumn("Theme", width: .fixed(13)),
            TableColumn("Product", width: .fixed(7)), TableColumn("HCP", width: .fixed(13)),
            TableColumn("Status", width: .fixed(9)), TableColumn("Snt", width: .fixed(3), alignment: .right),
            TableColumn("What was said", width: .min(12)),
        ]
    }

    func row(at index: Int) -> [[Span]] {
        guard let insight = window.item(at: index) else {
            return [[Span("…", style: theme.muted)]]
        }
        let text = highlighter.spans(InsightsLoader.firstLine(insight.whatWasSaid, limit: textLimit), highlight: theme.highlight)
        let theme = taxonomy.theme(insight.theme)?.name ?? insight.theme
        let sentiment = [Span(Self.sentiment(insight.sentiment))]
        if compact {
            return [
                [Span(DayFormat.short(insight.interactionAt))], [Span(names.region(insight.regionID))], [Span(theme)],
                [Span(insight.status.rawValue)], sentiment, text,
            ]
        }
        return [
            [Span(DayFormat.iso(insight.interactionAt))], [Span(names.region(insight.regionID))],
            [Span(names.person(insight.authorID))], [Span(theme)],
            [Span(insight.productID.map(names.product) ?? "—")], [Span(insight.hcpID.map(names.hcp) ?? "—")],
            [Span(insight.status.rawValue)], sentiment, text,
        ]
    }

    /// −2 … +2 with a sign.
    static func sentiment(_ value: Int) -> String {
        value > 0 ? "+\(value)" : value < 0 ? "−\(-value)" : "0"
    }
}
