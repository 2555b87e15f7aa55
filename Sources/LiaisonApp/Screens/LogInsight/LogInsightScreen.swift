import Foundation
import LiaisonCore
import TerminalKit

/// Messages of the log-insight form.
public enum LogInsightMessage: Sendable {
    case draftLoaded(Insight?)
}

/// State of the log-insight form (owner: APP3, who replaces this scaffold with the form).
public struct LogInsightState: Sendable {
    /// The draft being continued, if any.
    public var draftID: UUID?

    /// A fresh form.
    public init(draftID: UUID? = nil) {
        self.draftID = draftID
    }
}

/// The log-insight form, opened with `n` from anywhere; covers the content area.
public enum LogInsightScreen: ScreenModule {
    /// Opens the form, continuing `draftID` when given.
    public static func open(draftID: UUID?, context: ScreenContext) -> ScreenResult<LogInsightState> {
        ScreenResult(LogInsightState(draftID: draftID))
    }

    public static func keyMap(_ state: LogInsightState, context: ScreenContext) -> KeyMap {
        KeyMap(title: "Log insight", bindings: [KeyBinding(.escape, help: "Close")])
    }

    public static func isCapturingText(_ state: LogInsightState) -> Bool { true }

    public static func update(_ state: LogInsightState, _ input: ScreenInput, context: ScreenContext) -> ScreenResult<LogInsightState> {
        if case .key(.escape) = input { return ScreenResult(state, requests: [.closeLogInsight]) }
        return .ignored(state)
    }

    public static func view(_ state: LogInsightState, area: Rect, buffer: inout Buffer, context: ScreenContext) {
        Paragraph("The log-insight form opens here. Use `liaison log TEXT --theme T` meanwhile.", style: context.theme.muted,
                  block: Block(title: "Log insight", theme: context.theme))
            .render(in: area, buffer: &buffer)
    }
}
