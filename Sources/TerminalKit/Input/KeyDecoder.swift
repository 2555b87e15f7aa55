/// Turns raw terminal input bytes into `Event`s; pure, no I/O.
///
/// Feed bytes as they arrive. Incomplete sequences are kept until more bytes come. A lone
/// Esc is ambiguous (it may start an Alt or escape sequence): when `hasPendingEscape` is
/// true and no further input arrives within a short delay (~25 ms), the caller calls
/// `flush()` to read it as the Esc key.
///
/// Covers CSI and SS3 cursor keys; Home/End/PgUp/PgDn/Insert/Delete in xterm, rxvt and
/// linux-console forms; F1–F12; Ctrl and Alt (Esc-prefixed) combinations; Shift-Tab;
/// Enter as CR or LF; Backspace as DEL or BS; SGR and X10 mouse; bracketed paste (line
/// breaks in pasted text are normalised to `\n`); UTF-8 text, grouped into grapheme clusters.
public struct KeyDecoder: Sendable {
    private var pending: [UInt8] = []
    private var paste: [UInt8]?

    /// Creates a decoder with nothing pending.
    public init() {}

    /// Whether bytes are held back waiting for the rest of a sequence.
    public var hasPending: Bool { !pending.isEmpty || paste != nil }

    /// Whether the held-back input starts with Esc, so that a timeout should call `flush()`.
    public var hasPendingEscape: Bool { paste == nil && pending.first == 0x1b }

    /// Whether a bracketed paste has started and not yet ended.
    public var isInPaste: Bool { paste != nil }

    /// Adds `bytes` and returns every event that is now complete.
    public mutating func feed<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> [Event] {
        pending.append(contentsOf: bytes)
        return decode(final: false)
    }

    /// Decodes whatever is held back as if no more input will follow (call after the Esc
    /// timeout): a lone Esc becomes `.escape`, a cut-off sequence its keys one by one.
    public mutating func flush() -> [Event] {
        guard paste == nil else { return [] }
        return decode(final: true)
    }

    private mutating func decode(final: Bool) -> [Event] {
        var events: [Event] = []
        var text: [UInt8] = []
        func flushText() {
            guard !text.isEmpty else { return }
            for character in String(decoding: text, as: UTF8.self) {
                events.append(.key(.char(character)))
            }
            text.removeAll()
        }
        var position = 0
        while position < pending.count {
            if paste != nil {
                guard let consumed = consumePaste(from: position, into: &events) else {
                    flushText()
                    return events
                }
                position = consumed
                continue
            }
            let byte = pending[position]
            if byte >= 0x20 && byte != 0x7f {
                let length = Self.utf8Length(byte)
                if position + length > pending.count {
                    if final { position = pending.count }
                    break
                }
                text.append(contentsOf: pending[position..<(position + length)])
                position += length
                continue
            }
            flushText()
            if byte == 0x1b {
                switch parseEscape(at: position, final: final) {
                case .incomplete:
                    pending.removeFirst(position)
                    return events
                case .parsed(let event, let length):
                    if let event {
                        if case .paste = event { paste = [] } else { events.append(event) }
                    }
                    position += length
                }
                continue
            }
            events.append(.key(Self.controlKey(byte)))
            position += 1
        }
        flushText()
        pending.removeFirst(min(position, pending.count))
        return events
    }

    /// Collects pasted bytes; returns the position after the end marker, or nil (having
    /// dropped the consumed bytes from `pending`) when the marker has not arrived yet.
    private mutating func consumePaste(from position: Int, into events: inout [Event]) -> Int? {
        let end: [UInt8] = [0x1b, 0x5b, 0x32, 0x30, 0x31, 0x7e]
        let slice = pending[position...]
        if let start = Self.firstIndex(of: end, in: slice) {
            paste!.append(contentsOf: pending[position..<start])
            let raw = String(decoding: paste!, as: UTF8.self)
            let normalised = raw.replacingCRLF()
            events.append(.paste(normalised))
            paste = nil
            return start + end.count
        }
        // Keep a possible partial end marker in `pending`.
        let keep = min(end.count - 1, slice.count)
        let cut = pending.count - keep
        paste!.append(contentsOf: pending[position..<cut])
        pending.removeFirst(cut)
        return nil
    }

