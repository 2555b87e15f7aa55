import LiaisonCore
import LiaisonStore
import TerminalKit

/// The channel needle on the Plans screen: the inputs read once from the store, the config
/// the gauges use (the configured one, or the weights typed into the form), and the weights
/// form while open. Every gauge is recomputed from the cached inputs; typing never reads the
/// database.
public struct PlansNeedleState: Sendable {
    /// Products, regions, channel profiles and plans; nil until loaded.
    var inputs: NeedleInputs?
    /// The `needle` section of the configuration the app started with.
    var configured = NeedleConfig.defaults
    /// What the gauges use: `configured` with the form's last valid weights and vision.
    var config = NeedleConfig.defaults
    /// The weights form; nil when closed.
    var form: Form?
    /// Why the inputs could not be loaded.
    var error: String?

    /// A state that has loaded nothing yet.
    public init() {}

    /// True once the weights or vision differ from the configuration.
    var isCustomised: Bool { config != configured }

    /// The needle of every product in `place` with the current config, products by id.
    func rows(place: NeedlePlace) -> Result<[NeedleRow], ValidationError> {
        guard let inputs else { return .success([]) }
        do {
            return .success(try inputs.rows(config: config, place: place))
        } catch {
            return .failure(error)
        }
    }

    /// Takes the loaded inputs and the configured needle section.
    mutating func loaded(_ inputs: NeedleInputs, configured: NeedleConfig) {
        let keepsCustom = isCustomised
        self.inputs = inputs
        if !keepsCustom { config = configured }
        self.configured = configured
        error = nil
    }

    /// Opens the weights form on the current values.
    mutating func openForm(theme: Palette) {
        form = NeedleWeightsForm.make(config: config, theme: theme)
    }

    /// Reads the form: a valid set of values replaces `config`, otherwise the messages go
    /// next to their fields and the gauges keep the last valid values.
    mutating func applyForm() {
        guard var form else { return }
        let result = NeedleWeightsForm.read(form, onto: config)
        for index in form.fields.indices { form.fields[index].message = result.problems[index] }
        if let updated = result.config { config = updated }
        self.form = form
    }

    /// Back to the configured weights and vision (the form, when open, shows them).
    mutating func reset(theme: Palette) {
        config = configured
        if let form {
            var fresh = NeedleWeightsForm.make(config: config, theme: theme)
            fresh.focus(form.focusedIndex)
            self.form = fresh
        }
    }
}
