/// One kind of clash: how it is detected and which changes can affect it.
///
/// To add a kind: write one type conforming to this protocol under `Clashes/Rules/`, give
/// it a `Settings` section in `ClashConfig`, and list it in `ClashEngine.standardRules`.
///
/// Contract, checked by the incremental-versus-full tests: for every scope `s`,
/// `evaluate(snapshot, config:, in: s)` returns exactly the clashes of
/// `evaluate(snapshot, config:, in: .everything)` that `s` contains; and after any `change`,
/// clashes outside `scope(of: change, in: newSnapshot)` are the same as before the change.
public protocol ClashRule: Sendable {
    /// The kind of clash this rule raises.
    var kind: ClashKind { get }

    /// The clashes of this kind in `snapshot` that `scope` contains.
    func evaluate(_ snapshot: ClashSnapshot, config: ClashConfig, in scope: ClashScope) -> [Clash]

    /// The clashes `change` can affect, judged on the snapshot after the change.
    func scope(of change: DataChange, in snapshot: ClashSnapshot) -> ClashScope

    /// When the rule fires and how it scores, with the numbers of `config`, for help screens.
    func helpText(config: ClashConfig) -> String
}

extension ClashRule {
    /// Every clash of this kind in `snapshot`.
    public func evaluate(_ snapshot: ClashSnapshot, config: ClashConfig) -> [Clash] {
        evaluate(snapshot, config: config, in: .everything)
    }
}
