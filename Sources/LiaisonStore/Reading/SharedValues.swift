/// Hands out one stored instance per distinct value, so equal strings, lists and dictionaries
/// read for many rows share one heap buffer instead of each holding a copy. Values stay
/// equal to what was passed in; only their storage is shared. Used while a result is built,
/// then dropped.
struct SharedValues<Value: Hashable> {
    private var pool: Set<Value> = []

    /// The stored instance equal to `value`, storing `value` first when it is new.
    mutating func shared(_ value: Value) -> Value {
        pool.insert(value).memberAfterInsert
    }

    /// `shared(_:)` for an optional value.
    mutating func shared(_ value: Value?) -> Value? {
        value.map { shared($0) }
    }
}
