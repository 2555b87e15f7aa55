import LiaisonApp
import LiaisonStore

extension AppDriver {
    /// Runs the loads the Insights and People screens asked for, delivering each result,
    /// until nothing more is asked (the debounce delay is skipped).
    mutating func settleScreens() {
        var insightLoads = state.insights.outbox
        var peopleLoads = state.people.outbox
        var rounds = 0
        while (!insightLoads.isEmpty || !peopleLoads.isEmpty) && rounds < 200 {
            rounds += 1
            if !insightLoads.isEmpty {
                let load = insightLoads.removeFirst()
                deliver(.insights(InsightsLoader.perform(load, store: env.store)))
                insightLoads += state.insights.outbox
            } else {
                let load = peopleLoads.removeFirst()
                deliver(.people(PeopleLoader.perform(load, store: env.store, now: env.clock())))
                peopleLoads += state.people.outbox
            }
        }
    }
}
