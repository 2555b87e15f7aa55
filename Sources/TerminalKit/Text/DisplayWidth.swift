/// Display width (terminal columns) of characters and strings.
///
/// Rules, per grapheme cluster:
/// - control characters (C0, DEL, C1) are 0 wide and are not drawn;
/// - a tab is **1** column: `Buffer.write` draws it as a single space (no tab stops), and
///   truncation and padding count it the same way;
/// - a cluster with VS16 (U+FE0F, emoji presentation) is 2, with VS15 (U+FE0E, text presentation) 1;
/// - zero-width-joiner emoji sequences, emoji-presentation emoji and regional-indicator
///   flag pairs are 2;
/// - East Asian Wide and Fullwidth characters (CJK, Hangul syllables and leading jamo,
///   kana, fullwidth forms) are 2;
/// - combining marks are 0 on their own and add nothing to the character they follow;
/// - everything else is 1.
public enum DisplayWidth {
    /// The number of columns `character` occupies.
    public static func of(_ character: Character) -> Int {
        if let ascii = character.asciiValue {
            return ascii == 0x09 ? 1 : (ascii < 0x20 || ascii == 0x7f ? 0 : 1)
        }
        let scalars = character.unicodeScalars
        guard let first = scalars.first else { return 0 }
        if scalars.count == 1 { return of(scalar: first) }
        if first.value < 0x20 || (first.value >= 0x7f && first.value < 0xa0) { return 0 }
        var hasJoiner = false
        for scalar in scalars.dropFirst() {
            switch scalar.value {
            case 0xFE0F: return 2
            case 0xFE0E: return 1
            case 0x200D: hasJoiner = true
            default: break
            }
        }
        if isRegionalIndicator(first) { return 2 }
        if hasJoiner && first.properties.isEmoji { return 2 }
        let base = of(scalar: first)
        if base == 0 {
            // A cluster starting with a zero-width scalar (e.g. a stray combining mark):
            // use the widest scalar that follows.
            return scalars.dropFirst().map { of(scalar: $0) }.max() ?? 0
        }
        return base
    }

    /// The number of columns `string` occupies (sum over its grapheme clusters).
    public static func of(_ string: String) -> Int {
        if string.utf8.allSatisfy({ $0 >= 0x20 && $0 < 0x7f }) { return string.utf8.count }
        var total = 0
        var scanner = GraphemeScanner(string)
        while let (_, width) = scanner.next() { total += width }
        return total
    }

    /// The width of a single scalar standing alone.
    public static func of(scalar: Unicode.Scalar) -> Int {
        let value = scalar.value
        if value < 0x20 { return value == 0x09 ? 1 : 0 }
        if value < 0x7f { return 1 }
        if value < 0xa0 { return 0 }
        if value < 0x300 { return 1 }
        if (value >= 0x4E00 && value <= 0x9FFF) || (value >= 0xAC00 && value <= 0xD7A3) { return 2 }
        switch scalar.properties.generalCategory {
        case .nonspacingMark, .enclosingMark, .format:
            return 0
        default:
            break
        }
        if value == 0x200B || (value >= 0x1160 && value <= 0x11FF) { return 0 }
        if isRegionalIndicator(scalar) { return 1 }
        if isWide(value) { return 2 }
        if scalar.properties.isEmojiPresentation { return 2 }
        return 1
    }

    static func isRegionalIndicator(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value >= 0x1F1E6 && scalar.value <= 0x1F1FF
    }

    /// East Asian Wide (W) and Fullwidth (F) ranges outside the emoji blocks.
    private static let wideRanges: [ClosedRange<UInt32>] = [
        0x1100...0x115F, 0x231A...0x231B, 0x2329...0x232A, 0x23E9...0x23EC, 0x23F0...0x23F0,
        0x23F3...0x23F3, 0x2E80...0x303E, 0x3041...0x33FF, 0x3400...0x4DBF, 0x4E00...0x9FFF,
        0xA000...0xA4CF, 0xA960...0xA97F, 0xAC00...0xD7A3, 0xF900...0xFAFF, 0xFE10...0xFE19,
        0xFE30...0xFE6F, 0xFF00...0xFF60, 0xFFE0...0xFFE6, 0x16FE0...0x16FE4, 0x17000...0x18CFF,
        0x1AFF0...0x1B2FF, 0x1F200...0x1F202, 0x1F210...0x1F23B, 0x1F240...0x1F248,
        0x1F250...0x1F251, 0x1F260...0x1F265, 0x20000...0x2FFFD, 0x30000...0x3FFFD,
    ]

    private static func isWide(_ value: UInt32) -> Bool {
        guard value >= 0x1100 else { return false }
        var low = 0
        var high = wideRanges.count - 1
        while low <= high {
            let mid = (low + high) / 2
            let range = wideRanges[mid]
            if value < range.lowerBound {
                high = mid - 1
            } else if value > range.upperBound {
                low = mid + 1
            } else {
                return true
            }
        }
        return false
    }
}
