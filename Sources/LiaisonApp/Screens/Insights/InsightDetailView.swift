import LiaisonCore
import TerminalKit

/// The detail pane: the selected insight in full, with names, HCP, link, endorsements,
/// similar insights, status history and the keys of the actions the person may take.
struct InsightDetailView {
    let state: InsightsState
    let context: ScreenContext

    func render(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let block = Block(title: "Detail", theme: theme)
        guard let insight = state.selected else {
            Paragraph("Select an insight to see it here.", style: theme.muted, block: block).render(in: area, buffer: &buffer)
            return
        }
        let detail = state.detail?.insight.id == insight.id ? state.detail : nil
        let paragraph = Paragraph(spans: spans(insight, detail: detail), style: theme.base, block: block)
        let innerHeight = block.inner(area).height
        let maxScroll = max(0, paragraph.rowCount(width: block.inner(area).width) - innerHeight)
        var shown = paragraph
        shown.scroll = min(state.detailScroll, maxScroll)
        if maxScroll > 0 {
            shown.block?.footer = shown.scroll < maxScroll ? "J more" : "K back"
        }
        shown.render(in: area, buffer: &buffer)
    }

    private func spans(_ insight: Insight, detail: InsightDetail?) -> [Span] {
        let theme = context.theme
        let names = state.names
        let highlighter = SearchHighlighter(terms: state.searchTerms)
        var spans: [Span] = []
        func heading(_ text: String) { spans.append(Span(text + "\n", style: theme.header)) }
        func field(_ label: String, _ value: String) {
            spans.append(Span(label.padding(toLength: 12, withPad: " ", startingAt: 0), style: theme.muted))
            spans.append(Span(value + "\n"))
        }
        heading("What was said")
        spans += highlighter.spans(insight.whatWasSaid, highlight: theme.highlight) + [Span("\n")]
        if !insight.whyItMatters.isEmpty {
            spans.append(Span("\n"))
            heading("Why it matters")
            spans += highlighter.spans(insight.whyItMatters, highlight: theme.highlight) + [Span("\n")]
        }
        spans.append(Span("\n"))
        if let hcp = detail?.hcp {
            field("HCP", "\(hcp.name) · \(hcp.specialty)")
        } else if let hcpID = insight.hcpID {
            field("HCP", names.hcp(hcpID))
        }
        if let institution = detail?.institution { field("Institution", "\(institution.name), \(institution.city)") }
        field("Region", detail?.regionName ?? names.region(insight.regionID))
        field("Author", detail?.authorName ?? names.person(insight.authorID))
        field("Date", DayFormat.iso(insight.interactionAt))
        if let productID = insight.productID { field("Product", detail?.productName ?? names.product(productID)) }
        field("Theme", context.env.themeName(insight.theme))
        if let priority = insight.listeningPriority { field("Priority", priority) }
        field("Sentiment", InsightRows.sentiment(insight.sentiment))
        field("Channel", EnumText.words(insight.channel.rawValue))
        if !insight.tags.isEmpty { field("Tags", insight.tags.joined(separator: ", ")) }
        field("Status", insight.status.rawValue)
        if let link = insight.link { field("Linked to", detail?.linkDescription ?? "\(link.target.rawValue) \(link.reference)") }
        if !insight.endorsedBy.isEmpty {
            let who = detail?.endorserNames ?? insight.endorsedBy.map(names.person)
            field("Endorsed", "+\(insight.endorsedBy.count) · " + who.joined(separator: ", "))
        }
        if let parent = detail?.parent { field("Similar to", InsightsLoader.firstLine(parent.whatWasSaid)) }
        if let detail, detail.childCount > 0 {
            field("Similar", "\(detail.childCount) grouped here: "
                + detail.children.map { InsightsLoader.firstLine($0.whatWasSaid) }.joined(separator: "; "))
        }
        spans += actionSpans(insight)
        spans.append(Span("\n"))
        heading("History")
        if let detail {
            for entry in detail.history {
                spans.append(Span("\(DayFormat.iso(entry.at)) ", style: theme.muted))
                spans.append(Span("\(entry.actor): \(entry.change)\n"))
            }
            if detail.history.isEmpty { spans.append(Span("No changes recorded since it was imported\n", style: theme.muted)) }
        } else {
            spans.append(Span("Loading…\n", style: theme.muted))
        }
        return spans
    }

    private func actionSpans(_ insight: Insight) -> [Span] {
        let keys = InsightsScreen.allowedActionKeys(state, context: context)
        guard !keys.isEmpty else { return [] }
        var spans = [Span("Actions".padding(toLength: 12, withPad: " ", startingAt: 0), style: context.theme.muted)]
        for (index, (action, key, _)) in keys.enumerated() {
            if index > 0 { spans.append(Span(" · ")) }
            spans.append(Span(key.label, style: context.theme.keyHintKey))
            spans.append(Span(" " + InsightsScreen.shortLabel(action)))
        }
        spans.append(Span("\n"))
        return spans
    }
}
