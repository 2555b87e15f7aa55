import Foundation

extension UUID {
    /// True when this id's uppercase UUID text sorts before `other`'s. Hex digits sort like
    /// the nibbles they spell, so that order is the byte order of the 16 bytes, compared here
    /// as two big-endian words without building any text.
    func precedesInTextOrder(_ other: UUID) -> Bool {
        let (high, low) = bigEndianWords
        let (otherHigh, otherLow) = other.bigEndianWords
        return high != otherHigh ? high < otherHigh : low < otherLow
    }

    private var bigEndianWords: (UInt64, UInt64) {
        withUnsafeBytes(of: uuid) { bytes in
            (UInt64(bigEndian: bytes.loadUnaligned(as: UInt64.self)),
             UInt64(bigEndian: bytes.loadUnaligned(fromByteOffset: 8, as: UInt64.self)))
        }
    }
}
