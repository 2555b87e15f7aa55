/// What `update` receives: a terminal event or a message produced by an effect.
public enum ProgramInput<Message: Sendable>: Sendable {
    case event(Event)
    case message(Message)
}

/// An Elm-style program: a state value, a pure `update`, and a `view` drawing the state.
///
/// Side effects never happen in `update`; it returns `Effect`s, which `ProgramRunner`
/// runs concurrently and whose results come back through `update` as `.message`.
public protocol Program {
    /// Everything the screen shows.
    associatedtype State
    /// Results of effects and timers.
    associatedtype Message: Sendable

    /// The starting state and the effects to run at start-up.
    func initialize() -> (State, [Effect<Message>])
    /// The next state after `input`, and the effects to run.
    func update(_ state: State, _ input: ProgramInput<Message>) -> (State, [Effect<Message>])
    /// Draws `state` into a buffer covering `area`.
    func view(_ state: State, area: Rect) -> Buffer
}
