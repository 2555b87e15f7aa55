import ArgumentParser
import Foundation
import LiaisonCore
import LiaisonStore

/// `liaison plans [REGION]`: the plan view, each region's ranks set against the national plan.
struct PlansCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "plans",
        abstract: "Show plans: ranked objectives against the national rank, tactics, study sites, F2F share.",
        discussion: """
            Without REGION, every plan is shown, the national plan first. In the table, \
            "↑2" means the region ranks an objective two places higher than the national plan, \
            "↓1" one place lower; national objectives a region left out are listed as "left out". \
            CSV has one row per objective.
            """)

    @OptionGroup var global: GlobalOptions
    @OptionGroup var output: FormatOptions

    @Argument(help: ArgumentHelp("A region (e.g. north or region:north) or 'national'.", valueName: "region"))
    var region: String?

    func run() throws {
        let session = try StoreSession.open(global)
        let store = session.store
        let plans = try selectedPlans(store, path: session.path)
        var views: [PlanView] = []
        for plan in plans {
            let national = plan.scope == .national ? nil : try store.nationalPlan(period: plan.period)
            let regionName = try plan.scope.regionID.flatMap { try store.region(id: $0)?.name }
            let sites = try plan.studySites.map { ($0, try store.institution(id: $0.institutionID)) }
            views.append(PlanView(plan: plan, national: national, regionName: regionName, sites: sites))
        }
        switch output.format {
        case .json:
            Console.out(try ListingPrinter.json(plans))
        case .csv:
            Console.out(try ListingPrinter.csv(header: PlanView.csvHeader, rows: views.flatMap(\.csvRows)))
        case .table:
            let style = TerminalStyle.forStandardOutput()
            Console.out(views.map { $0.render(style: style) }.joined(separator: "\n"))
        }
    }

    private func selectedPlans(_ store: LiaisonStore, path: String) throws -> [Plan] {
        guard let region else {
            let all = try store.plans()
            return all.filter { $0.scope == .national } + all.filter { $0.scope != .national }
        }
        let scope: PlanScope = region == "national" ? .national : .region(Identity.qualified(region, prefix: "region"))
        if let regionID = scope.regionID, try store.region(id: regionID) == nil {
            throw CLIFailure.runtime("REGION: unknown region '\(regionID)'")
        }
        let plans = try store.plans(scope: scope)
        if plans.isEmpty { throw CLIFailure.runtime("no plan for \(scope) in \(path)") }
        return plans.sorted { $0.period < $1.period }
    }
}
