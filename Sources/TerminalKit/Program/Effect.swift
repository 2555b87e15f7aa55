/// Work a program asks the runner to do outside `update`; results come back as messages.
public struct Effect<Message: Sendable>: Sendable {
    enum Kind: Sendable {
        case run(@Sendable () async -> Message?)
        case after(Duration, Message)
        case every(Duration, id: String, Message)
        case cancel(id: String)
        case quit
    }

    let kind: Kind

    /// Runs `operation` concurrently; its result (if any) is fed back to `update`.
    public static func run(_ operation: @escaping @Sendable () async -> Message?) -> Effect {
        Effect(kind: .run(operation))
    }

    /// Feeds `message` back once, after `delay`.
    public static func after(_ delay: Duration, _ message: Message) -> Effect {
        Effect(kind: .after(delay, message))
    }

    /// Feeds `message` back every `interval` until cancelled; a timer with the same `id`
    /// replaces the old one.
    public static func every(_ interval: Duration, id: String, _ message: Message) -> Effect {
        Effect(kind: .every(interval, id: id, message))
    }

    /// Stops the periodic timer `id`.
    public static func cancel(id: String) -> Effect {
        Effect(kind: .cancel(id: id))
    }

    /// Ends the program after this update (pending effects are cancelled).
    public static var quit: Effect { Effect(kind: .quit) }
}
