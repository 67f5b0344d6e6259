import CKernels
import PerformerTensor

/// Next-token cross-entropy, accuracy and bits per byte.
public struct LossStats: Equatable, Sendable {
    /// Mean cross-entropy per predicted token, in nats.
    public var loss: Double
    /// Fraction of tokens whose most likely prediction is the target.
    public var accuracy: Double
    /// Tokens predicted.
    public var tokens: Int
    /// Bits per byte = loss / ln 2 (one token is one byte).
    var bitsPerByte: Double { loss / 0.6931471805599453 }

    public init(loss: Double, accuracy: Double, tokens: Int) {
        self.loss = loss; self.accuracy = accuracy; self.tokens = tokens
    }
}

public enum CrossEntropy {
    /// logits: (rows, vocab); targets: rows values, negative for positions that do not count
    /// (masked LM). Returns the mean loss and accuracy over counted rows, and when `gradient`
    /// is true dLoss/dLogits (rows, vocab) of that mean (zero on ignored rows).
    public static func evaluate(logits: Tensor, targets: [Int32], gradient: Bool) -> (LossStats, Tensor?) {
        let vocab = logits.shape.last!, rows = logits.count / vocab
        precondition(targets.count == rows, "\(targets.count) targets for \(rows) rows")
        precondition(targets.allSatisfy { Int($0) < vocab }, "target outside 0..<\(vocab)")
        let counted = targets.reduce(0) { $0 + ($1 >= 0 ? 1 : 0) }
        let d = gradient ? Tensor(uninitialized: logits.shape) : nil
        let chunks = WorkerPool.chunkCount(rows, minChunk: 32)
        var sums = [Double](repeating: 0, count: chunks)
        var right = [Int](repeating: 0, count: chunks)
        let scale = 1 / Float(max(counted, 1))
        targets.withUnsafeBufferPointer { t in
            sums.withUnsafeMutableBufferPointer { s in
                right.withUnsafeMutableBufferPointer { r in
                    let (sp, rp) = (s.baseAddress!, r.baseAddress!)
                    WorkerPool.forEachChunk(rows, minChunk: 32) { c, a, b in
                        ck_cross_entropy_rows(logits.data + a * vocab, t.baseAddress! + a,
                                              d.map { $0.data + a * vocab }, b - a, vocab, scale,
                                              sp + c, rp + c)
                    }
                }
            }
        }
        let n = Double(max(counted, 1))
        let stats = LossStats(loss: sums.reduce(0, +) / n, accuracy: Double(right.reduce(0, +)) / n, tokens: counted)
        return (stats, d)
    }
}
