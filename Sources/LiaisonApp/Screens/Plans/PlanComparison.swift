import LiaisonCore

/// A regional plan next to the national plan (or the national plan alone), turned into rows:
/// ranked objectives with the rank difference, tactics, study-site nominations and the planned
/// face-to-face share per product.
struct PlanComparison: Sendable {
    let regionName: String?
    let regional: Plan?
    let national: Plan?
    let institutions: [InstitutionID: Institution]
    let productNames: [ProductID: String]

    /// The rank mark of a regional objective against the national plan.
    static func mark(regionalRank: Int, nationalRank: Int?) -> String {
        guard let nationalRank else { return "not in national" }
        if regionalRank == nationalRank { return "=" }
        return regionalRank < nationalRank ? "↑\(nationalRank - regionalRank)" : "↓\(regionalRank - nationalRank)"
    }

    /// Every row, top to bottom.
    var rows: [ComparisonRow] {
        objectiveRows + tacticRows + studySiteRows + channelRows
    }

    private var leftTitle: String { regionName ?? "National" }

    private var objectiveRows: [ComparisonRow] {
        let left = regional?.rankedObjectives ?? []
        let right = regional == nil ? [] : (national?.rankedObjectives ?? [])
        let single = regional == nil ? (national?.rankedObjectives ?? []) : left
        var rows = [ComparisonRow.heading("Objectives — \(leftTitle) \(describe(regional ?? national))",
                                          right: regional == nil ? "" : "National \(describe(national))")]
        if single.isEmpty && right.isEmpty { rows.append(.detail("No objectives in this plan", "")) }
        for index in 0..<max(single.count, right.count) {
            var row = ComparisonRow(kind: .objective, left: "", right: "")
            if index < single.count {
                let objective = single[index]
                row.left = "\(objective.rank). \(objective.title)"
                if regional != nil {
                    row.leftMark = Self.mark(regionalRank: objective.rank, nationalRank: national?.objective(objective.code)?.rank)
                }
                row.objective = objective
            }
            if index < right.count {
                let objective = right[index]
                row.right = "\(objective.rank). \(objective.title)"
                if regional?.objective(objective.code) == nil { row.rightMark = "left out" }
                if row.objective == nil { row.objective = objective }
            }
            rows.append(row)
        }
        return rows
    }

    private var tacticRows: [ComparisonRow] {
        let left = (regional ?? national)?.tactics ?? []
        let right = regional == nil ? [] : (national?.tactics ?? [])
        guard !(left.isEmpty && right.isEmpty) else { return [] }
        var rows = [ComparisonRow.heading("Tactics", right: right.isEmpty ? "" : "National tactics")]
        for index in 0..<max(left.count, right.count) {
            rows.append(.detail(
                index < left.count ? tactic(left[index]) : "", index < right.count ? tactic(right[index]) : "",
                leftMark: index < left.count ? left[index].format.rawValue : nil,
                rightMark: index < right.count ? right[index].format.rawValue : nil))
        }
        return rows
    }

    private var studySiteRows: [ComparisonRow] {
        let left = (regional ?? national)?.studySites ?? []
        let right = regional == nil ? [] : (national?.studySites ?? [])
        guard !(left.isEmpty && right.isEmpty) else { return [] }
        var rows = [ComparisonRow.heading(regional == nil ? "Study-site shortlist" : "Study-site nominations",
                                          right: right.isEmpty ? "" : "National shortlist")]
        for index in 0..<max(left.count, right.count) {
            rows.append(.detail(index < left.count ? site(left[index]) : "", index < right.count ? site(right[index]) : ""))
        }
        return rows
    }

    private var channelRows: [ComparisonRow] {
        let left = (regional ?? national)?.channelMix ?? []
        let nationalShares = Dictionary((national?.channelMix ?? []).map { ($0.productID, $0.faceToFaceShare) }, uniquingKeysWith: { first, _ in first })
        guard !left.isEmpty else { return [] }
        var rows = [ComparisonRow.heading("Planned face-to-face share", right: regional == nil ? "" : "National share")]
        for share in left {
            let name = productNames[share.productID] ?? share.productID
            let nationalShare = regional == nil ? nil : nationalShares[share.productID]
            var mark: String?
            if let nationalShare, nationalShare != share.faceToFaceShare {
                let delta = share.faceToFaceShare - nationalShare
                mark = (delta > 0 ? "+" : "−") + "\(abs(delta)) pts"
            } else if nationalShare != nil {
                mark = "="
            }
            rows.append(.detail("\(name)  \(share.faceToFaceShare)% F2F", nationalShare.map { "\(name)  \($0)% F2F" } ?? "", leftMark: mark))
        }
        return rows
    }

    private func describe(_ plan: Plan?) -> String {
        guard let plan else { return "(no plan)" }
        return "\(plan.period) · \(PlansFormat.status(plan.status))"
    }

    private func tactic(_ tactic: Tactic) -> String {
        "\(tactic.title) · \(PlansFormat.tacticStatus(tactic.status))"
    }

    private func site(_ nomination: StudySiteNomination) -> String {
        guard let institution = institutions[nomination.institutionID] else { return "\(nomination.institutionID) · \(nomination.study)" }
        return "\(institution.name) · tier \(institution.influenceTier) · \(institution.studyExperience) studies · \(nomination.study.replacingOccurrences(of: "study:", with: ""))"
    }
}
