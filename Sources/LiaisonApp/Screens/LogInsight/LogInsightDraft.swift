import Foundation
import LiaisonCore

/// Everything typed or chosen in the log form: saved as JSON in `form_drafts` on every change
/// and restored when the form opens again.
struct LogInsightDraft: Codable, Equatable, Sendable {
    var hcpID: HCPID?
    var productID: ProductID?
    var theme: ThemeCode?
    var listeningPriority: String?
    var sentiment = 0
    var channel = InteractionChannel.faceToFace
    /// The interaction time as typed, e.g. `2026-11-20 14:30` or `today 14:30`.
    var when = ""
    var whatWasSaid = ""
    var whyItMatters = ""

    /// An empty form whose time reads `when`.
    init(when: String = "") {
        self.when = when
    }

    /// The values of a stored draft insight, to continue it.
    init(insight: Insight, when: String) {
        hcpID = insight.hcpID
        productID = insight.productID
        theme = insight.theme
        listeningPriority = insight.listeningPriority
        sentiment = insight.sentiment
        channel = insight.channel
        self.when = when
        whatWasSaid = insight.whatWasSaid
        whyItMatters = insight.whyItMatters
    }

    /// The JSON kept in the store.
    func encoded() -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return (try? encoder.encode(self)).map { String(decoding: $0, as: UTF8.self) } ?? "{}"
    }

    /// Decodes a stored draft; nil when the payload is not one (it is then ignored).
    static func decoded(_ payload: String) -> LogInsightDraft? {
        try? JSONDecoder().decode(LogInsightDraft.self, from: Data(payload.utf8))
    }
}
