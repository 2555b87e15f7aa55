/// How much space one segment of a `Layout.split` asks for.
public enum Constraint: Hashable, Sendable {
    /// Exactly this many cells (shrunk only when the total does not fit).
    case fixed(Int)
    /// This percentage (0…100) of the available cells, rounded down.
    case percentage(Int)
    /// At least this many cells; grows when no `fill` takes the leftover space.
    case min(Int)
    /// A share of the leftover space, weighted.
    case fill(Int = 1)
}

/// The axis along which `Layout.split` divides a rectangle.
public enum Direction: Hashable, Sendable {
    /// Side by side (columns).
    case horizontal
    /// Stacked (rows).
    case vertical
}
