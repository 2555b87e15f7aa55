import Foundation

/// Parses canonical UUID text (8-4-4-4-12 hex digits) without Foundation's `sscanf`-based
/// parser, which dominates decoding when a snapshot reads tens of thousands of sample ids.
enum UUIDText {
    /// The UUID in `text`; anything but the canonical form goes through `RowDecoder.uuid`,
    /// so the errors are the same.
    static func uuid(_ text: String, entity: String) throws -> UUID {
        if let id = canonical(text) { return id }
        return try RowDecoder.uuid(text, entity: entity)
    }

    private static func canonical(_ text: String) -> UUID? {
        var text = text
        text.makeContiguousUTF8()
        return text.utf8.withContiguousStorageIfAvailable(parse) ?? nil
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>) -> UUID? {
        guard bytes.count == 36 else { return nil }
        var value: [UInt8] = []
        value.reserveCapacity(16)
        var index = 0
        while index < 36 {
            if index == 8 || index == 13 || index == 18 || index == 23 {
                guard bytes[index] == UInt8(ascii: "-") else { return nil }
                index += 1
                continue
            }
            guard let high = nibble(bytes[index]), let low = nibble(bytes[index + 1]) else { return nil }
            value.append(high << 4 | low)
            index += 2
        }
        return UUID(uuid: (
            value[0], value[1], value[2], value[3], value[4], value[5], value[6], value[7],
            value[8], value[9], value[10], value[11], value[12], value[13], value[14], value[15]))
    }

    private static func nibble(_ byte: UInt8) -> UInt8? {
        switch byte {
        case UInt8(ascii: "0")...UInt8(ascii: "9"): byte - UInt8(ascii: "0")
        case UInt8(ascii: "a")...UInt8(ascii: "f"): byte - UInt8(ascii: "a") + 10
        case UInt8(ascii: "A")...UInt8(ascii: "F"): byte - UInt8(ascii: "A") + 10
        default: nil
        }
    }
}
