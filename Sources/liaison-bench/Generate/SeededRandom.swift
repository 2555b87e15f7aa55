import Foundation

/// A small, fast, reproducible random number generator (SplitMix64): the same seed gives
/// the same data on every machine and Swift version.
struct SeededRandom: RandomNumberGenerator {
    private var state: UInt64

    /// Creates a generator; `stream` derives independent sequences from one seed (e.g. one
    /// per insight index, so insights can be produced lazily in any order).
    init(seed: UInt64, stream: UInt64 = 0) {
        state = Self.mix(seed ^ Self.mix(stream &+ 0x2545_F491_4F6C_DD1D))
    }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        return Self.mix(state)
    }

    /// The SplitMix64 finaliser: a bijective scramble of 64 bits.
    private static func mix(_ value: UInt64) -> UInt64 {
        var z = value
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A uniformly chosen index in `0..<count`.
    mutating func index(_ count: Int) -> Int {
        Int(next() % UInt64(count))
    }

    /// A uniformly chosen element of a non-empty array.
    mutating func pick<T>(_ items: [T]) -> T {
        items[index(items.count)]
    }

    /// True with probability `probability`.
    mutating func chance(_ probability: Double) -> Bool {
        Double(next() >> 11) / Double(1 << 53) < probability
    }

    /// A version-4 UUID built from this generator's bits.
    mutating func uuid() -> UUID {
        let high = next()
        let low = next()
        var bytes = [UInt8](repeating: 0, count: 16)
        for index in 0..<8 {
            bytes[index] = UInt8(truncatingIfNeeded: high >> (8 * UInt64(index)))
            bytes[index + 8] = UInt8(truncatingIfNeeded: low >> (8 * UInt64(index)))
        }
        bytes[6] = (bytes[6] & 0x0F) | 0x40
        bytes[8] = (bytes[8] & 0x3F) | 0x80
        return UUID(uuid: (
            bytes[0], bytes[1], bytes[2], bytes[3], bytes[4], bytes[5], bytes[6], bytes[7],
            bytes[8], bytes[9], bytes[10], bytes[11], bytes[12], bytes[13], bytes[14], bytes[15]))
    }
}

/// Draws ranks 0..<count with probability proportional to 1 / (rank + 1)^exponent, the
/// Zipf-like shape of word frequencies in natural text.
struct ZipfSampler: Sendable {
    private let cumulative: [Double]

    /// Creates a sampler over `count` ranks.
    init(count: Int, exponent: Double = 1.0) {
        var running = 0.0
        var table: [Double] = []
        table.reserveCapacity(count)
        for rank in 0..<count {
            running += 1 / pow(Double(rank + 1), exponent)
            table.append(running)
        }
        cumulative = table.map { $0 / running }
    }

    /// One rank.
    func sample(_ random: inout SeededRandom) -> Int {
        let target = Double(random.next() >> 11) / Double(1 << 53)
        var low = 0
        var high = cumulative.count - 1
        while low < high {
            let mid = (low + high) / 2
            if cumulative[mid] < target { low = mid + 1 } else { high = mid }
        }
        return low
    }
}
