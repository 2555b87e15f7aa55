/// A value that draws itself into a region of a buffer.
public protocol Widget {
    /// Draws into `area` of `buffer`; must not touch cells outside `area`.
    func render(in area: Rect, buffer: inout Buffer)
}
