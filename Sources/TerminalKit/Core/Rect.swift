/// A rectangle of terminal cells; `x`/`y` are the top-left column and row.
public struct Rect: Hashable, Sendable, CustomStringConvertible {
    public var x: Int
    public var y: Int
    public var width: Int
    public var height: Int

    /// Creates a rectangle; negative sizes are clamped to zero.
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }

    /// The rectangle with no cells at the origin.
    public static let zero = Rect(x: 0, y: 0, width: 0, height: 0)

    /// One past the last column.
    public var right: Int { x + width }
    /// One past the last row.
    public var bottom: Int { y + height }
    /// Whether the rectangle holds no cells.
    public var isEmpty: Bool { width <= 0 || height <= 0 }
    /// Number of cells covered.
    public var area: Int { width * height }

    /// The rectangle shrunk by `margin` cells on every side (never negative).
    public func inset(by margin: Int) -> Rect {
        inset(horizontal: margin, vertical: margin)
    }

    /// The rectangle shrunk by separate horizontal and vertical margins (never negative).
    public func inset(horizontal: Int, vertical: Int) -> Rect {
        let newWidth = max(0, width - 2 * horizontal)
        let newHeight = max(0, height - 2 * vertical)
        return Rect(
            x: x + min(horizontal, width / 2),
            y: y + min(vertical, height / 2),
            width: newWidth,
            height: newHeight
        )
    }

    /// The overlap of two rectangles; empty (zero size) when they do not overlap.
    public func intersection(_ other: Rect) -> Rect {
        let left = max(x, other.x)
        let top = max(y, other.y)
        let rightEdge = min(right, other.right)
        let bottomEdge = min(bottom, other.bottom)
        if rightEdge <= left || bottomEdge <= top {
            return Rect(x: left, y: top, width: 0, height: 0)
        }
        return Rect(x: left, y: top, width: rightEdge - left, height: bottomEdge - top)
    }

    /// Whether the cell at column `x`, row `y` lies inside the rectangle.
    public func contains(x px: Int, y py: Int) -> Bool {
        px >= x && px < right && py >= y && py < bottom
    }

    /// A rectangle of the given size centred inside this one (clipped to it).
    public func centered(width w: Int, height h: Int) -> Rect {
        let cw = min(max(0, w), width)
        let ch = min(max(0, h), height)
        return Rect(x: x + (width - cw) / 2, y: y + (height - ch) / 2, width: cw, height: ch)
    }

    /// A readable form such as `Rect(0,0 80x24)`.
    public var description: String { "Rect(\(x),\(y) \(width)x\(height))" }
}

/// A cell position: column `x`, row `y`.
public struct Point: Hashable, Sendable {
    public var x: Int
    public var y: Int

    /// Creates a point.
    public init(x: Int, y: Int) {
        self.x = x
        self.y = y
    }
}
