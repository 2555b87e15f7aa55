import LiaisonCore

/// The fields of the touchpoint form, in focus order.
enum LogTouchpointField: Int, CaseIterable, Sendable {
    case hcp
    case function
    case channel
    case topic
    case when

    /// The label left of the field.
    var label: String {
        switch self {
        case .hcp: "HCP"
        case .function: "Function"
        case .channel: "Channel"
        case .topic: "Topic"
        case .when: "When"
        }
    }

    /// Whether the field is chosen from a list (the others are typed).
    var isChoice: Bool {
        self == .hcp || self == .function || self == .channel
    }

    /// Title of the field's picker.
    var pickerTitle: String {
        self == .hcp ? "HCP — name, institution or city" : label
    }

    /// The form field a `ValidationError` about `field` belongs to.
    static func owning(_ error: ValidationError) -> LogTouchpointField {
        switch error.field {
        case "hcpID": .hcp
        case "function": .function
        case "channel": .channel
        case "date": .when
        default: .topic
        }
    }

    /// The function as people say it.
    static func functionName(_ function: TouchpointFunction) -> String {
        switch function {
        case .msl: "MSL"
        case .sales: "Sales"
        case .marketing: "Marketing"
        case .medicalInformation: "Medical information"
        case .marketAccess: "Market access"
        }
    }
}
