/// The compact form a `Buffer` stores each cell in: plain integers, so copying, comparing and
/// diffing cells never touches reference counts.
///
/// `glyph` holds up to 7 UTF-8 bytes of the grapheme (little-endian) with the byte count in
/// the top byte; longer graphemes (ZWJ sequences, flags) set the top byte to `0xFF` and keep
/// an index into the buffer's overflow table. A continuation cell has glyph 0 and width 0.
struct PackedCell: Equatable, Sendable {
    var glyph: UInt64
    var style: UInt32
    var width: UInt8

    static let overflowTag: UInt64 = 0xFF << 56
    static let blank = PackedCell(glyph: 0x20 | (1 << 56), style: 0, width: 1)

    @inline(__always)
    static func blank(style: UInt32) -> PackedCell {
        PackedCell(glyph: 0x20 | (1 << 56), style: style, width: 1)
    }

    @inline(__always)
    static func continuation(style: UInt32) -> PackedCell {
        PackedCell(glyph: 0, style: style, width: 0)
    }

    @inline(__always)
    static func ascii(_ byte: UInt8, style: UInt32) -> PackedCell {
        PackedCell(glyph: UInt64(byte) | (1 << 56), style: style, width: 1)
    }

    var isOverflow: Bool { glyph >> 56 == 0xFF }
    var overflowIndex: Int { Int(glyph & 0xFFFF_FFFF) }

    /// Packs up to 7 bytes; nil when the grapheme is longer.
    @inline(__always)
    static func pack<Bytes: Sequence<UInt8>>(_ bytes: Bytes) -> UInt64? {
        var value: UInt64 = 0
        var count: UInt64 = 0
        for byte in bytes {
            if count == 7 { return nil }
            value |= UInt64(byte) << (8 * count)
            count += 1
        }
        return value | (count << 56)
    }

    /// The grapheme of an inline (non-overflow) glyph.
    static func string(inline glyph: UInt64) -> String {
        let count = Int(glyph >> 56)
        if count == 1, glyph & 0xFF < 0x80 { return asciiStrings[Int(glyph & 0xFF)] }
        var bytes = glyph & 0x00FF_FFFF_FFFF_FFFF
        return withUnsafeBytes(of: &bytes) { raw in
            String(decoding: raw.prefix(count), as: UTF8.self)
        }
    }

    /// Single-character strings for ASCII, so decoding them allocates nothing.
    static let asciiStrings: [String] = (0..<128).map { String(UnicodeScalar(UInt8($0))) }
}

/// Packs a `Style` into 22 bits: foreground and background as 0 (default) or index + 1,
/// then the bold, dim, reverse and underline flags.
enum StyleCode {
    @inline(__always)
    static func pack(_ style: Style) -> UInt32 {
        var value = color(style.foreground) | (color(style.background) << 9)
        if style.bold { value |= 1 << 18 }
        if style.dim { value |= 1 << 19 }
        if style.reverse { value |= 1 << 20 }
        if style.underline { value |= 1 << 21 }
        return value
    }

    static func unpack(_ value: UInt32) -> Style {
        if value == 0 { return .plain }
        return Style(
            foreground: color(value & 0x1FF),
            background: color((value >> 9) & 0x1FF),
            bold: value & (1 << 18) != 0,
            dim: value & (1 << 19) != 0,
            reverse: value & (1 << 20) != 0,
            underline: value & (1 << 21) != 0
        )
    }

    @inline(__always)
    private static func color(_ color: Color) -> UInt32 {
        switch color {
        case .default: return 0
        case .indexed(let index): return UInt32(index) + 1
        }
    }

    private static func color(_ code: UInt32) -> Color {
        code == 0 ? .default : .indexed(UInt8(code - 1))
    }
}
