/// Meaning of complete CSI and SS3 escape sequences, for `KeyDecoder`.
enum EscapeSequence {
    /// The event for `ESC [ parameters final`, or nil for sequences without a meaning here.
    static func csiEvent(parameters: [UInt8], final: UInt8) -> Event? {
        if parameters.first == 0x3c {  // '<': SGR mouse
            let numbers = numbers(in: Array(parameters.dropFirst()))
            guard numbers.count == 3, final == 0x4d || final == 0x6d else { return nil }
            return mouse(code: numbers[0], x: numbers[1] - 1, y: numbers[2] - 1, released: final == 0x6d)
        }
        let numbers = numbers(in: parameters)
        let first = numbers.first ?? 0
        let key: Key?
        switch final {
        case 0x41, 0x61: key = .up  // A, rxvt shift-a
        case 0x42, 0x62: key = .down
        case 0x43, 0x63: key = .right
        case 0x44, 0x64: key = .left
        case 0x48: key = .home
        case 0x46: key = .end
        case 0x5a: key = .backTab  // Z
        case 0x50: key = .function(1)  // P (xterm modified F1)
        case 0x51: key = .function(2)
        case 0x52: key = .function(3)
        case 0x53: key = .function(4)
        case 0x7e, 0x24, 0x5e, 0x40:  // ~, rxvt $ (shift), ^ (ctrl), @ (ctrl-shift)
            if first == 200 { return .paste("") }
            if first == 201 { return nil }
            key = tildeKey(first)
        default: key = nil
        }
        return key.map { .key($0) }
    }

    /// The key for `ESC [ code ~` (vt220, xterm, rxvt and linux console numbering).
    static func tildeKey(_ code: Int) -> Key? {
        switch code {
        case 1, 7: return .home
        case 2: return .insert
        case 3: return .delete
        case 4, 8: return .end
        case 5: return .pageUp
        case 6: return .pageDown
        case 11...15: return .function(code - 10)
        case 17...21: return .function(code - 11)
        case 23, 24: return .function(code - 12)
        default: return nil
        }
    }

    /// The key for `ESC O byte` (application cursor and keypad mode).
    static func ss3Key(_ byte: UInt8) -> Key? {
        switch byte {
        case 0x41: return .up
        case 0x42: return .down
        case 0x43: return .right
        case 0x44: return .left
        case 0x48: return .home
        case 0x46: return .end
        case 0x50: return .function(1)
        case 0x51: return .function(2)
        case 0x52: return .function(3)
        case 0x53: return .function(4)
        case 0x4d: return .enter  // keypad Enter
        default: return nil
        }
    }

    /// The `;`-separated decimal parameters of a sequence (missing ones are 0).
    static func numbers(in bytes: [UInt8]) -> [Int] {
        bytes.split(separator: 0x3b, omittingEmptySubsequences: false).map { part in
            part.reduce(0) { value, digit in
                (0x30...0x39).contains(digit) ? value * 10 + Int(digit - 0x30) : value
            }
        }
    }

    /// A mouse event from an xterm button code (modifier bits ignored, motion dropped).
    static func mouse(code: Int, x: Int, y: Int, released: Bool) -> Event? {
        guard x >= 0, y >= 0 else { return nil }
        if code & 32 != 0 { return nil }  // motion while a button is held
        let kind: MouseEvent.Kind
        if code & 64 != 0 {
            kind = code & 1 == 0 ? .wheelUp : .wheelDown
        } else if released || code & 3 == 3 {
            kind = .release
        } else {
            kind = .press(button: code & 3)
        }
        return .mouse(MouseEvent(kind: kind, x: x, y: y))
    }
}
