import Foundation
@testable import LiaisonApp
import LiaisonCore
@testable import TerminalKit

/// Like `AppDriver`, but runs every `Effect.run` to completion (against the real store) and
/// feeds its message back, so a test goes keys → update → store → update. Timers are skipped.
struct EffectRunningDriver {
    let program: LiaisonProgram
    private(set) var state: AppState
    let env: AppEnvironment

    /// Starts the program at `width`×`height` and runs the start-up loads.
    init(env: AppEnvironment, width: Int = 80, height: Int = 24) async {
        self.env = env
        program = LiaisonProgram(env: env, initialSize: Size(width: width, height: height))
        let (initial, effects) = program.initialize()
        state = initial
        await run(effects)
    }

    /// Sends each key, running what it causes.
    mutating func press(_ keys: Key...) async {
        for key in keys { await send(.key(key)) }
    }

    /// Types `text` one character at a time.
    mutating func type(_ text: String) async {
        for character in text { await send(.key(.char(character))) }
    }

    /// Sends one terminal event.
    mutating func send(_ event: Event) async {
        let (next, effects) = program.update(state, .event(event))
        state = next
        await run(effects)
    }

    /// The screen as text rows.
    func render() -> [String] {
        program.view(state, area: Rect(x: 0, y: 0, width: state.size.width, height: state.size.height)).lines()
    }

    var screenText: String { render().joined(separator: "\n") }

    private mutating func run(_ effects: [Effect<AppMessage>]) async {
        for effect in effects {
            guard case .run(let operation) = effect.kind, let message = await operation() else { continue }
            let (next, more) = program.update(state, .message(message))
            state = next
            await run(more)
        }
    }
}