    private static func firstIndex(of needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Int? {
        guard haystack.count >= needle.count else { return nil }
        var index = haystack.startIndex
        while index + needle.count <= haystack.endIndex {
            if haystack[index] == needle[0], haystack[index..<(index + needle.count)].elementsEqual(needle) {
                return index
            }
            index += 1
        }
        return nil
    }

    static func utf8Length(_ lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: return 1
        case 0xC0..<0xE0: return 2
        case 0xE0..<0xF0: return 3
        case 0xF0..<0xF8: return 4
        default: return 1
        }
    }

    /// The key for a C0 control byte or DEL.
    static func controlKey(_ byte: UInt8) -> Key {
        switch byte {
        case 0x0d, 0x0a: return .enter
        case 0x09: return .tab
        case 0x08, 0x7f: return .backspace
        case 0x00: return .ctrl(" ")
        case 0x01...0x1a: return .ctrl(Character(UnicodeScalar(byte + 0x60)))
        case 0x1c: return .ctrl("\\")
        case 0x1d: return .ctrl("]")
        case 0x1e: return .ctrl("^")
        case 0x1f: return .ctrl("_")
        default: return .escape
        }
    }

    enum EscapeResult {
        case incomplete
        case parsed(Event?, length: Int)
    }

    /// Parses an escape sequence starting at `start` (which holds ESC).
    private func parseEscape(at start: Int, final: Bool) -> EscapeResult {
        let available = pending.count - start
        guard available >= 2 else { return final ? .parsed(.key(.escape), length: 1) : .incomplete }
        let second = pending[start + 1]
        switch second {
        case 0x5b:  // '['
            if let result = parseCSI(at: start) { return result }
            return final ? .parsed(.key(.alt("[")), length: 2) : .incomplete
        case 0x4f:  // 'O'
            guard available >= 3 else { return final ? .parsed(.key(.alt("O")), length: 2) : .incomplete }
            return .parsed(EscapeSequence.ss3Key(pending[start + 2]).map { .key($0) }, length: 3)
        case 0x1b:
            return .parsed(.key(.escape), length: 1)
        case 0x20..<0x7f:
            return .parsed(.key(.alt(Character(UnicodeScalar(second)))), length: 2)
        case 0x80...:
            let length = Self.utf8Length(second)
            guard available >= 1 + length else { return final ? .parsed(.key(.escape), length: 1) : .incomplete }
            let text = String(decoding: pending[(start + 1)..<(start + 1 + length)], as: UTF8.self)
            return .parsed(text.first.map { .key(.alt($0)) }, length: 1 + length)
        default:
            return .parsed(.key(.escape), length: 1)
        }
    }

    /// Parses `ESC [ …`; nil when the sequence is not complete yet.
    private func parseCSI(at start: Int) -> EscapeResult? {
        var index = start + 2
        // Linux console F1–F5: ESC [ [ A … E.
        if index < pending.count, pending[index] == 0x5b {
            guard index + 1 < pending.count else { return nil }
            let code = pending[index + 1]
            let key: Key? = (0x41...0x45).contains(code) ? .function(Int(code) - 0x40) : nil
            return .parsed(key.map { .key($0) }, length: 4)
        }
        let parameterStart = index
        while index < pending.count {
            let byte = pending[index]
            if byte >= 0x40 && byte <= 0x7e { break }
            if index - start > 64 { return .parsed(nil, length: index - start) }
            index += 1
        }
        guard index < pending.count else { return nil }
        let finalByte = pending[index]
        let parameters = Array(pending[parameterStart..<index])
        var length = index - start + 1
        if finalByte == 0x4d, parameters.isEmpty {
            // X10 mouse: ESC [ M b x y, each offset by 32.
            guard index + 3 < pending.count else { return nil }
            let event = EscapeSequence.mouse(
                code: Int(pending[index + 1]) - 32, x: Int(pending[index + 2]) - 33,
                y: Int(pending[index + 3]) - 33, released: false)
            length += 3
            return .parsed(event, length: length)
        }
        return .parsed(EscapeSequence.csiEvent(parameters: parameters, final: finalByte), length: length)
    }
}

extension String {
    /// The string with CR LF and lone CR turned into LF.
    func replacingCRLF() -> String {
        var result = ""
        result.reserveCapacity(utf8.count)
        var previousWasCR = false
        for scalar in unicodeScalars {
            if scalar == "\r" {
                result.unicodeScalars.append("\n")
                previousWasCR = true
                continue
            }
            if scalar == "\n" && previousWasCR {
                previousWasCR = false
                continue
            }
            previousWasCR = false
            result.unicodeScalars.append(scalar)
        }
        return result
    }
}
