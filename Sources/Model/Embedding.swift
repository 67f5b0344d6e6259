import Foundation
import PerformerTensor

/// Token embedding plus fixed sinusoidal positional encoding.
///
/// tokens: (batch, length) byte values 0..<vocab as Int32, row-major; output: (batch, length,
/// dModel) with out[b, l] = table[tokens[b, l]] + PE[l], PE[l, 2i] = sin(l / 10000^(2i/d)),
/// PE[l, 2i+1] = cos(l / 10000^(2i/d)). The table is initialised N(0, 1).
final class Embedding {
    /// (vocab, dModel)
    let table: Parameter
    let dModel: Int
    private var positional: Tensor?

    init(vocab: Int, dModel: Int, rng: SeededGenerator, name: String = "embedding") {
        self.dModel = dModel
        table = Parameter("\(name).table", rng.initialised("\(name).table", shape: [vocab, dModel], std: 1))
    }

    /// PE for at least `length` positions: (length, dModel); computed once, in Double.
    func positionalEncoding(length: Int) -> Tensor {
        if let p = positional, p.shape[0] >= length { return p }
        let p = Tensor(uninitialized: [length, dModel])
        for pos in 0..<length {
            for i in stride(from: 0, to: dModel, by: 2) {
                let angle = Double(pos) / pow(10000, Double(i) / Double(dModel))
                p.data[pos * dModel + i] = Float(sin(angle))
                if i + 1 < dModel { p.data[pos * dModel + i + 1] = Float(cos(angle)) }
            }
        }
        positional = p
        return p
    }

    struct Cache { let tokens: [Int32] }

    /// tokens: batch * length values; returns (batch, length, dModel).
    func forward(tokens: [Int32], batch: Int, length: Int) -> (Tensor, Cache) {
        precondition(tokens.count == batch * length, "\(tokens.count) tokens for \(batch) x \(length)")
        let d = dModel, vocab = table.shape[0]
        let pe = positionalEncoding(length: length)
        let out = Tensor(uninitialized: [batch, length, d])
        tokens.withUnsafeBufferPointer { tok in
            for r in 0..<(batch * length) {
                let t = Int(tok[r])
                precondition(t >= 0 && t < vocab, "token \(t) outside the vocabulary 0..<\(vocab)")
                let src = table.value.data + t * d, pos = pe.data + (r % length) * d, dst = out.data + r * d
                for j in 0..<d { dst[j] = src[j] + pos[j] }
            }
        }
        return (out, Cache(tokens: tokens))
    }

    /// dOutput: (batch, length, dModel); accumulates into the table's gradient.
    func backward(dOutput: Tensor, cache: Cache) {
        let d = dModel
        for (r, t) in cache.tokens.enumerated() {
            BLAS.axpy(n: d, alpha: 1, x: dOutput.data + r * d, y: table.grad.data + Int(t) * d)
        }
    }

    var parameters: [Parameter] { [table] }
}
