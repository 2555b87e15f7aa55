import LiaisonCore
import TerminalKit

/// Draws the People screen: search line, the directory (HCPs or team) and the profile pane.
struct PeopleView {
    let state: PeopleState
    let context: ScreenContext

    func render(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let layout = PeopleLayout(area: area, state: state)
        buffer.fill(area, style: theme.base)
        if let row = layout.searchRow { renderSearch(in: row, buffer: &buffer) }
        if let rect = layout.directory {
            switch state.section {
            case .hcps: renderHCPs(in: rect, compact: layout.compact, buffer: &buffer)
            case .team: renderTeam(in: rect, buffer: &buffer)
            }
        }
        if let rect = layout.profile {
            if state.section == .team && state.focus == .directory {
                renderPerson(in: rect, buffer: &buffer)
            } else {
                HCPProfileView(state: state, context: context).render(in: rect, buffer: &buffer)
            }
        }
    }

    private func renderSearch(in row: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let label = "Search: "
        buffer.write(label, x: row.x + 1, y: row.y, style: theme.header, maxWidth: row.width - 1)
        let x = row.x + 1 + label.count
        var field = state.search.styled(theme)
        field.isFocused = state.isSearching
        field.render(in: Rect(x: x, y: row.y, width: max(1, row.right - x - 1), height: 1), buffer: &buffer)
    }

    private func renderHCPs(in rect: Rect, compact: Bool, buffer: inout Buffer) {
        let theme = context.theme
        let rows = HCPRows(hcps: state.hcps, institutions: state.names.institutions, search: state.appliedSearch,
                           compact: compact, highlight: theme.highlight)
        let columns = compact
            ? [TableColumn("Name", width: .fill(3)), TableColumn("Specialty", width: .fill(2)), TableColumn("City", width: .fill(2))]
            : [TableColumn("Name", width: .fill(3)), TableColumn("Specialty", width: .fill(2)),
               TableColumn("Institution", width: .fill(3)), TableColumn("City", width: .fill(2)), TableColumn("Tier", width: .fixed(8))]
        let count = state.hcps.count
        let more = state.nextCursor == nil ? "" : "+"
        let title = state.hasLoadedHCPs ? "HCPs · \(count)\(more) shown · t team" : "HCPs"
        let empty = state.error.map { "Could not load HCPs: \($0)" }
            ?? (!state.hasLoadedHCPs ? "Loading…"
                : state.appliedSearch.isEmpty ? "No HCPs yet — import a dataset with `liaison import FILE`"
                : "No HCP matches — Esc in / clears the search")
        Table(columns: columns, source: rows, state: state.scroll, theme: theme, emptyMessage: empty,
              block: Block(title: title, theme: theme))
            .render(in: rect, buffer: &buffer)
    }

    private func renderTeam(in rect: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let rows: [[[Span]]] = state.team.map { person in
            [[Span(person.name)], [Span(person.role.label)], [Span(state.names.region(person.regionID))]]
        }
        let columns = [TableColumn("Name", width: .fill(3)), TableColumn("Role", width: .fixed(10)), TableColumn("Region", width: .fill(2))]
        let empty = state.names.people.isEmpty ? "Loading…" : "Nobody matches — Esc in / clears the search"
        Table(columns: columns, source: SpanRows(rows: rows), state: state.teamScroll, theme: theme, emptyMessage: empty,
              block: Block(title: "Team · \(state.team.count) · t HCPs", theme: theme))
            .render(in: rect, buffer: &buffer)
    }

    private func renderPerson(in rect: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let block = Block(title: "Person", theme: theme)
        guard let person = state.selectedPerson else {
            Paragraph("Select someone to see them here.", style: theme.muted, block: block).render(in: rect, buffer: &buffer)
            return
        }
        var spans = [Span(person.name + "\n", style: theme.header)]
        spans.append(Span("Role        ", style: theme.muted))
        spans.append(Span(person.role.label + (person.formerRole.map { " (formerly \($0.label))" } ?? "") + "\n"))
        spans.append(Span("Region      ", style: theme.muted))
        spans.append(Span(state.names.region(person.regionID) + "\n"))
        if let email = person.email {
            spans.append(Span("Email       ", style: theme.muted))
            spans.append(Span(email + "\n"))
        }
        spans.append(Span("\nEnter shows their insights", style: theme.muted))
        Paragraph(spans: spans, style: theme.base, block: block).render(in: rect, buffer: &buffer)
    }
}

/// Precomputed table rows.
struct SpanRows: TableDataSource {
    let rows: [[[Span]]]
    var count: Int { rows.count }
    func row(at index: Int) -> [[Span]] { rows[index] }
}

/// The HCP directory rows, built only for the rows on screen, with the search text marked
/// wherever it occurs (the directory matches it anywhere in name, specialty, institution, city).
struct HCPRows: TableDataSource {
    let hcps: [HCP]
    let institutions: [InstitutionID: Institution]
    let search: String
    let compact: Bool
    let highlight: Style

    var count: Int { hcps.count }

    func row(at index: Int) -> [[Span]] {
        let hcp = hcps[index]
        let institution = institutions[hcp.institutionID]
        let name = marked(hcp.name)
        let specialty = marked(hcp.specialty)
        let city = marked(institution?.city ?? "")
        if compact { return [name, specialty, city] }
        return [name, specialty, marked(institution?.name ?? hcp.institutionID), city, [Span(hcp.tier.rawValue)]]
    }

    private func marked(_ text: String) -> [Span] {
        Span.highlighting(text, at: SearchHighlighter.occurrences(of: search, in: text), highlight: highlight)
    }
}
