/// The project's one source of randomness: xoshiro256** (Blackman and Vigna, 2018), seeded
/// through SplitMix64, with Gaussians by the Box-Muller transform.
///
/// The same seed gives the same stream on every run and machine. Derive independent streams
/// for sub-tasks with `derive(_:)` (a hash of the parent seed and a label), so adding a draw
/// in one place does not shift the numbers drawn elsewhere.
public struct SeededGenerator: RandomNumberGenerator {
    private var s0: UInt64, s1: UInt64, s2: UInt64, s3: UInt64
    /// The seed this stream was created from.
    public let seed: UInt64
    private var spareGaussian: Double?

    /// A stream seeded with `seed`: the four state words are successive SplitMix64 outputs.
    public init(seed: UInt64) {
        self.seed = seed
        var sm = seed
        s0 = SeededGenerator.splitMix64(&sm)
        s1 = SeededGenerator.splitMix64(&sm)
        s2 = SeededGenerator.splitMix64(&sm)
        s3 = SeededGenerator.splitMix64(&sm)
    }

    /// SplitMix64 (Steele, Lea and Flood): advances `state` and returns a well-mixed word.
    static func splitMix64(_ state: inout UInt64) -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    /// A new independent stream named by `label`, seeded from this stream's seed (not its state).
    public func derive(_ label: UInt64) -> SeededGenerator {
        var h = seed ^ (label &* 0xD1B5_4A32_D192_ED03)
        return SeededGenerator(seed: SeededGenerator.splitMix64(&h))
    }

    /// A new independent stream named by a string label (FNV-1a hash of its UTF-8 bytes).
    public func derive(_ label: String) -> SeededGenerator {
        derive(FNV1a.hash64(label.utf8))
    }

    /// The next 64 random bits (xoshiro256**).
    public mutating func next() -> UInt64 {
        let result = rotl(s1 &* 5, 7) &* 9
        let t = s1 << 17
        s2 ^= s0
        s3 ^= s1
        s1 ^= s2
        s0 ^= s3
        s2 ^= t
        s3 = rotl(s3, 45)
        return result
    }

    @inline(__always) private func rotl(_ x: UInt64, _ k: UInt64) -> UInt64 { (x << k) | (x >> (64 - k)) }

    /// Uniform in [0, 1) with 53 random bits.
    public mutating func nextUniform() -> Double { Double(next() >> 11) * 0x1.0p-53 }

    /// Uniform integer in 0..<n (n > 0), without modulo bias.
    public mutating func nextInt(below n: Int) -> Int {
        precondition(n > 0, "nextInt(below:) needs n > 0")
        return Int(next(upperBound: UInt64(n)))
    }

    /// A standard normal draw (Box-Muller; the second value of each pair is kept for the next call).
    public mutating func nextGaussian() -> Double {
        if let g = spareGaussian { spareGaussian = nil; return g }
        var u1 = nextUniform()
        while u1 <= 0 { u1 = nextUniform() }
        let u2 = nextUniform()
        let r = (-2 * ScalarMath.log(u1)).squareRoot()
        let theta = 2 * Double.pi * u2
        spareGaussian = r * ScalarMath.sin(theta)
        return r * ScalarMath.cos(theta)
    }

    /// Fills `count` floats at `pointer` with N(mean, std^2) draws.
    public mutating func fillGaussian(_ pointer: UnsafeMutablePointer<Float>, count: Int, mean: Float = 0, std: Float = 1) {
        for i in 0..<count { pointer[i] = mean + std * Float(nextGaussian()) }
    }

    /// Fills `count` floats at `pointer` with uniform draws in [low, high).
    mutating func fillUniform(_ pointer: UnsafeMutablePointer<Float>, count: Int, low: Float, high: Float) {
        for i in 0..<count { pointer[i] = low + (high - low) * Float(nextUniform()) }
    }
}

extension Tensor {
    /// A tensor of N(mean, std^2) draws from `rng`.
    public static func gaussian(_ shape: [Int], mean: Float = 0, std: Float = 1, rng: inout SeededGenerator) -> Tensor {
        let t = Tensor(uninitialized: shape)
        rng.fillGaussian(t.data, count: t.count, mean: mean, std: std)
        return t
    }

    /// A tensor of uniform draws in [low, high) from `rng`.
    public static func uniform(_ shape: [Int], low: Float, high: Float, rng: inout SeededGenerator) -> Tensor {
        let t = Tensor(uninitialized: shape)
        rng.fillUniform(t.data, count: t.count, low: low, high: high)
        return t
    }
}
