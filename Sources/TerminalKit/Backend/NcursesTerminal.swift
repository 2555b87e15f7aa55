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
        // Terminals whose terminfo names a mouse prefix (xterm: `\E[<`) are decoded by curses
        // and arrive as KEY_MOUSE; the rest arrive as raw SGR bytes for `KeyDecoder`.
        mousemask(tk_all_mouse_events(), nil)
        mouseinterval(0)
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
        var written = 0
        buffer.forEachChange(from: previous) { x, y, cell in
            let (attributes, pair) = attributes(for: cell.style)
            for (offset, text) in Self.cursesGlyphs(for: cell).enumerated() {
                _ = text.withUnsafeBufferPointer { pointer in
                    tk_put_cell(Int32(y), Int32(x + offset), pointer.baseAddress, attributes, pair)
                }
            }
            written += 1
        }
        lastWriteCount = written
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
    /// An effect's message ends the wait early (see `ProgramRunner`).
    public let wakeup = WakeupPipe()

    public func nextEvent(timeout: Duration) async -> Event? {
        if !queued.isEmpty { return queued.removeFirst() }
        var wait = Self.milliseconds(timeout)
        if wait > 0, let wakeup, !decoder.hasPending {
            // Input curses already buffered first, then a wait that a wake-up also ends.
            readInput(waitMilliseconds: 0)
            if !queued.isEmpty { return queued.removeFirst() }
            wakeup.wait(forReadable: STDIN_FILENO, milliseconds: wait)
            wait = 0
        }
        readInput(waitMilliseconds: wait)
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

    /// What to hand to curses for one cell: a base character followed only by zero-width
    /// scalars (a `cchar_t` cannot hold more). A regional-indicator flag becomes its two
    /// halves in adjacent columns; a ZWJ sequence is reduced to its first emoji, which keeps
    /// the columns aligned on terminals without ZWJ support.
    nonisolated static func cursesGlyphs(for cell: Cell) -> [[wchar_t]] {
        let scalars = Array(cell.grapheme.unicodeScalars)
        guard let first = scalars.first else { return [[0x20, 0]] }
        if scalars.count == 2, DisplayWidth.isRegionalIndicator(first), DisplayWidth.isRegionalIndicator(scalars[1]) {
            return [[wchar_t(bitPattern: first.value), 0], [wchar_t(bitPattern: scalars[1].value), 0]]
        }
        var glyph: [wchar_t] = [wchar_t(bitPattern: first.value)]
        let limit = Int(tk_ccharw_max())
        for scalar in scalars.dropFirst() where glyph.count < limit {
            if scalar.value == 0x200D || DisplayWidth.of(scalar: scalar) != 0 { break }
            glyph.append(wchar_t(bitPattern: scalar.value))
        }
        glyph.append(0)
        return [glyph]
    }

    private func keyCodeEvent(_ code: Int32) -> Event? {
        switch code {
        case KEY_RESIZE:
            size = Size(width: Int(tk_cols()), height: Int(tk_lines()))
            lastFrame = nil
            return .resize(width: size.width, height: size.height)
        case KEY_MOUSE:
            return Self.cursesMouseEvent()
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

    private static func cursesMouseEvent() -> Event? {
        var x: Int32 = 0
        var y: Int32 = 0
        var button: Int32 = 0
        let kind: MouseEvent.Kind
        switch tk_get_mouse(&x, &y, &button) {
        case 1: kind = .press(button: Int(button))
        case 2: kind = .release
        case 3: kind = .wheelUp
        case 4: kind = .wheelDown
        default: return nil
        }
        return .mouse(MouseEvent(kind: kind, x: Int(x), y: Int(y)))
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
