/// Named styles a screen draws with; pick one of `dark`, `light`, `monochrome` or `automatic`.
public struct Theme: Sendable, Hashable {
    /// The theme's name (`dark`, `light`, `monochrome`).
    public var name: String
    /// Ordinary text.
    public var base: Style
    /// Secondary, less important text.
    public var muted: Style
    /// Something to draw the eye (links, active elements).
    public var accent: Style
    /// Table and section headers.
    public var header: Style
    /// The selected row or item.
    public var selection: Style
    /// Box borders.
    public var border: Style
    /// Titles in borders and dialogs.
    public var title: Style
    /// The status bar background and text.
    public var statusBar: Style
    /// Descriptions in the key-hint bar.
    public var keyHint: Style
    /// Keys in the key-hint bar.
    public var keyHintKey: Style
    /// Success messages.
    public var success: Style
    /// Warnings.
    public var warning: Style
    /// Errors.
    public var error: Style
    /// Critical alerts.
    public var critical: Style
    /// Search matches.
    public var highlight: Style
    /// The filled part of a gauge.
    public var gaugeFill: Style
    /// Sparkline and chart bars.
    public var chart: Style

    /// Creates a theme from its named styles.
    public init(
        name: String, base: Style, muted: Style, accent: Style, header: Style, selection: Style,
        border: Style, title: Style, statusBar: Style, keyHint: Style, keyHintKey: Style,
        success: Style, warning: Style, error: Style, critical: Style, highlight: Style,
        gaugeFill: Style, chart: Style
    ) {
        self.name = name
        self.base = base
        self.muted = muted
        self.accent = accent
        self.header = header
        self.selection = selection
        self.border = border
        self.title = title
        self.statusBar = statusBar
        self.keyHint = keyHint
        self.keyHintKey = keyHintKey
        self.success = success
        self.warning = warning
        self.error = error
        self.critical = critical
        self.highlight = highlight
        self.gaugeFill = gaugeFill
        self.chart = chart
    }

    /// Light text on the terminal's (dark) background.
    public static let dark = Theme(
        name: "dark",
        base: .plain,
        muted: Style().fg(.indexed(245)),
        accent: Style().fg(.indexed(75)),
        header: Style().fg(.indexed(252)).bold(),
        selection: Style().fg(.indexed(231)).bg(.indexed(24)).bold(),
        border: Style().fg(.indexed(240)),
        title: Style().fg(.indexed(117)).bold(),
        statusBar: Style().fg(.indexed(252)).bg(.indexed(236)),
        keyHint: Style().fg(.indexed(250)).bg(.indexed(236)),
        keyHintKey: Style().fg(.indexed(222)).bg(.indexed(236)).bold(),
        success: Style().fg(.indexed(114)),
        warning: Style().fg(.indexed(221)),
        error: Style().fg(.indexed(203)),
        critical: Style().fg(.indexed(231)).bg(.indexed(160)).bold(),
        highlight: Style().fg(.indexed(16)).bg(.indexed(220)),
        gaugeFill: Style().fg(.indexed(75)).bg(.indexed(75)),
        chart: Style().fg(.indexed(79))
    )

    /// Dark text on the terminal's (light) background.
    public static let light = Theme(
        name: "light",
        base: .plain,
        muted: Style().fg(.indexed(242)),
        accent: Style().fg(.indexed(25)),
        header: Style().fg(.indexed(235)).bold(),
        selection: Style().fg(.indexed(16)).bg(.indexed(153)).bold(),
        border: Style().fg(.indexed(247)),
        title: Style().fg(.indexed(24)).bold(),
        statusBar: Style().fg(.indexed(235)).bg(.indexed(252)),
        keyHint: Style().fg(.indexed(238)).bg(.indexed(252)),
        keyHintKey: Style().fg(.indexed(88)).bg(.indexed(252)).bold(),
        success: Style().fg(.indexed(28)),
        warning: Style().fg(.indexed(130)),
        error: Style().fg(.indexed(160)),
        critical: Style().fg(.indexed(231)).bg(.indexed(124)).bold(),
        highlight: Style().fg(.indexed(16)).bg(.indexed(228)),
        gaugeFill: Style().fg(.indexed(31)).bg(.indexed(31)),
        chart: Style().fg(.indexed(30))
    )

    /// No colours at all: only bold, dim, reverse and underline.
    public static let monochrome = Theme(
        name: "monochrome",
        base: .plain,
        muted: Style().dimmed(),
        accent: Style().bold(),
        header: Style().bold().underlined(),
        selection: Style().reversed(),
        border: .plain,
        title: Style().bold(),
        statusBar: Style().reversed(),
        keyHint: Style().reversed(),
        keyHintKey: Style().reversed().bold(),
        success: Style().bold(),
        warning: Style().bold(),
        error: Style().bold().underlined(),
        critical: Style().reversed().bold(),
        highlight: Style().underlined().bold(),
        gaugeFill: Style().reversed(),
        chart: Style().bold()
    )

    /// The built-in themes by name.
    public static let all: [Theme] = [.dark, .light, .monochrome]

    /// The theme for this environment: monochrome when `NO_COLOR` is set (any value) or the
    /// terminal has fewer than 8 colours, otherwise `preferred` by name, otherwise dark.
    public static func automatic(environment: [String: String], colorCount: Int, preferred: String?) -> Theme {
        if environment["NO_COLOR"] != nil || colorCount < 8 { return .monochrome }
        if let preferred, let theme = all.first(where: { $0.name == preferred.lowercased() }) {
            return theme
        }
        return .dark
    }
}
