/// Horizontal placement of text inside its area.
public enum TextAlignment: Hashable, Sendable {
    /// Flush with the left edge.
    case left
    /// Centred (extra space goes to the right).
    case center
    /// Flush with the right edge.
    case right

    /// Column offset that places something `width` wide inside `available` columns.
    public func offset(width: Int, available: Int) -> Int {
        switch self {
        case .left: return 0
        case .center: return max(0, (available - width) / 2)
        case .right: return max(0, available - width)
        }
    }
}
