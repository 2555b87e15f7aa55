import Foundation
import LiaisonCore
import TerminalKit

/// An HCP's touchpoints of the last weeks as one lane per function (MSL, Sales, Marketing,
/// Med. info, Market access) and one column per week, newest at the right. A cell shows how
/// many touchpoints the function had that week (`·` for none, `+` for ten or more); a cell
/// with a channel against the HCP's preference carries `!` and the theme's warning style.
/// The first line sums up the window (the last 14 days first when the HCP is contacted a
/// lot); the axis row explains `!` when the width allows.
struct TouchpointTimeline {
    /// Days the timeline covers, ending now.
    static let windowDays = 90
    /// Days of the "noisy" summary.
    static let recentDays = 14
    /// Touchpoints within `recentDays` from which the summary calls the HCP noisy.
    static let noisyCount = 6
    /// Rows the timeline takes: summary, five lanes, axis.
    static let height = TouchpointFunction.allCases.count + 2
    /// Width of the lane labels.
    static let labelWidth = 14

    let touchpoints: [Touchpoint]
    let now: Date
    let hcp: HCP
    /// More touchpoints exist in the window than were loaded.
    var isTruncated = false
    let theme: Palette

    /// Weeks shown: the whole window when they fit, else the most recent ones.
    static var weeks: Int { (windowDays + 6) / 7 }

    /// The lane label of `function`.
    static func label(_ function: TouchpointFunction) -> String {
        switch function {
        case .msl: "MSL"
        case .sales: "Sales"
        case .marketing: "Marketing"
        case .medicalInformation: "Med. info"
        case .marketAccess: "Market access"
        }
    }

    /// Whether `channel` goes against what the HCP asked for: a face-to-face contact with
    /// an HCP who prefers digital or remote contact or who cannot be visited.
    static func isAgainstPreference(_ channel: InteractionChannel, hcp: HCP) -> Bool {
        guard channel == .faceToFace else { return false }
        return hcp.channelPreference == .digital || hcp.channelPreference == .remote || hcp.faceToFaceAccess == .none
    }

    /// The week column of `date` counted back from now (0 = the last 7 days); nil outside the window.
    func weekIndex(_ date: Date) -> Int? {
        let age = now.timeIntervalSince(date)
        guard age >= 0, age < Double(Self.windowDays) * 86_400 else { return nil }
        return Int(age / (7 * 86_400))
    }

    /// Touchpoints per function and week (index 0 = the most recent week), within the window.
    func lanes() -> [TouchpointFunction: [Int: [Touchpoint]]] {
        var lanes: [TouchpointFunction: [Int: [Touchpoint]]] = [:]
        for touchpoint in touchpoints {
            guard let week = weekIndex(touchpoint.date) else { continue }
            lanes[touchpoint.function, default: [:]][week, default: []].append(touchpoint)
        }
        return lanes
    }

    /// The one-line summary: "14 touchpoints from 5 functions in 90 days", or when the HCP
    /// is contacted a lot, the last 14 days first: "9 touchpoints from 4 functions in 14 days · 14 in 90 days".
    func summary() -> (text: String, isNoisy: Bool) {
        let inWindow = touchpoints.filter { weekIndex($0.date) != nil }
        guard !inWindow.isEmpty else { return ("No touchpoints in the last \(Self.windowDays) days", false) }
        let plus = isTruncated ? "+" : ""
        let recent = inWindow.filter { now.timeIntervalSince($0.date) < Double(Self.recentDays) * 86_400 }
        guard recent.count >= Self.noisyCount else {
            return ("\(inWindow.count)\(plus) \(noun(inWindow.count)) from \(functionCount(inWindow)) in \(Self.windowDays) days", false)
        }
        let text = "\(recent.count) touchpoints from \(functionCount(recent)) in \(Self.recentDays) days"
            + " · \(inWindow.count)\(plus) in \(Self.windowDays) days"
        return (text, true)
    }

    /// Whether any touchpoint in the window has a channel against the HCP's preference.
    var hasOffPreference: Bool {
        touchpoints.contains { weekIndex($0.date) != nil && Self.isAgainstPreference($0.channel, hcp: hcp) }
    }

    private func noun(_ count: Int) -> String { count == 1 ? "touchpoint" : "touchpoints" }

    private func functionCount(_ touchpoints: [Touchpoint]) -> String {
        let count = Set(touchpoints.map(\.function)).count
        return count == 1 ? "1 function" : "\(count) functions"
    }

    /// Draws the summary, the lanes and the week axis into `area` (at most `height` rows).
    func render(in area: Rect, buffer: inout Buffer) {
        guard area.height > 0, area.width > 0 else { return }
        let (text, isNoisy) = summary()
        buffer.write(text, x: area.x, y: area.y, style: isNoisy ? theme.warning : theme.header, maxWidth: area.width)
        let available = area.width - Self.labelWidth
        guard available > 0 else { return }
        let weeks = min(Self.weeks, available)
        let cellWidth = min(4, available / weeks)
        let gridX = area.x + Self.labelWidth
        let lanes = lanes()
        for (row, function) in TouchpointFunction.allCases.enumerated() {
            let y = area.y + 1 + row
            guard y < area.bottom else { return }
            buffer.write(Self.label(function), x: area.x, y: y, style: theme.muted, maxWidth: Self.labelWidth - 1)
            for column in 0..<weeks {
                let week = weeks - 1 - column
                let cell = lanes[function]?[week] ?? []
                let (mark, style) = self.cell(cell, width: cellWidth)
                buffer.write(mark, x: gridX + column * cellWidth, y: y, style: style, maxWidth: cellWidth)
            }
        }
        let axisY = area.y + 1 + TouchpointFunction.allCases.count
        guard axisY < area.bottom else { return }
        buffer.write("weeks", x: area.x, y: axisY, style: theme.muted, maxWidth: Self.labelWidth - 1)
        let gridWidth = weeks * cellWidth
        let left = "−\(weeks)w"
        buffer.write(left, x: gridX, y: axisY, style: theme.muted, maxWidth: gridWidth)
        let nowX = cellWidth >= 3 ? gridX + (weeks - 1) * cellWidth : gridX + gridWidth - 3
        guard nowX >= gridX + left.count + 1 else { return }
        buffer.write("now", x: nowX, y: axisY, style: theme.muted, maxWidth: 3)
        let legend = "! face-to-face against preference"
        let legendX = gridX + left.count + 2
        if hasOffPreference, legendX + legend.count < nowX {
            buffer.write(legend, x: legendX, y: axisY, style: theme.warning, maxWidth: legend.count)
        }
    }

    /// The mark and style of one cell.
    private func cell(_ touchpoints: [Touchpoint], width: Int) -> (String, Style) {
        guard !touchpoints.isEmpty else { return ("·", theme.muted) }
        let count = touchpoints.count < 10 ? String(touchpoints.count) : "+"
        if touchpoints.contains(where: { Self.isAgainstPreference($0.channel, hcp: hcp) }) {
            return (width >= 2 ? count + "!" : count, theme.warning)
        }
        return (count, theme.accent)
    }
}
