/// Workloads for benchmarking the render-and-diff path (used by `liaison-bench` and
/// `terminalkit-gallery --benchmark`); they do the work and return a result, the caller times them.
public enum TerminalKitBenchmarks {
    /// A full frame of mixed text: every row filled with ASCII, accented and CJK text, in one
    /// of two variants so consecutive frames differ in every cell.
    public static func frame(width: Int = 200, height: Int = 60, variant: Int) -> Buffer {
        var buffer = Buffer(width: width, height: height)
        let styles = [Style.plain, Style().fg(.indexed(75)), Style().bold(), Style().reversed()]
        let odd = variant % 2 == 1
        let ascii = odd ? "The quick brown fox jumps over the lazy dog 0123456789 " : "PACK MY BOX WITH FIVE DOZEN LIQUOR JUGS !@#$%^&*()_+ "
        let mixed = odd ? "Insight – café naïve ⚕ 日本語テキスト 한국어 " : "Decision · résumé Zoë 中文字符串 가나다라 "
        for row in 0..<height {
            let text = row % 3 == 2 ? mixed : ascii
            var x = 0
            var segment = row
            while x < width {
                x += max(1, buffer.write(text, x: x, y: row, style: styles[(segment + (odd ? 1 : 0)) % styles.count]))
                segment += 1
            }
        }
        return buffer
    }

    /// Renders a full-screen frame that differs from `previous` in every row and walks its
    /// diff the way the terminal backends do (`forEachChange`); returns the new frame and the
    /// number of changed cells.
    public static func renderAndDiff(previous: Buffer, variant: Int) -> (frame: Buffer, changes: Int) {
        let next = frame(width: previous.area.width, height: previous.area.height, variant: variant)
        var changes = 0
        next.forEachChange(from: previous) { _, _, _ in changes += 1 }
        return (next, changes)
    }

    /// Diffs a frame against an identical copy; the result is 0 when unchanged frames write nothing.
    public static func unchangedDiff(_ frame: Buffer) -> Int {
        let copy = frame
        return frame.diff(from: copy).count
    }
}
