/// A cursor movement through a scrollable list of rows.
public enum ScrollMovement: Equatable, Sendable {
    /// Move the selection up by the given number of rows.
    case up(Int)
    /// Move the selection down by the given number of rows.
    case down(Int)
    /// Move up by one screenful.
    case pageUp
    /// Move down by one screenful.
    case pageDown
    /// Select the first row.
    case top
    /// Select the last row.
    case bottom
    /// Select the row at the given index (clamped to the valid range).
    case to(Int)

    /// The movement the usual list keys ask for: `j`/↓, `k`/↑, PgDn/PgUp (also Ctrl-F/Ctrl-B),
    /// `g`/Home and `G`/End. Nil for any other key.
    public init?(key: Key) {
        switch key {
        case .down, .char("j"), .ctrl("n"): self = .down(1)
        case .up, .char("k"), .ctrl("p"): self = .up(1)
        case .pageDown, .ctrl("f"): self = .pageDown
        case .pageUp, .ctrl("b"): self = .pageUp
        case .home, .char("g"): self = .top
        case .end, .char("G"): self = .bottom
        default: return nil
        }
    }
}

/// Selection and scroll offset of a virtualised `List` or `Table`, kept apart from the widget so it
/// can live in application state. Every function is pure: it returns a new state.
///
/// Invariants after `clamped` or `moved`: `selected` is nil only when there are no rows; otherwise
/// it is a valid index, and `offset` is chosen so the selected row lies inside the visible window.
public struct ScrollState: Equatable, Sendable {
    /// Index of the selected row, or nil for an empty list.
    public var selected: Int?
    /// Index of the first visible row.
    public var offset: Int

    /// Creates a state; call `clamped(itemCount:visibleRows:)` before rendering if the values may
    /// be out of range.
    public init(selected: Int? = 0, offset: Int = 0) {
        self.selected = selected
        self.offset = offset
    }

    /// Returns this state with the selection kept in range and scrolled into view, moving the
    /// offset as little as possible.
    public func clamped(itemCount: Int, visibleRows: Int) -> ScrollState {
        guard itemCount > 0 else { return ScrollState(selected: nil, offset: 0) }
        let rows = max(1, visibleRows)
        let selection = min(max(selected ?? 0, 0), itemCount - 1)
        var top = min(max(offset, 0), max(0, itemCount - rows))
        if selection < top { top = selection }
        if selection >= top + rows { top = selection - rows + 1 }
        return ScrollState(selected: selection, offset: top)
    }

    /// Returns the state after `movement`, clamped and scrolled so the selection stays visible.
    /// Paging keeps the selection at the same position on screen where possible.
    public func moved(_ movement: ScrollMovement, itemCount: Int, visibleRows: Int) -> ScrollState {
        let current = clamped(itemCount: itemCount, visibleRows: visibleRows)
        guard let selection = current.selected else { return current }
        let rows = max(1, visibleRows)
        var next = current
        switch movement {
        case .up(let count): next.selected = selection - count
        case .down(let count): next.selected = selection + count
        case .top: next.selected = 0
        case .bottom: next.selected = itemCount - 1
        case .to(let index): next.selected = index
        case .pageUp:
            next.selected = selection - rows
            next.offset = current.offset - rows
        case .pageDown:
            next.selected = selection + rows
            next.offset = current.offset + rows
        }
        next.selected = min(max(next.selected ?? 0, 0), itemCount - 1)
        return next.clamped(itemCount: itemCount, visibleRows: rows)
    }

    /// Mutating form of `moved(_:itemCount:visibleRows:)`.
    public mutating func move(_ movement: ScrollMovement, itemCount: Int, visibleRows: Int) {
        self = moved(movement, itemCount: itemCount, visibleRows: visibleRows)
    }

    /// The row indices that are visible in a window of `visibleRows` rows.
    public func visibleRange(itemCount: Int, visibleRows: Int) -> Range<Int> {
        let state = clamped(itemCount: itemCount, visibleRows: visibleRows)
        let end = min(itemCount, state.offset + max(0, visibleRows))
        return state.offset..<max(state.offset, end)
    }
}
