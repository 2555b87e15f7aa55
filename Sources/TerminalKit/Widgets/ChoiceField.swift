/// A field whose value is one of a list of options, chosen with a `Picker` (Enter) or cycled
/// in place with ←/→.
public struct ChoiceField: Hashable, Sendable {
    /// The options.
    public var options: [String]
    /// Index of the chosen option, or nil.
    public var selected: Int?
    /// Shown while nothing is chosen.
    public var placeholder: String

    /// Creates a choice field.
    public init(options: [String], selected: Int? = nil, placeholder: String = "choose…") {
        self.options = options
        self.selected = selected
        self.placeholder = placeholder
    }

    /// The chosen option, if any.
    public var value: String? {
        selected.flatMap { options.indices.contains($0) ? options[$0] : nil }
    }

    /// Moves to the previous (-1) or next (+1) option, wrapping around.
    public mutating func cycle(by step: Int) {
        guard !options.isEmpty else { return }
        let current = selected ?? (step > 0 ? -1 : 0)
        selected = ((current + step) % options.count + options.count) % options.count
    }
}
