import XCTest
@testable import TerminalKit

/// A counter whose start-up effect "loads" a value asynchronously, like a database query.
private struct CounterProgram: Program {
    struct State {
        var count = 0
        var loaded: String?
        var ticks = 0
        var log: [String] = []
    }

    enum Message: Sendable {
        case loaded(String)
        case timer
    }

    let loader: @Sendable () async -> String

    func initialize() -> (State, [Effect<Message>]) {
        let loader = self.loader
        return (State(), [.run { .loaded(await loader()) }])
    }

    func update(_ state: State, _ input: ProgramInput<Message>) -> (State, [Effect<Message>]) {
        var next = state
        switch input {
        case .message(.loaded(let value)):
            next.loaded = value
            next.log.append("loaded")
            return (next, [.after(.milliseconds(1), .timer)])
        case .message(.timer):
            next.log.append("timer")
            return (next, [])
        case .event(.key(.char("+"))):
            next.count += 1
            return (next, [])
        case .event(.key(.char("q"))):
            return (next, [.quit])
        case .event(.tick):
            next.ticks += 1
            return (next, [])
        case .event(let event):
            next.log.append("\(event)")
            return (next, [])
        }
    }

    func view(_ state: State, area: Rect) -> Buffer {
        var buffer = Buffer(area: area)
        buffer.write("count \(state.count)", x: 0, y: 0)
        buffer.write("data \(state.loaded ?? "…")", x: 0, y: 1, style: Style().bold())
        return buffer
    }
}

/// Hands out a value only when the test releases it.
private actor Gate {
    private var waiters: [CheckedContinuation<Void, Never>] = []
    private var open = false

    func wait() async {
        if open { return }
        await withCheckedContinuation { waiters.append($0) }
    }

    func release() {
        open = true
        for waiter in waiters { waiter.resume() }
        waiters.removeAll()
    }
}

@MainActor
final class ProgramRunnerTests: XCTestCase {
    func testFakeEffectResultComesBackAsAMessageAndIsDrawn() async {
        let terminal = HeadlessTerminal(width: 20, height: 3)
        let gate = Gate()
        let program = CounterProgram(loader: {
            await gate.wait()
            return "ready"
        })
        let runner = ProgramRunner(program: program, terminal: terminal)
        terminal.type("++")
        let task = Task { await runner.run() }
        while terminal.lines()[0] != "count 2             " { await Task.yield() }
        XCTAssertEqual(terminal.lines()[1], "data …              ", "effect has not finished yet")
        await gate.release()
        while runner.state?.log.contains("timer") != true { try? await Task.sleep(for: .milliseconds(2)) }
        XCTAssertEqual(terminal.lines()[1], "data ready          ")
        XCTAssertEqual(terminal.styleRuns(row: 1).first?.style, Style().bold())
        terminal.type("q")
        let final = await task.value
        XCTAssertEqual(final.count, 2)
        XCTAssertEqual(final.loaded, "ready")
        XCTAssertEqual(final.log, ["resize(width: 20, height: 3)", "loaded", "timer"], "the size comes first")
    }

    func testCtrlCQuitsAndResizeRedrawsAtTheNewSize() async {
        let terminal = HeadlessTerminal(width: 20, height: 3)
        let runner = ProgramRunner(program: CounterProgram(loader: { "x" }), terminal: terminal)
        terminal.resize(width: 12, height: 2)
        terminal.inject(.key(.char("+")), .key(.ctrl("c")), .key(.char("+")))
        let final = await runner.run()
        XCTAssertEqual(final.count, 1, "nothing after Ctrl-C is processed")
        XCTAssertTrue(final.log.contains("resize(width: 12, height: 2)"))
        XCTAssertEqual(terminal.lines().count, 2)
        XCTAssertEqual(terminal.lines().first, "count 1     ", "drawn at the new width")
    }

    func testTooSmallTerminalShowsAMessageInsteadOfTheView() async {
        let terminal = HeadlessTerminal(width: 40, height: 5)
        let runner = ProgramRunner(program: CounterProgram(loader: { "x" }), terminal: terminal,
                                   minimumSize: Size(width: 60, height: 10))
        terminal.inject(.key(.char("q")))
        await runner.run()
        let text = terminal.lines().joined(separator: "\n")
        XCTAssertTrue(text.contains("Terminal too small"), text)
        XCTAssertTrue(text.contains("40×5, need 60×10"), text)
        XCTAssertFalse(text.contains("count"))
    }

    func testTicksArriveAtTheInterval() async {
        let terminal = HeadlessTerminal(width: 20, height: 3)
        let runner = ProgramRunner(program: CounterProgram(loader: { "x" }), terminal: terminal,
                                   tickInterval: .milliseconds(1))
        let task = Task { await runner.run() }
        while (runner.state?.ticks ?? 0) < 3 { try? await Task.sleep(for: .milliseconds(2)) }
        terminal.type("q")
        let final = await task.value
        XCTAssertGreaterThanOrEqual(final.ticks, 3)
    }
}
