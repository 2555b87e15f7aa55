/// Splits rectangles into rows or columns by constraints.
public enum Layout {
    /// Divides `area` along `direction` into one rect per constraint, `spacing` cells apart.
    ///
    /// Deterministic and never negative: fixed, percentage and min sizes are assigned first;
    /// if they overflow, segments are shrunk from the last one backwards. Leftover space goes
    /// to `fill` segments by weight (rounding remainders one cell each, first to last); with
    /// no fill segment it is shared by `min` segments; otherwise it stays unused at the end.
    public static func split(
        _ area: Rect, direction: Direction, constraints: [Constraint], spacing: Int = 0
    ) -> [Rect] {
        guard !constraints.isEmpty else { return [] }
        let length = direction == .horizontal ? area.width : area.height
        let gaps = max(0, spacing) * (constraints.count - 1)
        let available = max(0, length - gaps)
        let sizes = sizes(for: constraints, available: available)
        var rects: [Rect] = []
        rects.reserveCapacity(sizes.count)
        var offset = 0
        for size in sizes {
            let start = min(offset, length)
            let clamped = max(0, min(size, length - start))
            switch direction {
            case .horizontal:
                rects.append(Rect(x: area.x + start, y: area.y, width: clamped, height: area.height))
            case .vertical:
                rects.append(Rect(x: area.x, y: area.y + start, width: area.width, height: clamped))
            }
            offset += size + max(0, spacing)
        }
        return rects
    }

    /// The size of each segment for `available` cells.
    static func sizes(for constraints: [Constraint], available: Int) -> [Int] {
        var sizes = constraints.map { constraint -> Int in
            switch constraint {
            case .fixed(let n): return max(0, n)
            case .percentage(let p): return available * min(100, max(0, p)) / 100
            case .min(let n): return max(0, n)
            case .fill: return 0
            }
        }
        var overflow = sizes.reduce(0, +) - available
        var index = sizes.count - 1
        while overflow > 0, index >= 0 {
            let cut = min(overflow, sizes[index])
            sizes[index] -= cut
            overflow -= cut
            index -= 1
        }
        let leftover = max(0, available - sizes.reduce(0, +))
        guard leftover > 0 else { return sizes }
        let fillWeights = constraints.enumerated().compactMap { item -> (Int, Int)? in
            if case .fill(let weight) = item.element { return (item.offset, max(0, weight)) }
            return nil
        }
        if !fillWeights.isEmpty {
            distribute(leftover, over: fillWeights, into: &sizes)
        } else {
            let mins = constraints.enumerated().compactMap { item -> (Int, Int)? in
                if case .min = item.element { return (item.offset, 1) }
                return nil
            }
            if !mins.isEmpty { distribute(leftover, over: mins, into: &sizes) }
        }
        return sizes
    }

    /// Shares `amount` by weight; remainders go one cell each to the first segments.
    private static func distribute(_ amount: Int, over weights: [(index: Int, weight: Int)], into sizes: inout [Int]) {
        let totalWeight = weights.reduce(0) { $0 + $1.weight }
        var given = 0
        if totalWeight > 0 {
            for (index, weight) in weights {
                let share = amount * weight / totalWeight
                sizes[index] += share
                given += share
            }
        }
        var remainder = amount - given
        var cursor = 0
        let receivers = totalWeight > 0 ? weights.filter { $0.weight > 0 } : weights
        while remainder > 0, !receivers.isEmpty {
            sizes[receivers[cursor % receivers.count].index] += 1
            remainder -= 1
            cursor += 1
        }
    }
}
