import PerformerTensor

/// A batch of next-token examples: inputs[b, l] predicts targets[b, l] = the byte after it.
/// Both are (batch, length) Int32, row-major.
public struct TokenBatch: Sendable {
    public let inputs: [Int32]
    public let targets: [Int32]
    public let batch: Int, length: Int

    public init(inputs: [Int32], targets: [Int32], batch: Int, length: Int) {
        precondition(inputs.count == batch * length && targets.count == batch * length)
        self.inputs = inputs; self.targets = targets; self.batch = batch; self.length = length
    }

    /// Windows starting at `starts` of `bytes`: inputs bytes[s ..< s+L], targets bytes[s+1 ... s+L].
    public init(bytes: [UInt8], starts: [Int], length: Int) {
        var inputs = [Int32](), targets = [Int32]()
        inputs.reserveCapacity(starts.count * length)
        targets.reserveCapacity(starts.count * length)
        for s in starts {
            precondition(s >= 0 && s + length < bytes.count, "window \(s)..<\(s + length + 1) outside \(bytes.count) bytes")
            for i in 0..<length {
                inputs.append(Int32(bytes[s + i]))
                targets.append(Int32(bytes[s + i + 1]))
            }
        }
        self.init(inputs: inputs, targets: targets, batch: starts.count, length: length)
    }
}

/// What a batch asks the model to predict.
public enum Objective: Codable, Equatable, Sendable {
    /// Causal LM: every position predicts the next byte.
    case nextToken
    /// Masked LM (for bidirectional models): each position is masked with probability
    /// `rate` (its input replaced by `maskToken`, byte 0, which plain text does not use) and
    /// only masked positions are predicted (their original byte); others have target -1.
    case masked(rate: Double)

    static let maskToken: Int32 = 0
}

extension TokenBatch {
    /// A masked-LM batch from windows of `length` at `starts`: masks drawn from `rng`; at
    /// least one position per window is masked so every window counts.
    public init(bytes: [UInt8], starts: [Int], length: Int, maskRate: Double, rng: inout SeededGenerator) {
        var inputs = [Int32](), targets = [Int32]()
        for s in starts {
            precondition(s >= 0 && s + length <= bytes.count, "window \(s)..<\(s + length) outside \(bytes.count) bytes")
            let forced = rng.nextInt(below: length)
            for i in 0..<length {
                let byte = Int32(bytes[s + i])
                if i == forced || rng.nextUniform() < maskRate {
                    inputs.append(Objective.maskToken); targets.append(byte)
                } else {
                    inputs.append(byte); targets.append(-1)
                }
            }
        }
        self.init(inputs: inputs, targets: targets, batch: starts.count, length: length)
    }

    /// A batch for `objective` from windows at `starts` (`rng` draws the masks).
    public init(bytes: [UInt8], starts: [Int], length: Int, objective: Objective, rng: inout SeededGenerator) {
        switch objective {
        case .nextToken: self.init(bytes: bytes, starts: starts, length: length)
        case .masked(let rate): self.init(bytes: bytes, starts: starts, length: length, maskRate: rate, rng: &rng)
        }
    }
}

/// Random windows of `length` + 1 bytes from a byte sequence, drawn from a seeded stream, so
/// the same seed gives the same batches.
public struct BatchSampler {
    public let bytes: [UInt8]
    public let batch: Int, length: Int
    public let objective: Objective
    private(set) var rng: SeededGenerator
    private var maskRng: SeededGenerator

    public init(bytes: [UInt8], batch: Int, length: Int, seed: UInt64, objective: Objective = .nextToken) throws {
        guard bytes.count > length + 1 else {
            throw ModelError.corpus("\(bytes.count) bytes are too few for windows of length \(length) + 1")
        }
        self.bytes = bytes; self.batch = batch; self.length = length; self.objective = objective
        rng = SeededGenerator(seed: seed)
        maskRng = rng.derive("masks")
    }

    /// The next batch of `batch` windows at uniformly random starts.
    public mutating func next() -> TokenBatch {
        let span = bytes.count - length - 1
        let starts = (0..<batch).map { _ in rng.nextInt(below: span) }
        return TokenBatch(bytes: bytes, starts: starts, length: length, objective: objective, rng: &maskRng)
    }
}
