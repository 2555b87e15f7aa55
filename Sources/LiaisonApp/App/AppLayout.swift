import TerminalKit

/// Where the frame puts things: the tab row on top, the status bar at the bottom, the
/// current screen (or the log form) in between.
public enum AppLayout {
    /// The smallest terminal the app draws in; below it TerminalKit's "too small" screen shows.
    public static let minimumSize = Size(width: 60, height: 16)

    /// The tab row.
    public static func tabRow(_ size: Size) -> Rect { Rect(x: 0, y: 0, width: size.width, height: 1) }

    /// The screen's content area.
    public static func content(_ size: Size) -> Rect { Rect(x: 0, y: 1, width: size.width, height: size.height - 2) }

    /// The status bar row.
    public static func statusRow(_ size: Size) -> Rect { Rect(x: 0, y: size.height - 1, width: size.width, height: 1) }

    /// The tab titles, `1 Dashboard` style, or bare digits + short titles when space is short.
    public static func tabs(selected: Screen, theme: Palette, width: Int) -> Tabs {
        let full = Screen.allCases.map { "\($0.number) \($0.title)" }
        let tabs = Tabs(titles: full, selected: selected.number - 1, theme: theme)
        let needed = full.reduce(0) { $0 + $1.displayWidth + 3 }
        if needed <= width { return tabs }
        return Tabs(titles: Screen.allCases.map { "\($0.number) \($0.title.prefix(4))" }, selected: selected.number - 1, theme: theme)
    }
}
