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

/// Random windows of `length` + 1 bytes from a byte sequence, drawn from a seeded stream, so
/// the same seed gives the same batches.
public struct BatchSampler {
    public let bytes: [UInt8]
    public let batch: Int, length: Int
    public private(set) var rng: SeededGenerator

    public init(bytes: [UInt8], batch: Int, length: Int, seed: UInt64) throws {
        guard bytes.count > length + 1 else {
            throw ModelError.corpus("\(bytes.count) bytes are too few for windows of length \(length) + 1")
        }
        self.bytes = bytes; self.batch = batch; self.length = length
        rng = SeededGenerator(seed: seed)
    }

    /// The next batch of `batch` windows at uniformly random starts.
    public mutating func next() -> TokenBatch {
        let span = bytes.count - length - 1
        let starts = (0..<batch).map { _ in rng.nextInt(below: span) }
        return TokenBatch(bytes: bytes, starts: starts, length: length)
    }
}
