/// How a status-bar message is coloured.
public enum StatusKind: Sendable, Hashable {
    case info
    case success
    case error
}

/// A short message shown at the right of the status bar until it expires.
public struct StatusMessage: Sendable, Hashable {
    public var text: String
    public var kind: StatusKind
    /// Distinguishes messages so an old expiry timer does not clear a newer message.
    public var id: Int

    /// Creates a message.
    public init(text: String, kind: StatusKind, id: Int) {
        self.text = text
        self.kind = kind
        self.id = id
    }
}
