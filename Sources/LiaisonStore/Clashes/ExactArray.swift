/// Array helpers for values a long-lived snapshot keeps.
enum ExactArray {
    /// The elements of `source` in a buffer sized for exactly their count: an array grown by
    /// `append` keeps up to twice the room it needs.
    static func copy<Element>(_ source: [Element]) -> [Element] {
        guard !source.isEmpty else { return [] }
        return [Element](unsafeUninitializedCapacity: source.count) { buffer, count in
            count = buffer.initialize(fromContentsOf: source)
        }
    }
}
