import LiaisonCore
import TerminalKit

/// The HCP profile: institution, city, tier, channel preference, face-to-face access and
/// consent, recent insights about the HCP (selectable), the touchpoint timeline across functions
/// and the list of the latest touchpoints.
struct HCPProfileView {
    let state: PeopleState
    let context: ScreenContext

    func render(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        guard let profile = state.profile else {
            let message = state.selectedHCP == nil ? "Select an HCP to see the profile." : "Loading…"
            Paragraph(message, style: theme.muted, block: Block(title: "Profile", theme: theme)).render(in: area, buffer: &buffer)
            return
        }
        let block = Block(title: profile.hcp.name, footer: state.focus == .profile ? "Enter open · ] more · Esc back" : nil, theme: theme)
        block.render(in: area, buffer: &buffer)
        let inner = block.inner(area).inset(horizontal: 1, vertical: 0)
        guard !inner.isEmpty else { return }
        let facts = factLines(profile)
        let rows = Self.rows(height: inner.height, facts: facts.count, insights: profile.insights.count)
        let parts = Layout.split(inner, direction: .vertical, constraints: [
            .fixed(facts.count), .fixed(rows.insights), .fixed(rows.timeline), .fill(),
        ], spacing: 0)
        for (offset, line) in facts.enumerated() where offset < parts[0].height {
            buffer.write(spans: line, x: parts[0].x, y: parts[0].y + offset, base: theme.base, maxWidth: parts[0].width)
        }
        renderInsights(profile, in: parts[1], buffer: &buffer)
        TouchpointTimeline(touchpoints: profile.timeline, now: profile.timelineNow, hcp: profile.hcp,
                           isTruncated: profile.timelineIsTruncated, theme: theme)
            .render(in: parts[2], buffer: &buffer)
        renderTouchpoints(profile, in: parts[3], buffer: &buffer)
    }

    /// Rows of the insights section (with its title) and of the timeline in a profile of
    /// `height` rows: the timeline keeps its full height before the touchpoint list gets any,
    /// the list shows only when its title, header and two rows fit.
    static func rows(height: Int, facts: Int, insights: Int) -> (insights: Int, timeline: Int) {
        let minimumInsights = 3
        let minimumList = 4
        let rest = max(0, height - facts)
        let timeline = min(TouchpointTimeline.height, max(0, rest - minimumInsights))
        let afterTimeline = rest - timeline
        let wanted = max(2, insights + 1) + 1
        let insightRows = afterTimeline - minimumList >= minimumInsights
            ? min(wanted, max(minimumInsights, (afterTimeline - 1) / 2 + 1), afterTimeline - minimumList)
            : afterTimeline
        return (max(0, insightRows), timeline)
    }

    private func factLines(_ profile: HCPProfile) -> [[Span]] {
        let theme = context.theme
        let hcp = profile.hcp
        func line(_ label: String, _ value: String) -> [Span] {
            [Span(label.padding(toLength: 13, withPad: " ", startingAt: 0), style: theme.muted), Span(value)]
        }
        return [
            line("Specialty", hcp.specialty),
            line("Institution", profile.institution.map { "\($0.name), \($0.city)" } ?? hcp.institutionID),
            line("Region", state.names.region(hcp.regionID) + " · tier " + hcp.tier.rawValue),
            line("Channel", "prefers \(EnumText.words(hcp.channelPreference.rawValue)) · face-to-face access \(hcp.faceToFaceAccess.rawValue)"),
            line("Consent", hcp.contactConsent ? "yes — may be contacted" : "no — do not contact"),
        ]
    }

    private func renderInsights(_ profile: HCPProfile, in rect: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let more = profile.moreInsights == nil ? "" : "+"
        buffer.write("Recent insights (\(profile.insights.count)\(more))",
                     x: rect.x, y: rect.y, style: theme.header, maxWidth: rect.width)
        let rows = profile.insights.map { insight in
            "\(DayFormat.iso(insight.interactionAt))  \(insight.status.rawValue.padding(toLength: 9, withPad: " ", startingAt: 0)) "
                + "\(context.env.themeName(insight.theme)): \(InsightsLoader.firstLine(insight.whatWasSaid))"
        }
        let list = Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1))
        var scroll = state.profileScroll
        if state.focus != .profile { scroll.selected = nil }
        List(source: rows, state: scroll.selected == nil ? ScrollState(selected: nil) : scroll, theme: theme,
             selectionSymbol: state.focus == .profile ? "▸ " : "  ",
             emptyMessage: "No insights about this HCP yet")
            .render(in: list, buffer: &buffer)
    }

    private func renderTouchpoints(_ profile: HCPProfile, in rect: Rect, buffer: inout Buffer) {
        guard rect.height > 0 else { return }
        let theme = context.theme
        let more = profile.moreTouchpoints == nil ? "" : "+"
        buffer.write("Touchpoints (\(profile.touchpoints.count)\(more))", x: rect.x, y: rect.y, style: theme.header, maxWidth: rect.width)
        let rows = profile.touchpoints.map { touchpoint in
            [DayFormat.iso(touchpoint.date), EnumText.words(touchpoint.function.rawValue), EnumText.words(touchpoint.channel.rawValue), touchpoint.topic]
        }
        let table = Table(
            columns: [TableColumn("Date", width: .fixed(10)), TableColumn("Function", width: .fixed(19)),
                      TableColumn("Channel", width: .fixed(12)), TableColumn("Topic", width: .fill())],
            source: rows, state: ScrollState(selected: nil), theme: theme, emptyMessage: "No touchpoints recorded")
        var plain = table
        plain.highlightsSelection = false
        plain.render(in: Rect(x: rect.x, y: rect.y + 1, width: rect.width, height: max(0, rect.height - 1)), buffer: &buffer)
    }
}
