import LiaisonCore

/// One line of the side-by-side plan view: the regional plan on the left, the national plan
/// on the right. Objective lines carry the objective Enter opens.
struct ComparisonRow: Hashable, Sendable {
    enum Kind: Hashable, Sendable {
        /// A section title spanning both sides.
        case heading
        /// An objective line (left regional, right national rank).
        case objective
        case detail
    }

    var kind: Kind
    var left: String
    /// A short mark at the end of the left side: ↑2, ↓1, =, not in national.
    var leftMark: String?
    var right: String
    /// A short mark at the end of the right side: left out.
    var rightMark: String?
    /// The objective Enter shows insights for (the regional one, else the national one).
    var objective: Objective?

    static func heading(_ title: String, right: String = "") -> ComparisonRow {
        ComparisonRow(kind: .heading, left: title, right: right)
    }

    static func detail(_ left: String, _ right: String, leftMark: String? = nil, rightMark: String? = nil) -> ComparisonRow {
        ComparisonRow(kind: .detail, left: left, leftMark: leftMark, right: right, rightMark: rightMark)
    }
}
