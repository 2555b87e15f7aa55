/// Drives a `Program` against a `Terminal`: reads events, calls `update`, runs effects
/// concurrently, and draws `view` (only the diff reaches the terminal).
///
/// The runner lives on the main actor; effects run in detached tasks and hand their
/// messages back through a mailbox, which wakes a terminal waiting for input (its `wakeup`)
/// so their frames are drawn at once rather than after the poll interval. An update's effects
/// start right after the frame it leads to is drawn. Right after `initialize`, `update` receives a
/// `.resize` event with the terminal's current size, so programs always know it.
/// Ctrl-C always quits unless `quitsOnCtrlC` is false.
@MainActor
public final class ProgramRunner<P: Program> {
    /// The program being run.
    public let program: P
    /// Where frames are drawn and events come from.
    public let terminal: any Terminal
    /// Below this size a "terminal too small" message replaces the view.
    public var minimumSize: Size?
    /// When set, `update` receives `.event(.tick)` at this interval.
    public var tickInterval: Duration?
    /// Whether Ctrl-C ends the program before it reaches `update`.
    public var quitsOnCtrlC = true
    /// How long to wait for input before checking effect results again.
    public var pollInterval: Duration = .milliseconds(20)
    /// The latest state (the final state once `run` returns).
    public private(set) var state: P.State?

    private let mailbox: Mailbox<P.Message>
    private var tasks: [UInt64: Task<Void, Never>] = [:]
    private var timers: [String: Task<Void, Never>] = [:]
    private var nextTaskID: UInt64 = 0
    private var quitting = false
    /// Effects of the updates since the last frame, started once it is drawn.
    private var deferred: [Effect<P.Message>] = []

    /// Creates a runner.
    public init(program: P, terminal: any Terminal, minimumSize: Size? = nil, tickInterval: Duration? = nil) {
        self.program = program
        self.terminal = terminal
        self.minimumSize = minimumSize
        self.tickInterval = tickInterval
        mailbox = Mailbox(wakeup: terminal.wakeup)
    }

    /// Runs until an update returns `.quit` (or Ctrl-C); returns the final state.
    @discardableResult
    public func run() async -> P.State {
        let (initial, effects) = program.initialize()
        quitting = false
        perform(effects)
        let size = terminal.size
        var current = apply(.event(.resize(width: size.width, height: size.height)), to: initial)
        draw(current)
        performDeferred()
        let clock = ContinuousClock()
        var nextTick = tickInterval.map { clock.now + $0 }
        while !quitting {
            var changed = false
            for message in mailbox.takeMessages() where !quitting {
                current = apply(.message(message), to: current)
                changed = true
            }
            for id in mailbox.takeFinished() { tasks[id] = nil }
            if quitting { break }
            if let tick = nextTick, clock.now >= tick, let interval = tickInterval {
                current = apply(.event(.tick), to: current)
                nextTick = clock.now + interval
                changed = true
                if quitting { break }
            }
            if changed {
                draw(current)
                performDeferred()
            }
            var wait = pollInterval
            if let tick = nextTick { wait = max(.zero, min(wait, tick - clock.now)) }
            guard let event = await terminal.nextEvent(timeout: wait) else { continue }
            if quitsOnCtrlC, event == .key(.ctrl("c")) { break }
            if case .resize = event { terminal.invalidate() }
            current = apply(.event(event), to: current)
            if !quitting {
                draw(current)
                performDeferred()
            }
        }
        stopEffects()
        state = current
        return current
    }

    /// Updates the state; the effects wait for the next frame (`performDeferred`), so the
    /// frame answering an input is drawn before the work it starts competes for the CPU.
    private func apply(_ input: ProgramInput<P.Message>, to current: P.State) -> P.State {
        let (next, effects) = program.update(current, input)
        state = next
        for effect in effects {
            if case .quit = effect.kind { quitting = true } else { deferred.append(effect) }
        }
        return next
    }

    private func performDeferred() {
        let effects = deferred
        deferred = []
        perform(effects)
    }

    private func draw(_ current: P.State) {
        let size = terminal.size
        let area = size.rect
        if let minimumSize, TooSmallScreen.isTooSmall(size, minimum: minimumSize) {
            terminal.draw(TooSmallScreen.render(area: area, minimum: minimumSize))
        } else {
            var buffer = program.view(current, area: area)
            if buffer.area != area {
                var framed = Buffer(area: area)
                framed.merge(buffer)
                buffer = framed
            }
            terminal.draw(buffer)
        }
    }

    private func perform(_ effects: [Effect<P.Message>]) {
        let mailbox = self.mailbox
        for effect in effects {
            switch effect.kind {
            case .quit:
                quitting = true
            case .run(let operation):
                spawn { id in
                    if let message = await operation(), !Task.isCancelled { mailbox.post(message) }
                    mailbox.finish(id)
                }
            case .after(let delay, let message):
                spawn { id in
                    try? await Task.sleep(for: delay)
                    if !Task.isCancelled { mailbox.post(message) }
                    mailbox.finish(id)
                }
            case .every(let interval, let id, let message):
                timers[id]?.cancel()
                timers[id] = Task.detached {
                    while !Task.isCancelled {
                        try? await Task.sleep(for: interval)
                        if Task.isCancelled { break }
                        mailbox.post(message)
                    }
                }
            case .cancel(let id):
                timers[id]?.cancel()
                timers[id] = nil
            }
        }
    }

    private func spawn(_ body: @escaping @Sendable (UInt64) async -> Void) {
        nextTaskID += 1
        let id = nextTaskID
        tasks[id] = Task.detached { await body(id) }
    }

    private func stopEffects() {
        for task in tasks.values { task.cancel() }
        for timer in timers.values { timer.cancel() }
        tasks.removeAll()
        timers.removeAll()
    }
}
