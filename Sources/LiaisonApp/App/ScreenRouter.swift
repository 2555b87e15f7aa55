import TerminalKit

/// What routing one input to a screen produced, minus the state (already stored).
struct RoutedResult {
    var effects: [Effect<AppMessage>] = []
    var requests: [AppRequest] = []
    var handled = true
}

/// Connects `AppState`'s per-screen states to their `ScreenModule`s. The only place with a
/// `switch` over every screen; adding a screen means adding a line to each switch here.
enum ScreenRouter {
    /// The context screens see for `state`.
    static func context(_ state: AppState, env: AppEnvironment) -> ScreenContext {
        ScreenContext(env: env, area: AppLayout.content(state.size), person: state.person, theme: state.theme)
    }

    /// Sends `input` to `screen` (whether visible or not).
    static func send(_ input: ScreenInput, to screen: Screen, in state: inout AppState, env: AppEnvironment) -> RoutedResult {
        let context = context(state, env: env)
        switch screen {
        case .dashboard: return run(DashboardScreen.self, &state.dashboard, input, context)
        case .plans: return run(PlansScreen.self, &state.plans, input, context)
        case .insights: return run(InsightsScreen.self, &state.insights, input, context)
        case .people: return run(PeopleScreen.self, &state.people, input, context)
        case .clashes: return run(ClashesScreen.self, &state.clashes, input, context)
        case .decisions: return run(DecisionsScreen.self, &state.decisions, input, context)
        case .meeting: return run(MeetingScreen.self, &state.meeting, input, context)
        }
    }

    /// Sends `input` to the open log or touchpoint form; ignored when both are closed.
    static func sendToForm(_ input: ScreenInput, in state: inout AppState, env: AppEnvironment) -> RoutedResult {
        if var touchpoint = state.logTouchpoint {
            let result = run(LogTouchpointScreen.self, &touchpoint, input, context(state, env: env))
            state.logTouchpoint = touchpoint
            return result
        }
        guard var form = state.logInsight else { return RoutedResult(handled: false) }
        let result = run(LogInsightScreen.self, &form, input, context(state, env: env))
        state.logInsight = form
        return result
    }

    /// The screen a message belongs to; nil for the form and the chrome.
    static func target(of message: AppMessage) -> Screen? {
        switch message {
        case .dashboard: .dashboard
        case .plans: .plans
        case .insights: .insights
        case .people: .people
        case .clashes: .clashes
        case .decisions: .decisions
        case .meeting: .meeting
        case .logInsight, .logTouchpoint, .chrome: nil
        }
    }

    /// The key map of whatever has the keys: the form when open, else the visible screen.
    static func keyMap(_ state: AppState, env: AppEnvironment) -> KeyMap {
        let context = context(state, env: env)
        if let form = state.logTouchpoint { return LogTouchpointScreen.keyMap(form, context: context) }
        if let form = state.logInsight { return LogInsightScreen.keyMap(form, context: context) }
        switch state.screen {
        case .dashboard: return DashboardScreen.keyMap(state.dashboard, context: context)
        case .plans: return PlansScreen.keyMap(state.plans, context: context)
        case .insights: return InsightsScreen.keyMap(state.insights, context: context)
        case .people: return PeopleScreen.keyMap(state.people, context: context)
        case .clashes: return ClashesScreen.keyMap(state.clashes, context: context)
        case .decisions: return DecisionsScreen.keyMap(state.decisions, context: context)
        case .meeting: return MeetingScreen.keyMap(state.meeting, context: context)
        }
    }

    /// The status-bar hints of whatever has the keys.
    static func hints(_ state: AppState, env: AppEnvironment) -> [KeyBinding] {
        let context = context(state, env: env)
        if let form = state.logTouchpoint { return LogTouchpointScreen.hints(form, context: context) }
        if let form = state.logInsight { return LogInsightScreen.hints(form, context: context) }
        switch state.screen {
        case .dashboard: return DashboardScreen.hints(state.dashboard, context: context)
        case .plans: return PlansScreen.hints(state.plans, context: context)
        case .insights: return InsightsScreen.hints(state.insights, context: context)
        case .people: return PeopleScreen.hints(state.people, context: context)
        case .clashes: return ClashesScreen.hints(state.clashes, context: context)
        case .decisions: return DecisionsScreen.hints(state.decisions, context: context)
        case .meeting: return MeetingScreen.hints(state.meeting, context: context)
        }
    }

    /// Whether the keys are going into a text field right now.
    static func isCapturingText(_ state: AppState) -> Bool {
        if let form = state.logTouchpoint { return LogTouchpointScreen.isCapturingText(form) }
        if let form = state.logInsight { return LogInsightScreen.isCapturingText(form) }
        switch state.screen {
        case .dashboard: return DashboardScreen.isCapturingText(state.dashboard)
        case .plans: return PlansScreen.isCapturingText(state.plans)
        case .insights: return InsightsScreen.isCapturingText(state.insights)
        case .people: return PeopleScreen.isCapturingText(state.people)
        case .clashes: return ClashesScreen.isCapturingText(state.clashes)
        case .decisions: return DecisionsScreen.isCapturingText(state.decisions)
        case .meeting: return MeetingScreen.isCapturingText(state.meeting)
        }
    }

    /// Draws the form (when open) or the visible screen into the content area.
    static func view(_ state: AppState, buffer: inout Buffer, env: AppEnvironment) {
        let context = context(state, env: env)
        let area = context.area
        if let form = state.logTouchpoint {
            LogTouchpointScreen.view(form, area: area, buffer: &buffer, context: context)
            return
        }
        if let form = state.logInsight {
            LogInsightScreen.view(form, area: area, buffer: &buffer, context: context)
            return
        }
        switch state.screen {
        case .dashboard: DashboardScreen.view(state.dashboard, area: area, buffer: &buffer, context: context)
        case .plans: PlansScreen.view(state.plans, area: area, buffer: &buffer, context: context)
        case .insights: InsightsScreen.view(state.insights, area: area, buffer: &buffer, context: context)
        case .people: PeopleScreen.view(state.people, area: area, buffer: &buffer, context: context)
        case .clashes: ClashesScreen.view(state.clashes, area: area, buffer: &buffer, context: context)
        case .decisions: DecisionsScreen.view(state.decisions, area: area, buffer: &buffer, context: context)
        case .meeting: MeetingScreen.view(state.meeting, area: area, buffer: &buffer, context: context)
        }
    }

    private static func run<Module: ScreenModule>(
        _ module: Module.Type, _ screenState: inout Module.State, _ input: ScreenInput, _ context: ScreenContext
    ) -> RoutedResult {
        let result = Module.update(screenState, input, context: context)
        screenState = result.state
        return RoutedResult(effects: result.effects, requests: result.requests, handled: result.handled)
    }
}
