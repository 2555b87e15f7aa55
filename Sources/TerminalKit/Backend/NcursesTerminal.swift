import CNcursesw

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A real terminal driven by ncursesw: raw mode, 256 colours, wide-character input with
/// `get_wch`, SGR mouse and bracketed paste. Only changed cells are written.
///
/// Create one through `TerminalSession` so the tty is always restored.
@MainActor
public final class NcursesTerminal: Terminal {
    /// The current size in cells.
    public private(set) var size: Size
    /// How many colours the terminal reports (0 when it has none).
    public let colorCount: Int
    /// Cells written by the last `draw`.
    public private(set) var lastWriteCount = 0
    private var lastFrame: Buffer?
    private var decoder = KeyDecoder()
    private var queued: [Event] = []
    private var pairs: [ColorPairKey: Int32] = [:]
    private var nextPair: Int32 = 1
    private var isOpen = true
    private var cursorVisible = false
    private let escapeDelay: Duration

    private struct ColorPairKey: Hashable {
        var foreground: Int32
        var background: Int32
    }

    /// Enters curses mode. `escapeDelay` is how long a lone Esc waits for a following byte.
    public init(escapeDelay: Duration = .milliseconds(25)) {
        self.escapeDelay = escapeDelay
        setlocale(LC_ALL, "")
        TerminalRestorer.prepare()
        initscr()
        raw()
        noecho()
        nonl()
        keypad(tk_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        var colors: Int32 = 0
        if has_colors() {
            start_color()
            use_default_colors()
            colors = tk_colors()
        }
        colorCount = Int(colors)
        size = Size(width: Int(tk_cols()), height: Int(tk_lines()))
        Self.writeRaw(TerminalRestorer.enableModes)
    }

    /// Leaves curses mode and restores the tty (also done at exit and on fatal signals).
    public func close() {
        guard isOpen else { return }
        isOpen = false
        TerminalRestorer.restore()
    }

    /// Writes the diff between `buffer` and the last frame, then places the cursor.
    public func draw(_ buffer: Buffer) {
        let previous: Buffer
        if let lastFrame, lastFrame.area == buffer.area {
            previous = lastFrame
        } else {
            erase()
            previous = Buffer(area: .zero)
        }
        let changes = buffer.diff(from: previous)
        var wide: [wchar_t] = Array(repeating: 0, count: Int(tk_ccharw_max()) + 1)
        let maxScalars = Int(tk_ccharw_max())
        for change in changes {
            var count = 0
            for scalar in change.cell.grapheme.unicodeScalars where count < maxScalars {
                wide[count] = wchar_t(bitPattern: scalar.value)
                count += 1
            }
            if count == 0 {
                wide[0] = 0x20
                count = 1
            }
            wide[count] = 0
            let (attributes, pair) = attributes(for: change.cell.style)
            _ = tk_put_cell(Int32(change.y), Int32(change.x), wide, attributes, pair)
        }
        lastWriteCount = changes.count
        lastFrame = buffer
        if let cursor = buffer.cursor, buffer.area.contains(x: cursor.x, y: cursor.y) {
            if !cursorVisible { curs_set(1); cursorVisible = true }
            move(Int32(cursor.y), Int32(cursor.x))
        } else if cursorVisible {
            curs_set(0)
            cursorVisible = false
        }
        refresh()
    }

    /// Forgets the last frame so the next `draw` repaints everything.
    public func invalidate() {
        lastFrame = nil
        clearok(tk_stdscr(), true)
    }

    /// Reads the next event, waiting at most `timeout`.
    public func nextEvent(timeout: Duration) async -> Event? {
        if !queued.isEmpty { return queued.removeFirst() }
        readInput(waitMilliseconds: Self.milliseconds(timeout))
        return queued.isEmpty ? nil : queued.removeFirst()
    }

    private func readInput(waitMilliseconds: Int32) {
        var wait = waitMilliseconds
        while true {
            wtimeout(tk_stdscr(), wait)
            var character: wint_t = 0
            let status = get_wch(&character)
            if status == ERR {
                if decoder.hasPendingEscape {
                    if wait == 0 {
                        wait = Self.milliseconds(escapeDelay)
                        continue
                    }
                    queued.append(contentsOf: decoder.flush())
                }
                return
            }
            if status == KEY_CODE_YES {
                if let event = keyCodeEvent(Int32(character)) { queued.append(event) }
            } else if let scalar = UnicodeScalar(UInt32(character)) {
                queued.append(contentsOf: decoder.feed(Array(String(Character(scalar)).utf8)))
            }
            // Drain whatever else is already waiting (the rest of an escape sequence or paste).
            wait = 0
            if !queued.isEmpty && !decoder.hasPending {
                wtimeout(tk_stdscr(), 0)
                return
            }
        }
    }

    private func keyCodeEvent(_ code: Int32) -> Event? {
        switch code {
        case KEY_RESIZE:
            size = Size(width: Int(tk_cols()), height: Int(tk_lines()))
            lastFrame = nil
            return .resize(width: size.width, height: size.height)
        case KEY_UP: return .key(.up)
        case KEY_DOWN: return .key(.down)
        case KEY_LEFT: return .key(.left)
        case KEY_RIGHT: return .key(.right)
        case KEY_HOME, KEY_A1: return .key(.home)
        case KEY_END, KEY_C1: return .key(.end)
        case KEY_PPAGE, KEY_A3: return .key(.pageUp)
        case KEY_NPAGE, KEY_C3: return .key(.pageDown)
        case KEY_IC: return .key(.insert)
        case KEY_DC: return .key(.delete)
        case KEY_BACKSPACE: return .key(.backspace)
        case KEY_ENTER: return .key(.enter)
        case KEY_BTAB: return .key(.backTab)
        default:
            for number in 1...12 where code == tk_key_f(Int32(number)) {
                return .key(.function(number))
            }
            return nil
        }
    }

    private func attributes(for style: Style) -> (attr_t, Int32) {
        var attributes = tk_attr_normal()
        if style.bold { attributes |= tk_attr_bold() }
        if style.dim { attributes |= tk_attr_dim() }
        if style.reverse { attributes |= tk_attr_reverse() }
        if style.underline { attributes |= tk_attr_underline() }
        guard colorCount >= 8 else { return (attributes, 0) }
        let key = ColorPairKey(foreground: colorNumber(style.foreground), background: colorNumber(style.background))
        if key.foreground == -1 && key.background == -1 { return (attributes, 0) }
        if let pair = pairs[key] { return (attributes, pair) }
        guard nextPair < tk_color_pairs(), nextPair < Int32(Int16.max) else { return (attributes, 0) }
        let pair = nextPair
        nextPair += 1
        init_pair(Int16(pair), Int16(key.foreground), Int16(key.background))
        pairs[key] = pair
        return (attributes, pair)
    }

    /// The curses colour number for `color`, degraded to the 8/16 basic colours on small palettes.
    private func colorNumber(_ color: Color) -> Int32 {
        switch color {
        case .default: return -1
        case .indexed(let index):
            if Int(index) < colorCount { return Int32(index) }
            return Int32(ColorApproximation.basic(index: index, available: colorCount))
        }
    }

    private static func milliseconds(_ duration: Duration) -> Int32 {
        let (seconds, attoseconds) = duration.components
        return Int32(clamping: seconds * 1000 + attoseconds / 1_000_000_000_000_000)
    }

    private static func writeRaw(_ text: String) {
        fflush(nil)
        text.withCString { pointer in
            _ = write(STDOUT_FILENO, pointer, strlen(pointer))
        }
    }
}
