/// How a cell looks: colours plus bold, dim, reverse and underline.
public struct Style: Hashable, Sendable {
    public var foreground: Color = .default
    public var background: Color = .default
    public var bold = false
    public var dim = false
    public var reverse = false
    public var underline = false

    /// Creates a style.
    public init(
        foreground: Color = .default,
        background: Color = .default,
        bold: Bool = false,
        dim: Bool = false,
        reverse: Bool = false,
        underline: Bool = false
    ) {
        self.foreground = foreground
        self.background = background
        self.bold = bold
        self.dim = dim
        self.reverse = reverse
        self.underline = underline
    }

    /// The terminal's default look.
    public static let plain = Style()

    /// This style with `other` laid over it: `other`'s non-default colours win, flags are OR-ed.
    public func patched(with other: Style) -> Style {
        Style(
            foreground: other.foreground == .default ? foreground : other.foreground,
            background: other.background == .default ? background : other.background,
            bold: bold || other.bold,
            dim: dim || other.dim,
            reverse: reverse || other.reverse,
            underline: underline || other.underline
        )
    }

    /// This style made bold.
    public func bold(_ on: Bool = true) -> Style { var copy = self; copy.bold = on; return copy }
    /// This style made dim.
    public func dimmed(_ on: Bool = true) -> Style { var copy = self; copy.dim = on; return copy }
    /// This style with reverse video.
    public func reversed(_ on: Bool = true) -> Style { var copy = self; copy.reverse = on; return copy }
    /// This style underlined.
    public func underlined(_ on: Bool = true) -> Style { var copy = self; copy.underline = on; return copy }
    /// This style with another foreground colour.
    public func fg(_ color: Color) -> Style { var copy = self; copy.foreground = color; return copy }
    /// This style with another background colour.
    public func bg(_ color: Color) -> Style { var copy = self; copy.background = color; return copy }
}
