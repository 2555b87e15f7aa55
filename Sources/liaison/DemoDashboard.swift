import Foundation
import LiaisonCore
import LiaisonStore

/// The text dashboard `liaison --demo` prints: per region the RMD, the plan, recent insights
/// with a 12-week sparkline, open decisions and top themes.
struct DemoDashboard {
    var store: LiaisonStore
    /// The moment the dashboard is drawn for.
    var now: Date

    /// Loads the demo dataset into a throw-away database in a temporary folder, prints the
    /// dashboard and removes the folder.
    static func runOnDemoCopy(style: TerminalStyle) throws {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("liaison-demo-\(UUID().uuidString)", isDirectory: true)
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let path = folder.appendingPathComponent("liaison.sqlite").path
        let session = try StoreSession(path: path, person: nil, environment: [:])
        try DatasetImport.run(try BundledData.demoDataset(), into: session, source: "demo-dataset.json")
        let dashboard = DemoDashboard(store: session.store, now: try asOf(session.store))
        Console.out(try dashboard.render(style: style))
    }

    /// Now, or the newest interaction when the data ends earlier (the demo is a fixed year).
    static func asOf(_ store: LiaisonStore) throws -> Date {
        let newest = try store.insights(matching: InsightQuery(), limit: 1).items.first?.interactionAt
        return min(Date(), newest.map { $0.addingTimeInterval(1) } ?? Date())
    }

    /// The dashboard text.
    func render(style: TerminalStyle) throws -> String {
        let regions = try store.regions()
        let recent = try store.insightCountsByRegion(lastDays: 30, now: now)
        let weekly = try store.weeklyInsightCounts(weeks: 12, now: now)
        let openDecisions = try store.openDecisionCounts()
        let plans = try store.plans()
        let dayText = ListingPrinter.day(now)

        var text = style.bold("Liaison demo dashboard") + style.dim("  as of \(dayText)") + "\n"
        text += style.dim("\(regions.count) regions · \(recent.values.reduce(0, +)) insights in the last 30 days · "
            + "\(openDecisions.values.reduce(0, +)) open decisions") + "\n"
        if let national = plans.filter({ $0.scope == .national }).max(by: { $0.period < $1.period }) {
            text += "\n" + style.bold("National") + "  plan \(national.period) \(national.status.rawValue)"
                + " · open decisions \(openDecisions[.national] ?? 0)\n"
        }
        for region in regions {
            let rmd = try store.person(id: region.rmdID)
            let plan = plans.filter { $0.scope == .region(region.id) }.max { $0.period < $1.period }
            let themes = try store.topThemes(regionID: region.id, lastDays: 30, now: now, limit: 3)
            let themeText = themes.map { "\($0.theme) \($0.count)" }.joined(separator: " · ")
            let planText = plan.map { "\($0.period) \($0.status.rawValue)" } ?? "none"
            text += "\n" + style.bold(region.name) + "  " + style.dim(region.id) + "\n"
            var table = TextTable(columns: [.init(title: "", isSecondary: true), .init(title: "")], showsHeader: false)
            table.append(["RMD", rmd.map { "\($0.name)" + ($0.formerRole == .msl ? " (former MSL)" : "") } ?? region.rmdID])
            table.append(["plan", planText])
            table.append(["insights, 30 days", "\(recent[region.id] ?? 0)   \(AgendaText.sparkline(weekly[region.id] ?? []))  "
                + style.dim("12 weeks")])
            table.append(["open decisions", "\(openDecisions[.region(region.id)] ?? 0)"])
            table.append(["top themes", themeText.isEmpty ? "—" : themeText])
            text += table.render(style: style).split(separator: "\n").map { "  " + $0 }.joined(separator: "\n") + "\n"
        }
        return text
    }
}
