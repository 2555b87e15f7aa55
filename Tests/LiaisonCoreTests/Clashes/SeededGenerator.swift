import Foundation

/// SplitMix64: a small deterministic generator so randomised tests replay exactly.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A UUID drawn from the generator.
    mutating func uuid() -> UUID {
        let high = next()
        let low = next()
        let text = String(format: "%08X-%04X-%04X-%04X-%012llX",
                          UInt32(truncatingIfNeeded: high >> 32), UInt16(truncatingIfNeeded: high >> 16),
                          UInt16(truncatingIfNeeded: high), UInt16(truncatingIfNeeded: low >> 48),
                          low & 0xFFFF_FFFF_FFFF)
        return UUID(uuidString: text)!
    }

    /// True with probability `p`.
    mutating func chance(_ p: Double) -> Bool { Double.random(in: 0..<1, using: &self) < p }
}
