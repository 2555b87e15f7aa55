/// The size of a terminal in cells.
public struct Size: Hashable, Sendable {
    public var width: Int
    public var height: Int

    /// Creates a size.
    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
    }

    /// The rectangle of this size at the origin.
    public var rect: Rect { Rect(x: 0, y: 0, width: width, height: height) }
}

/// A screen to draw buffers on and read events from: a real tty (`NcursesTerminal`) or a
/// test double (`HeadlessTerminal`). Terminals are used from the main actor.
@MainActor
public protocol Terminal: AnyObject {
    /// The current size in cells.
    var size: Size { get }
    /// How many colours the terminal can show (0 or 2 for none, 8, 16, 256).
    var colorCount: Int { get }
    /// Shows `buffer`, writing only the cells that differ from the last drawn frame, then
    /// places the cursor at `buffer.cursor` (hidden when nil).
    func draw(_ buffer: Buffer)
    /// Forgets the last frame so the next `draw` repaints everything.
    func invalidate()
    /// The next input event, waiting at most `timeout`; nil when nothing arrived.
    func nextEvent(timeout: Duration) async -> Event?
    /// Cuts `nextEvent`'s wait short when signalled (nil: the wait runs its course).
    var wakeup: WakeupPipe? { get }
}

extension Terminal {
    /// No wake-up: `nextEvent` waits for input or its timeout.
    public var wakeup: WakeupPipe? { nil }
}
