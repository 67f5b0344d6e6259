import Foundation

/// FNV-1a, 64 bits: the package's one non-cryptographic hash (checkpoint checksums, spec and
/// configuration keys, named random streams). Stable across runs and machines.
public enum FNV1a {
    @usableFromInline static let offsetBasis: UInt64 = 0xCBF2_9CE4_8422_2325
    @usableFromInline static let prime: UInt64 = 0x0000_0100_0000_01B3

    @inlinable
    public static func hash64<S: Sequence>(_ bytes: S) -> UInt64 where S.Element == UInt8 {
        var h = offsetBasis
        for b in bytes { h = (h ^ UInt64(b)) &* prime }
        return h
    }

    /// `hash64` of the UTF-8 bytes of `text` as 16 lowercase hex digits.
    public static func hex(_ text: String) -> String {
        let hex = String(hash64(text.utf8), radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}
