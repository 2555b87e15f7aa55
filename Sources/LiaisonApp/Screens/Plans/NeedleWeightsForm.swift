import Foundation
import LiaisonCore
import TerminalKit

/// The weights form: one field per driver weight and the company vision, read into a
/// `NeedleConfig` with a message per field that cannot be used.
enum NeedleWeightsForm {
    /// Field order: the five weights in `NeedleDriver` order, then the company vision.
    static let weightFields = NeedleDriver.allCases
    /// Index of the company vision field.
    static let visionField = NeedleDriver.allCases.count

    /// The form showing `config`'s weights and vision, focused on the first weight.
    static func make(config: NeedleConfig, theme: Palette) -> Form {
        var fields = weightFields.map { driver in
            FormField(label: driver.label, kind: .text(TextField(text: number(config.weights[driver]), placeholder: "0 or more", theme: theme)))
        }
        fields.append(FormField(label: "Vision score", kind: .text(TextField(text: number(config.companyVision), placeholder: "0–100", theme: theme))))
        return Form(fields: fields, theme: theme)
    }

    /// `config` with the form's weights and vision (nil when any field is unusable), and a
    /// message per field index that is not a usable number; all five weights at 0 is
    /// reported under the last weight.
    static func read(_ form: Form, onto config: NeedleConfig) -> (config: NeedleConfig?, problems: [Int: String]) {
        var problems: [Int: String] = [:]
        var updated = config
        for (index, driver) in weightFields.enumerated() {
            switch parse(form.fields[index].value) {
            case .some(let value) where value >= 0: updated.weights[driver] = value
            case .some: problems[index] = "must be 0 or more"
            case .none: problems[index] = "type a number, e.g. 1 or 0.5"
            }
        }
        switch parse(form.fields[visionField].value) {
        case .some(let value) where (0...100).contains(value): updated.companyVision = value
        case .some: problems[visionField] = "must be within 0…100"
        case .none: problems[visionField] = "type a number from 0 to 100"
        }
        if problems.isEmpty {
            if weightFields.allSatisfy({ updated.weights[$0] == 0 }) {
                problems[weightFields.count - 1] = allZeroMessage
            }
        }
        return (problems.isEmpty ? updated : nil, problems)
    }

    /// What the last weight field says when every weight is 0.
    static let allZeroMessage = "all five weights are 0 — set one above 0"

    /// `1`, `0.5`, `60`: no trailing `.0`.
    static func number(_ value: Double) -> String {
        value == value.rounded() && abs(value) < 1e9 ? String(Int(value)) : String(value)
    }

    private static func parse(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces).replacingOccurrences(of: ",", with: ".")
        guard let value = Double(trimmed), value.isFinite else { return nil }
        return value
    }
}
