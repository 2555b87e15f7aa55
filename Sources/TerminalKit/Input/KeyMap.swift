/// One entry of a key map: the keys, how they are shown, and what they do.
public struct KeyBinding: Hashable, Sendable {
    /// Every key that triggers this action.
    public var keys: [Key]
    /// How the keys are shown, e.g. `j/↓`.
    public var label: String
    /// What the action does, e.g. `Move down`.
    public var help: String

    /// Creates a binding; the label defaults to the keys' labels joined by `/`.
    public init(keys: [Key], label: String? = nil, help: String) {
        self.keys = keys
        self.label = label ?? keys.map(\.label).joined(separator: "/")
        self.help = help
    }

    /// Creates a binding for a single key.
    public init(_ key: Key, label: String? = nil, help: String) {
        self.init(keys: [key], label: label, help: help)
    }

    /// Whether `key` triggers this binding.
    public func matches(_ key: Key) -> Bool { keys.contains(key) }
}

/// The keys of one screen, in display order; feeds the help overlay and the key-hint bar.
public struct KeyMap: Hashable, Sendable {
    /// Heading shown in the help overlay.
    public var title: String
    /// The bindings, in display order.
    public var bindings: [KeyBinding]

    /// Creates a key map.
    public init(title: String = "Keys", bindings: [KeyBinding]) {
        self.title = title
        self.bindings = bindings
    }

    /// The first binding that `key` triggers.
    public func binding(for key: Key) -> KeyBinding? {
        bindings.first { $0.matches(key) }
    }

    /// The map with `other`'s bindings appended.
    public func merged(with other: KeyMap) -> KeyMap {
        KeyMap(title: title, bindings: bindings + other.bindings)
    }
}
