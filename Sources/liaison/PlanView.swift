import LiaisonCore

/// One plan laid out for reading: objectives with the national rank beside, tactics, study
/// sites with their institution, and the F2F share per product.
struct PlanView {
    var plan: Plan
    /// The national plan of the same period; nil for the national plan itself.
    var national: Plan?
    var regionName: String?
    var sites: [(StudySiteNomination, Institution?)]

    /// How a region's rank compares with the national rank, e.g. `↑2`, `↓1`, `=`.
    static func difference(rank: Int?, nationalRank: Int?) -> String {
        guard let rank else { return nationalRank == nil ? "" : "left out" }
        guard let nationalRank else { return "not national" }
        let delta = nationalRank - rank
        if delta == 0 { return "=" }
        return delta > 0 ? "↑\(delta)" : "↓\(-delta)"
    }

    /// The plan as titled sections of aligned tables.
    func render(style: TerminalStyle) -> String {
        let scopeName = regionName.map { "\($0) (\(plan.scope))" } ?? "National plan"
        var text = style.bold("\(scopeName) · \(plan.period) · \(plan.status.rawValue)") + "  " + style.dim(plan.id) + "\n"
        text += section("Objectives", objectivesTable(), style: style)
        if !plan.tactics.isEmpty { text += section("Tactics", tacticsTable(), style: style) }
        if !sites.isEmpty { text += section("Study sites", sitesTable(), style: style) }
        if !plan.channelMix.isEmpty { text += section("F2F share per product", channelTable(), style: style) }
        return text
    }

    private func section(_ title: String, _ table: TextTable, style: TerminalStyle) -> String {
        let body = table.render(style: style).split(separator: "\n", omittingEmptySubsequences: false)
            .map { $0.isEmpty ? "" : "  " + $0 }.joined(separator: "\n")
        return "\n" + style.bold(title) + "\n" + body
    }

    /// Objective rows: this plan's in rank order, then national objectives it left out.
    private var objectiveRows: [(objective: Objective, rank: Int?, nationalRank: Int?)] {
        var rows = plan.rankedObjectives.map { ($0, Optional($0.rank), national?.objective($0.code)?.rank) }
        if let national {
            for objective in national.rankedObjectives where plan.objective(objective.code) == nil {
                rows.append((objective, nil, objective.rank))
            }
        }
        return rows
    }

    private func objectivesTable() -> TextTable {
        var columns: [TextTable.Column] = [.init(title: "RANK", alignment: .right)]
        if national != nil {
            columns += [.init(title: "NATIONAL", alignment: .right), .init(title: "DIFF")]
        }
        columns += [
            .init(title: "OBJECTIVE", maxWidth: 48), .init(title: "PRODUCT"), .init(title: "THEME"),
            .init(title: "KPI TARGET", isSecondary: true, maxWidth: 40),
        ]
        var table = TextTable(columns: columns)
        for row in objectiveRows {
            var cells = [row.rank.map(String.init) ?? "—"]
            if national != nil {
                cells += [row.nationalRank.map(String.init) ?? "—", Self.difference(rank: row.rank, nationalRank: row.nationalRank)]
            }
            cells += [row.objective.title, Identity.short(row.objective.productID), row.objective.theme ?? "", row.objective.kpiTarget]
            table.append(cells)
        }
        return table
    }

    private func tacticsTable() -> TextTable {
        var table = TextTable(columns: [
            .init(title: "TACTIC", maxWidth: 48), .init(title: "KIND"), .init(title: "FORMAT"),
            .init(title: "STATUS"), .init(title: "OBJECTIVE", isSecondary: true),
        ])
        for tactic in plan.tactics {
            table.append([
                tactic.title, tactic.kind.rawValue, tactic.format.rawValue, tactic.status.rawValue,
                Identity.short(tactic.objectiveCode),
            ])
        }
        return table
    }

    private func sitesTable() -> TextTable {
        var table = TextTable(columns: [
            .init(title: "STUDY"), .init(title: "INSTITUTION", maxWidth: 40), .init(title: "KIND"),
            .init(title: "TIER", alignment: .right), .init(title: "TRIALS", alignment: .right),
            .init(title: "RATIONALE", isSecondary: true, maxWidth: 48),
        ])
        for (site, institution) in sites {
            table.append([
                Identity.short(site.study), institution?.name ?? site.institutionID, institution?.kind.rawValue ?? "",
                institution.map { String($0.influenceTier) } ?? "", institution.map { String($0.studyExperience) } ?? "",
                site.rationale,
            ])
        }
        return table
    }

    private func channelTable() -> TextTable {
        var columns: [TextTable.Column] = [.init(title: "PRODUCT"), .init(title: "F2F %", alignment: .right)]
        if national != nil { columns.append(.init(title: "NATIONAL %", alignment: .right)) }
        var table = TextTable(columns: columns)
        for share in plan.channelMix {
            var cells = [Identity.short(share.productID), String(share.faceToFaceShare)]
            if let national {
                cells.append(national.channelMix.first { $0.productID == share.productID }.map { String($0.faceToFaceShare) } ?? "—")
            }
            table.append(cells)
        }
        return table
    }

    static let csvHeader = [
        "plan", "period", "scope", "rank", "nationalRank", "difference", "objective", "title", "product", "theme",
        "kpiTarget",
    ]

    /// One row per objective (left-out national objectives included, with no rank).
    var csvRows: [[String]] {
        objectiveRows.map { row in
            [
                plan.id, plan.period, plan.scope.description, row.rank.map(String.init) ?? "",
                row.nationalRank.map(String.init) ?? "",
                national == nil ? "" : Self.difference(rank: row.rank, nationalRank: row.nationalRank),
                row.objective.code, row.objective.title, row.objective.productID ?? "", row.objective.theme ?? "",
                row.objective.kpiTarget,
            ]
        }
    }
}
