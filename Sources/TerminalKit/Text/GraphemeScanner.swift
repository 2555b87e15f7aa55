/// Walks a string grapheme cluster by grapheme cluster, yielding each cluster's range and
/// display width. Scalars that cannot combine with their neighbours (ASCII, Latin-1, CJK
/// ideographs, kana, Hangul syllables, fullwidth forms) skip Swift's grapheme breaking,
/// which is the expensive part; everything else goes through `Character`.
struct GraphemeScanner {
    private let text: String
    private var index: String.Index

    init(_ text: String) {
        self.text = text
        self.index = text.startIndex
    }

    /// The next cluster's range in the string and its width, or nil at the end.
    mutating func next() -> (range: Range<String.Index>, width: Int)? {
        guard index < text.endIndex else { return nil }
        let start = index
        let scalars = text.unicodeScalars
        let scalar = scalars[start]
        let following = scalars.index(after: start)
        if Self.standsAlone(scalar), following == text.endIndex || Self.neverExtends(scalars[following]) {
            index = following
            return (start..<following, DisplayWidth.of(scalar: scalar))
        }
        let end = text.index(after: start)
        index = end
        return (start..<end, DisplayWidth.of(text[start]))
    }

    /// Whether a following scalar can never join a cluster started by `scalar`.
    @inline(__always)
    static func standsAlone(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return value != 0x0d }
        return isSimpleWide(value)
    }

    /// Whether `scalar` always starts a new cluster (it is never Extend, SpacingMark, ZWJ,
    /// a Hangul vowel/trailing jamo, a regional indicator or LF).
    @inline(__always)
    static func neverExtends(_ scalar: Unicode.Scalar) -> Bool {
        let value = scalar.value
        if value < 0x300 { return value != 0x0a }
        return isSimpleWide(value)
    }

    @inline(__always)
    private static func isSimpleWide(_ value: UInt32) -> Bool {
        (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0xAC00 && value <= 0xD7A3)
            || (value >= 0x3041 && value <= 0x3096) || (value >= 0x30A1 && value <= 0x30FA)
            || (value >= 0x3400 && value <= 0x4DBF) || (value >= 0xFF01 && value <= 0xFF60)
            || (value >= 0x3000 && value <= 0x3029)
    }
}
