import Foundation
import LiaisonCore
import LiaisonStore

/// Prints needle rows: a summary table followed by each row's drivers with their
/// explanations, JSON of `NeedleRow`, or CSV with one row per product × place.
struct NeedleOutput {
    let rows: [NeedleRow]

    /// Writes the rows to stdout in `format`.
    func print(format: OutputFormat) throws {
        switch format {
        case .json: Console.out(try ListingPrinter.json(rows))
        case .csv: Console.out(try ListingPrinter.csv(header: Self.csvHeader, rows: rows.map(Self.csvRow)))
        case .table: Console.out(text(style: .forStandardOutput()))
        }
    }

    /// The summary table and, per row, the drivers with score, weight and explanation.
    func text(style: TerminalStyle) -> String {
        guard !rows.isEmpty else { return "No products — import a dataset with 'liaison import FILE'.\n" }
        var table = TextTable(columns: [
            .init(title: "PRODUCT"), .init(title: "PLACE"),
            .init(title: "CPLX", alignment: .right), .init(title: "LIFE", alignment: .right),
            .init(title: "ACCESS", alignment: .right), .init(title: "PREF", alignment: .right),
            .init(title: "VISION", alignment: .right), .init(title: "NEEDLE", alignment: .right),
            .init(title: "PLAN F2F", alignment: .right), .init(title: "GAP", alignment: .right),
            .init(title: "HCPS", alignment: .right, isSecondary: true),
        ])
        for row in rows {
            table.append(
                [row.productName, row.placeName] + row.reading.drivers.all.map { Self.score($0.score) }
                    + [String(row.reading.roundedNeedle), row.planShare.map { "\($0)%" } ?? "—", row.gapText,
                       String(row.reading.audienceSize)])
        }
        var text = table.render(style: style)
        for row in rows {
            text += "\n" + style.bold(headline(row)) + "\n"
            var drivers = TextTable(
                columns: [.init(title: "DRIVER"), .init(title: "SCORE", alignment: .right), .init(title: "WEIGHT", alignment: .right),
                          .init(title: "WHY")],
                showsHeader: false)
            for driver in row.reading.drivers.all {
                drivers.append([
                    "  " + driver.driver.label, Self.score(driver.score), Self.percent(row.reading.weights[driver.driver]),
                    driver.explanation,
                ])
            }
            text += drivers.render(style: style)
        }
        return text
    }

    private func headline(_ row: NeedleRow) -> String {
        let plan = row.planShare.map { "plan \($0)% F2F (\(row.planID.map(Identity.short) ?? "")), gap \(row.gapText)" }
            ?? "no plan sets a F2F share"
        return "\(row.productName) · \(row.placeName): needle \(row.reading.roundedNeedle) — \(plan) · \(row.reading.audienceSize) HCPs"
    }

    static let csvHeader = [
        "product", "region", "complexity", "lifecycle", "access", "preference", "vision",
        "weightComplexity", "weightLifecycle", "weightAccess", "weightPreference", "weightVision",
        "needle", "plan", "planShare", "gap", "audienceSize",
        "complexityWhy", "lifecycleWhy", "accessWhy", "preferenceWhy", "visionWhy",
    ]

    /// One row under `csvHeader`; scores with one decimal, weights as fractions.
    static func csvRow(_ row: NeedleRow) -> [String] {
        let drivers = row.reading.drivers.all
        return [row.productID, row.regionID ?? "national"]
            + drivers.map { $0.score.map(decimal) ?? "" }
            + NeedleDriver.allCases.map { String(format: "%.3f", row.reading.weights[$0]) }
            + [decimal(row.reading.needle), row.planID ?? "", row.planShare.map(String.init) ?? "", row.gap.map(decimal) ?? "",
               String(row.reading.audienceSize)]
            + drivers.map(\.explanation)
    }

    private static func score(_ value: Double?) -> String {
        value.map { String(Int($0.rounded())) } ?? "n/a"
    }

    private static func percent(_ fraction: Double) -> String { "\(Int((fraction * 100).rounded()))%" }

    private static func decimal(_ value: Double) -> String { String(format: "%.1f", value) }
}
