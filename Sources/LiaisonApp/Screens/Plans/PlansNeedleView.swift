import LiaisonCore
import LiaisonStore
import TerminalKit

/// Draws the channel needle under an opened plan: per product a gauge of the needle with a
/// marker at the plan's F2F share, the gap and the five driver scores; and the weights form
/// over the plan while it is open.
enum PlansNeedleView {
    /// From this width on, each product takes one row (else two).
    static let wideWidth = 110
    /// Short driver names for the compact list.
    static func shortLabel(_ driver: NeedleDriver) -> String {
        switch driver {
        case .complexity: "Cplx"
        case .lifecycle: "Life"
        case .access: "Access"
        case .preference: "Pref"
        case .vision: "Vision"
        }
    }

    /// The plan rows above and the needle panel below, inside the plan frame's inner area.
    /// No panel when the area is too short to keep four plan rows.
    static func split(_ inner: Rect, needle: PlansNeedleState) -> (rows: Rect, panel: Rect?) {
        let products = needle.inputs?.products.count ?? 0
        let height = 1 + max(1, products) * (inner.width >= wideWidth ? 1 : 2)
        guard inner.height - height - 1 >= 4 else { return (inner, nil) }
        let rows = Rect(x: inner.x, y: inner.y, width: inner.width, height: inner.height - height - 1)
        return (rows, Rect(x: inner.x, y: rows.bottom + 1, width: inner.width, height: height))
    }

    /// The panel: a heading, then each product's gauge and drivers.
    static func renderPanel(_ needle: PlansNeedleState, place: NeedlePlace, area: Rect, buffer: inout Buffer, theme: Palette) {
        buffer.write(String(repeating: "─", count: area.width), x: area.x, y: area.y - 1, style: theme.border)
        let placeName = needle.inputs?.name(of: place) ?? ""
        let weights = needle.isCustomised ? "custom weights (w)" : "w: weights"
        let heading = "Channel needle · \(placeName) (0 digital…100 F2F, ┃ plan share) · \(weights)"
        buffer.write(heading, x: area.x, y: area.y, style: theme.header, maxWidth: area.width)
        guard needle.inputs != nil else {
            let text = needle.error.map { "Could not load the needle: \($0)" } ?? "Loading the needle…"
            buffer.write(text, x: area.x, y: area.y + 1, style: needle.error == nil ? theme.muted : theme.error, maxWidth: area.width)
            return
        }
        let rows: [NeedleRow]
        switch needle.rows(place: place) {
        case .success(let found): rows = found
        case .failure(let error):
            buffer.write("Cannot set the needle: \(error.reason)", x: area.x, y: area.y + 1, style: theme.error, maxWidth: area.width)
            return
        }
        if rows.isEmpty {
            buffer.write("No products yet — import a dataset with `liaison import FILE`", x: area.x, y: area.y + 1, style: theme.muted, maxWidth: area.width)
            return
        }
        let wide = area.width >= wideWidth
        let nameWidth = min(16, (rows.map(\.productName.displayWidth).max() ?? 0) + 2)
        for (index, row) in rows.enumerated() {
            let y = area.y + 1 + index * (wide ? 1 : 2)
            guard y < area.bottom else { break }
            renderProduct(row, x: area.x, y: y, width: area.width, nameWidth: nameWidth, wide: wide, buffer: &buffer, theme: theme)
        }
    }

    private static func renderProduct(
        _ row: NeedleRow, x: Int, y: Int, width: Int, nameWidth: Int, wide: Bool, buffer: inout Buffer, theme: Palette
    ) {
        buffer.write(row.productName, x: x, y: y, style: theme.base.bold(), maxWidth: nameWidth - 1)
        var column = x + nameWidth
        let plan = row.planShare.map { "plan \($0)%".padding(toLength: 9, withPad: " ", startingAt: 0) } ?? "no plan  "
        column += buffer.write(plan, x: column, y: y, style: theme.base, maxWidth: x + width - column)
        let gap = row.planShare == nil ? "" : "gap \(row.gapText)"
        let gapStyle = abs(row.gap ?? 0) >= 25 ? theme.error.bold() : theme.muted
        column += buffer.write(gap.padding(toLength: 9, withPad: " ", startingAt: 0), x: column, y: y, style: gapStyle, maxWidth: max(0, x + width - column))
        let drivers = driverText(row.reading)
        let driversWidth = wide ? drivers.displayWidth + 2 : 0
        let gaugeWidth = max(0, x + width - column - driversWidth)
        let marker = row.planShare.map(Double.init)
        Gauge(percent: row.reading.needle, label: "needle \(row.reading.roundedNeedle)", marker: marker, theme: theme)
            .render(in: Rect(x: column, y: y, width: gaugeWidth, height: 1), buffer: &buffer)
        if wide {
            buffer.write(drivers, x: column + gaugeWidth + 2, y: y, style: theme.muted, maxWidth: max(0, x + width - column - gaugeWidth - 2))
        } else {
            buffer.write(drivers, x: x + 2, y: y + 1, style: theme.muted, maxWidth: max(0, width - 2))
        }
    }

    /// `Cplx 25 · Life 30 · Access 42 · Pref 21 · Vision 60` (`n/a` without data).
    static func driverText(_ reading: NeedleReading) -> String {
        reading.drivers.all.map { driver in
            "\(shortLabel(driver.driver)) \(driver.score.map { String(Int($0.rounded())) } ?? "n/a")"
        }.joined(separator: " · ")
    }

    /// Where the weights form is drawn over the plan rows.
    static func formBox(in rows: Rect) -> Rect {
        let width = min(rows.width, 72)
        let height = min(rows.height, NeedleWeightsForm.visionField + 1 + 2 + 4)
        return Rect(x: rows.x + (rows.width - width) / 2, y: rows.y, width: width, height: height)
    }

    /// The weights form in a frame, with its key line.
    static func renderForm(_ form: Form, in rows: Rect, buffer: inout Buffer, theme: Palette) {
        let box = formBox(in: rows)
        let block = Block(title: "Needle weights — live, this session only", footer: "Esc close · Ctrl-R reset", theme: theme)
        buffer.fill(box, style: theme.base)
        block.render(in: box, buffer: &buffer)
        let inner = block.inner(box)
        guard inner.height > 1 else { return }
        let formArea = Rect(x: inner.x + 1, y: inner.y, width: max(0, inner.width - 2), height: inner.height - 1)
        form.render(in: formArea, buffer: &buffer)
        buffer.write("Weights: numbers ≥ 0, scaled to 100%. Vision score: 0–100.", x: inner.x + 1, y: inner.bottom - 1, style: theme.muted, maxWidth: inner.width - 2)
    }
}
