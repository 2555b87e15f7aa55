/// The screen shown instead of a program's view when the terminal is below its minimum size.
public enum TooSmallScreen {
    /// A buffer covering `area` with a centred explanation of the size needed.
    public static func render(area: Rect, minimum: Size) -> Buffer {
        var buffer = Buffer(area: area)
        let lines = [
            "Terminal too small",
            "\(area.width)×\(area.height), need \(minimum.width)×\(minimum.height)",
            "Enlarge the window or press Ctrl-C",
        ]
        let top = area.y + max(0, (area.height - lines.count) / 2)
        for (offset, line) in lines.enumerated() where top + offset < area.bottom {
            let text = line.truncated(toWidth: area.width)
            let x = area.x + max(0, (area.width - text.displayWidth) / 2)
            buffer.write(text, x: x, y: top + offset, style: offset == 0 ? Style().bold() : .plain)
        }
        return buffer
    }

    /// Whether `size` is smaller than `minimum` in either direction.
    public static func isTooSmall(_ size: Size, minimum: Size) -> Bool {
        size.width < minimum.width || size.height < minimum.height
    }
}
