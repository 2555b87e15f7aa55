import LiaisonCore

/// The fields of the log form, in focus order (Tab / Shift-Tab, Enter after a pick). The order
/// is built for speed: who, about what, then the text; defaults cover the rest.
enum LogInsightField: Int, CaseIterable, Sendable, Codable {
    case hcp
    case product
    case theme
    case listeningPriority
    case sentiment
    case channel
    case when
    case whatWasSaid
    case whyItMatters

    /// The label left of the field.
    var label: String {
        switch self {
        case .hcp: "HCP"
        case .product: "Product"
        case .theme: "Theme"
        case .listeningPriority: "Listening priority"
        case .sentiment: "Sentiment"
        case .channel: "Channel"
        case .when: "When"
        case .whatWasSaid: "What was said"
        case .whyItMatters: "Why it matters"
        }
    }

    /// Title of the field's picker.
    var pickerTitle: String {
        switch self {
        case .hcp: "HCP — name, institution or city"
        default: label
        }
    }

    /// Whether the field is chosen from a list (the others are typed).
    var isChoice: Bool {
        switch self {
        case .when, .whatWasSaid, .whyItMatters: false
        default: true
        }
    }

    /// Whether the insight cannot be saved without it.
    var isRequired: Bool {
        self == .theme || self == .whatWasSaid
    }

    /// The form field a store or core `ValidationError` about `field` belongs to.
    static func owning(_ error: ValidationError) -> LogInsightField {
        switch error.field {
        case "hcpID", "institutionID", "regionID": .hcp
        case "productID": .product
        case "theme": .theme
        case "listeningPriority": .listeningPriority
        case "sentiment": .sentiment
        case "channel": .channel
        case "interactionAt", "loggedAt": .when
        case "whyItMatters": .whyItMatters
        default: .whatWasSaid
        }
    }
}
