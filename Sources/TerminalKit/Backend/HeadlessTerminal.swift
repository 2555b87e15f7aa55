/// A terminal without a tty, for tests: events are injected, the screen is read back as text.
///
/// `draw` applies the diff against the previous frame to an internal screen, exactly as a
/// real terminal would receive it, so reading `lines()` also checks the diff.
@MainActor
public final class HeadlessTerminal: Terminal {
    /// The current size; change it with `resize(width:height:)`.
    public private(set) var size: Size
    /// The colour count reported to programs.
    public var colorCount: Int
    /// What the screen shows after the last `draw`.
    public private(set) var screen: Buffer
    /// The cell changes written by the last `draw` (0 for an unchanged frame).
    public private(set) var lastWriteCount = 0
    /// How many times `draw` was called.
    public private(set) var drawCount = 0
    /// The cursor position after the last draw (nil when hidden).
    public private(set) var cursor: Point?
    private var lastFrame: Buffer?
    private var queue: [Event] = []

    /// Creates a blank headless terminal.
    public init(width: Int = 80, height: Int = 24, colorCount: Int = 256) {
        self.size = Size(width: width, height: height)
        self.colorCount = colorCount
        self.screen = Buffer(width: width, height: height)
    }

    /// Events waiting to be read.
    public var pendingEvents: [Event] { queue }

    /// Queues events for `nextEvent`.
    public func inject(_ events: Event...) {
        queue.append(contentsOf: events)
    }

    /// Queues events for `nextEvent`.
    public func inject(_ events: [Event]) {
        queue.append(contentsOf: events)
    }

    /// Queues each character of `text` as a key press.
    public func type(_ text: String) {
        queue.append(contentsOf: text.map { .key(.char($0)) })
    }

    /// Changes the size (blanking the screen, as a real resize does) and queues a resize event.
    public func resize(width: Int, height: Int) {
        size = Size(width: width, height: height)
        screen = Buffer(width: width, height: height)
        lastFrame = nil
        queue.append(.resize(width: width, height: height))
    }

    /// Shows `buffer` by applying its diff against the previous frame to the screen.
    public func draw(_ buffer: Buffer) {
        drawCount += 1
        let previous = lastFrame ?? Buffer(area: Rect(x: 0, y: 0, width: -1, height: -1))
        if screen.area != buffer.area { screen = Buffer(area: buffer.area) }
        var written = 0
        buffer.forEachChange(from: previous) { x, y, cell in
            screen[x, y] = cell
            written += 1
        }
        lastWriteCount = written
        lastFrame = buffer
        cursor = buffer.cursor
    }

    /// Forgets the last frame so the next `draw` repaints everything.
    public func invalidate() {
        lastFrame = nil
    }

    /// The next queued event; when none is queued, waits up to `timeout` and returns nil.
    public func nextEvent(timeout: Duration) async -> Event? {
        if !queue.isEmpty { return queue.removeFirst() }
        try? await Task.sleep(for: min(timeout, .milliseconds(5)))
        return queue.isEmpty ? nil : queue.removeFirst()
    }

    /// The screen as text rows.
    public func lines() -> [String] { screen.lines() }

    /// Style runs of one screen row.
    public func styleRuns(row: Int) -> [(range: Range<Int>, style: Style)] {
        screen.styleRuns(row: row)
    }
}
