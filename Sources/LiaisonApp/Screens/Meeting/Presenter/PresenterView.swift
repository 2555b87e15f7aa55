import Foundation
import LiaisonCore
import TerminalKit

/// Draws presenter mode: a header bar (position, kind, flags, severity, timer), the item's
/// title in block letters when they fit, a big timer on wide screens, then the item's
/// body (`PresenterBody`), and the ritual, triage, note or help dialog over it.
struct PresenterView {
    let state: MeetingState
    let context: ScreenContext

    /// Columns kept free left and right.
    static func margin(_ area: Rect) -> Int { area.width >= 120 ? 4 : 2 }

    func render(in area: Rect, buffer: inout Buffer) {
        let theme = context.theme
        buffer.fill(area, style: theme.base)
        guard let presenter = state.presenter, let item = MeetingPresenter.currentItem(state) else {
            buffer.write("Nothing to present — every item was dropped. Esc goes back to the agenda",
                         x: area.x + 2, y: area.y + 1, style: theme.header, maxWidth: area.width - 4)
            renderOverlays(in: area, buffer: &buffer)
            return
        }
        let timer = PresenterTimer(elapsed: presenter.elapsed(on: item.id, at: MeetingPresenter.now(state)), boxMinutes: item.timeBoxMinutes)
        renderHeader(item, position: presenter.position, timer: timer, in: Rect(x: area.x, y: area.y, width: area.width, height: 1), buffer: &buffer)
        let margin = Self.margin(area)
        let content = Rect(x: area.x + margin, y: area.y + 2, width: max(0, area.width - 2 * margin), height: max(0, area.height - 2))
        let top = renderTitle(item, timer: timer, in: content, buffer: &buffer)
        let body = Rect(x: content.x, y: top, width: content.width, height: max(0, content.bottom - top))
        let lines = PresenterBody(state: state, item: item, data: MeetingPresenter.currentData(state), theme: theme)
            .lines(width: body.width, roomy: body.height >= 24)
        for (index, line) in lines.prefix(body.height).enumerated() {
            buffer.write(spans: line, x: body.x, y: body.y + index, base: theme.base, maxWidth: body.width)
        }
        if lines.count > body.height, body.height > 0 {
            let more = "… \(lines.count - body.height + 1) more lines"
            buffer.fill(Rect(x: body.x, y: body.bottom - 1, width: body.width, height: 1), style: theme.base)
            buffer.write(more, x: body.x, y: body.bottom - 1, style: theme.accent, maxWidth: body.width)
        }
        renderOverlays(in: area, buffer: &buffer)
    }

    /// "3 / 12 · Clash · NEW WORSE · severity 78" on the left, the timer on the right, in
    /// the theme's strongest bar style — the critical style for the whole bar once the item
    /// is over its time box (bold and reversed without colours).
    private func renderHeader(_ item: AgendaItem, position: String, timer: PresenterTimer, in row: Rect, buffer: inout Buffer) {
        let theme = context.theme
        let bar = timer.isOver ? theme.critical : theme.selection
        buffer.fill(row, style: bar)
        var left = " \(position)  \(item.kind.label.uppercased())"
        let flags = item.flags.map { MeetingAgendaList.flagLabel($0).uppercased() }
        if !flags.isEmpty { left += "  " + flags.joined(separator: " ") }
        if let severity = item.severity { left += "  severity \(severity)" }
        let right = " ⏱ \(timer.text) "
        let rightWidth = right.displayWidth
        buffer.write(left, x: row.x, y: row.y, style: bar, maxWidth: max(0, row.width - rightWidth - 1))
        buffer.write(right, x: row.right - rightWidth, y: row.y, style: bar, maxWidth: rightWidth)
    }

    /// The title (block letters when they fit, else bold) and, from 120 columns, the timer in
    /// block letters at the right. Returns the first row below them.
    private func renderTitle(_ item: AgendaItem, timer: PresenterTimer, in content: Rect, buffer: inout Buffer) -> Int {
        let theme = context.theme
        let tall = content.height >= 34
        let largest: BigText.Size = tall ? .tall : .compact
        var titleWidth = content.width
        var bottom = content.y
        if content.width >= 112 {
            let timerWidth = BigText.blockWidth("+00:00")
            titleWidth -= timerWidth + 4
            let clockStyle = timer.isOver ? theme.critical : theme.header
            let big = BigText(timer.short, style: clockStyle, alignment: .right, largest: largest)
            let rows = largest.rowsPerLine
            big.render(in: Rect(x: content.right - timerWidth, y: content.y, width: timerWidth, height: rows), buffer: &buffer)
            let caption = timer.boxMinutes.map { timer.isOver ? "over the \(PresenterTimer.clock($0 * 60)) box" : "of \(PresenterTimer.clock($0 * 60))" } ?? "no time box"
            buffer.write(caption.leftPadded(toWidth: timerWidth), x: content.right - timerWidth, y: content.y + rows,
                         style: timer.isOver ? theme.critical : theme.header, maxWidth: timerWidth)
            bottom = content.y + rows + 1
        }
        let title = BigText(item.title, style: theme.title, largest: largest)
        let limit = min(tall ? 11 : 7, max(1, content.height * 2 / 5))
        let size = title.size(width: titleWidth, height: limit)
        let height = title.height(width: titleWidth, height: size == .normal ? 3 : limit)
        title.render(in: Rect(x: content.x, y: content.y, width: titleWidth, height: height), buffer: &buffer)
        return max(bottom, content.y + height) + 1
    }

    private func renderOverlays(in area: Rect, buffer: inout Buffer) {
        let session = state.presenterSession
        let theme = context.theme
        session.ritual.view(area: area, buffer: &buffer, context: context)
        session.triage.view(area: area, buffer: &buffer, theme: theme)
        if let form = state.form { MeetingFormView(form: form, theme: theme).render(in: area, buffer: &buffer) }
        if session.showsHelp {
            let keys = MeetingPresenter.keyMap(state, context: context)
            HelpOverlay(sections: [keys], title: "Presenter keys", footer: "any key closes", theme: theme).render(in: area, buffer: &buffer)
        }
    }
}
