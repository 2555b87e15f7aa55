import Foundation
import LiaisonApp
import LiaisonCore
import TerminalKit

/// Drives `LiaisonProgram` without a terminal: feeds events and messages through `update`
/// and renders `view` to text. Effects are not run; tests deliver what a load would return
/// by calling the same loader the effect calls (e.g. `loadDashboard()`).
struct AppDriver {
    let program: LiaisonProgram
    private(set) var state: AppState
    let env: AppEnvironment

    /// Starts the program at `width`×`height`.
    init(env: AppEnvironment, width: Int = 80, height: Int = 24) {
        self.env = env
        program = LiaisonProgram(env: env, initialSize: Size(width: width, height: height))
        state = program.initialize().0
    }

    /// Sends each key.
    mutating func press(_ keys: Key...) {
        for key in keys { send(.key(key)) }
    }

    /// Types `text` one character at a time.
    mutating func type(_ text: String) {
        for character in text { send(.key(.char(character))) }
    }

    /// Left-clicks at column `x`, row `y`.
    mutating func click(x: Int, y: Int) {
        send(.mouse(MouseEvent(kind: .press(button: 0), x: x, y: y)))
    }

    /// Resizes the terminal.
    mutating func resize(width: Int, height: Int) {
        send(.resize(width: width, height: height))
    }

    /// Sends one terminal event.
    mutating func send(_ event: Event) {
        state = program.update(state, .event(event)).0
    }

    /// Pages the Insights table `size` rows at a time (the fixture fits in one default page).
    mutating func pageInsights(by size: Int) {
        state.insights.pageSize = size
    }

    /// Delivers an effect's result.
    mutating func deliver(_ message: AppMessage) {
        state = program.update(state, .message(message)).0
    }

    /// Runs the dashboard loader against the store and delivers its result.
    mutating func loadDashboard() throws {
        let data = try DashboardLoader.load(
            store: env.store, person: state.person, now: env.clock(), taxonomy: env.taxonomy, clashes: env.clashes,
            clashesComputing: env.clashesComputing)
        deliver(.dashboard(.loaded(data)))
    }

    /// The screen as text rows.
    func render() -> [String] {
        program.view(state, area: Rect(x: 0, y: 0, width: state.size.width, height: state.size.height)).lines()
    }

    /// The whole screen as one string.
    var screenText: String { render().joined(separator: "\n") }
}
