import Foundation

/// The output that follows a key, up to a quiet period, split into frames: runs of bytes
/// with no pause of `frameGap` ms or more inside (a redraw reaches the terminal in one go;
/// a later redraw, e.g. for data a background load delivered, comes after a pause).
struct TerminalBurst {
    /// One redraw as read from the terminal.
    struct Frame {
        /// Time (ms since start) of the frame's last byte: when it was fully written.
        var lastByteAt: Double
        var bytes: Int
        /// The printable text the frame wrote (escape sequences and control characters removed).
        var text: String
    }

    var frames: [Frame]

    /// Time of the burst's last byte, nil when nothing was written.
    var lastByteAt: Double? { frames.last?.lastByteAt }
    var bytes: Int { frames.reduce(0) { $0 + $1.bytes } }

    /// Groups timed reads into frames.
    init(chunks: [(at: Double, data: [UInt8])], frameGap: Double) {
        var frames: [Frame] = []
        var pending: [UInt8] = []
        var last: Double?
        for chunk in chunks {
            if let last, chunk.at - last >= frameGap, !pending.isEmpty {
                frames.append(Frame(lastByteAt: last, bytes: pending.count, text: Self.printable(pending)))
                pending.removeAll()
            }
            pending += chunk.data
            last = chunk.at
        }
        if let last, !pending.isEmpty {
            frames.append(Frame(lastByteAt: last, bytes: pending.count, text: Self.printable(pending)))
        }
        self.frames = frames
    }

    /// `bytes` without escape sequences (CSI, OSC, charset selection and other two-byte
    /// ESC sequences) and control characters.
    static func printable(_ bytes: [UInt8]) -> String {
        var kept: [UInt8] = []
        kept.reserveCapacity(bytes.count)
        var index = 0
        while index < bytes.count {
            let byte = bytes[index]
            if byte == 0x1B, index + 1 < bytes.count {
                let kind = bytes[index + 1]
                index += 2
                switch kind {
                case UInt8(ascii: "["):
                    while index < bytes.count, !(0x40...0x7E).contains(bytes[index]) { index += 1 }
                    index += 1
                case UInt8(ascii: "]"):
                    while index < bytes.count, bytes[index] != 0x07, bytes[index] != 0x1B { index += 1 }
                    index += bytes.count > index && bytes[index] == 0x1B ? 2 : 1
                case UInt8(ascii: "("), UInt8(ascii: ")"):
                    index += 1
                default:
                    break
                }
                continue
            }
            if byte >= 0x20 && byte != 0x7F { kept.append(byte) }
            index += 1
        }
        return String(decoding: kept, as: UTF8.self)
    }
}
