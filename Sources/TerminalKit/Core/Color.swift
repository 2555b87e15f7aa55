/// A terminal colour: the terminal's default or one of the 256 indexed colours.
public enum Color: Hashable, Sendable {
    case `default`
    case indexed(UInt8)

    /// ANSI black (index 0).
    public static let black = Color.indexed(0)
    /// ANSI red (index 1).
    public static let red = Color.indexed(1)
    /// ANSI green (index 2).
    public static let green = Color.indexed(2)
    /// ANSI yellow (index 3).
    public static let yellow = Color.indexed(3)
    /// ANSI blue (index 4).
    public static let blue = Color.indexed(4)
    /// ANSI magenta (index 5).
    public static let magenta = Color.indexed(5)
    /// ANSI cyan (index 6).
    public static let cyan = Color.indexed(6)
    /// ANSI white (index 7).
    public static let white = Color.indexed(7)
    /// Bright black / dark grey (index 8).
    public static let brightBlack = Color.indexed(8)
    /// Bright white (index 15).
    public static let brightWhite = Color.indexed(15)

    /// A colour of the 6×6×6 cube, each component 0…5.
    public static func rgb(_ red: Int, _ green: Int, _ blue: Int) -> Color {
        let clamp = { (value: Int) in min(5, max(0, value)) }
        return .indexed(UInt8(16 + 36 * clamp(red) + 6 * clamp(green) + clamp(blue)))
    }

    /// A grey of the 24-step ramp, `level` 0 (dark) … 23 (light).
    public static func grey(_ level: Int) -> Color {
        .indexed(UInt8(232 + min(23, max(0, level))))
    }
}
