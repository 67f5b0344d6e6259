import CKernels
import PerformerTensor

/// Exact causal softmax attention generated token by token with a key-value cache: every
/// key and value is kept, and the token at position t computes softmax(K_{0..t} q_t / sqrt(d))
/// V_{0..t} (two products of (t + 1) x d), so its work grows with the context. The output
/// equals row t of `ExactAttention(causal: true)` (and of `FlashAttention`), with the same
/// scaling and row-max subtraction.
///
/// Memory: the cache, (batch * heads, capacity, headDim + valueDim) floats, and a score row
/// of `capacity` floats per slice.
final class ExactDecoder: AttentionDecoder {
    let batch: Int, heads: Int, headDim: Int, valueDim: Int
    /// Positions the cache holds at most.
    let capacity: Int
    private(set) var position = 0
    /// (batch * heads, capacity, headDim) and (batch * heads, capacity, valueDim).
    let keys: Tensor, values: Tensor
    /// (batch * heads, capacity): the step's scores, then its softmax weights.
    let scores: Tensor
    private var marked: Int?

    /// Bytes of the cache and the score rows.
    static func predictedBytes(batch: Int, heads: Int, headDim: Int, valueDim: Int, capacity: Int) -> Int {
        4 * batch * heads * capacity * (headDim + valueDim + 1)
    }

    init(batch: Int, heads: Int, headDim: Int, valueDim: Int, capacity: Int) {
        precondition(batch > 0 && heads > 0 && headDim > 0 && valueDim > 0 && capacity > 0,
                     "ExactDecoder: sizes and capacity must be positive")
        self.batch = batch; self.heads = heads; self.headDim = headDim; self.valueDim = valueDim
        self.capacity = capacity
        keys = Tensor(uninitialized: [batch * heads, capacity, headDim])
        values = Tensor(uninitialized: [batch * heads, capacity, valueDim])
        scores = Tensor(uninitialized: [batch * heads, capacity])
    }

    func prefill(k: Tensor, v: Tensor) {
        let L = checkPrefill(k: k, v: v)
        precondition(position + L <= capacity, "ExactDecoder: \(position) + \(L) positions exceed the capacity \(capacity)")
        let (d, dv) = (headDim, valueDim)
        for s in 0..<(batch * heads) {
            (keys.data + (s * capacity + position) * d).update(from: k.data + s * L * d, count: L * d)
            (values.data + (s * capacity + position) * dv).update(from: v.data + s * L * dv, count: L * dv)
        }
        position += L
    }

    func step(q: Tensor, k: Tensor, v: Tensor, into out: Tensor) {
        checkStep(q: q, k: k, v: v, out: out)
        precondition(position < capacity, "ExactDecoder: the cache is full (capacity \(capacity))")
        let (d, dv, t) = (headDim, valueDim, position)
        let scale = 1 / Float(d).squareRoot()
        forEachDecoderSlice(batch * heads) { s in
            let ks = keys.data + s * capacity * d, vs = values.data + s * capacity * dv, p = scores.data + s * capacity
            (ks + t * d).update(from: k.data + s * d, count: d)
            (vs + t * dv).update(from: v.data + s * dv, count: dv)
            // p = softmax(q K^T / sqrt(d)) over positions 0...t; out = p V
            BLAS.gemv(transA: false, m: t + 1, n: d, a: ks, lda: d, x: q.data + s * d, y: p)
            ck_softmax_rows(p, 1, t + 1, t + 1, scale, -1)
            BLAS.gemv(transA: true, m: t + 1, n: dv, a: vs, lda: dv, x: p, y: out.data + s * dv)
        }
        position += 1
    }

    func mark() { marked = position }

    /// Drops the positions after the mark (their cached rows are overwritten by later steps).
    func rewind() { position = marked ?? 0 }
}
