import PerformerTensor

/// Token-by-token causal attention: the state a mechanism keeps so that generating one more
/// position does not recompute the earlier ones. `FavorDecoder` keeps FAVOR+'s prefix sums
/// (r x (dv + 1) floats per head, constant work per token); `ExactDecoder` keeps every key
/// and value (a key-value cache, work per token proportional to the context).
///
/// Shapes, row-major: `prefill` k: (batch, heads, L, headDim), v: (batch, heads, L,
/// valueDim); `step` q, k: (batch, heads, 1, headDim), v: (batch, heads, 1, valueDim), its
/// output (batch, heads, 1, valueDim). Output of the step at position t equals row t of the
/// mechanism's causal forward over positions 0...t (to Float32 rounding: the sums run in
/// another order).
public protocol AttentionDecoder: AnyObject {
    var batch: Int { get }
    var heads: Int { get }
    var headDim: Int { get }
    var valueDim: Int { get }
    /// Positions seen so far (prefilled and stepped).
    var position: Int { get }
    /// Appends L positions of keys and values without computing their outputs (a prompt
    /// whose outputs are not needed).
    func prefill(k: Tensor, v: Tensor)
    /// Appends one position (its key and value) and writes its output, attending to every
    /// position so far including itself, into `out`.
    func step(q: Tensor, k: Tensor, v: Tensor, into out: Tensor)
    /// Remembers the current state; `rewind` returns to it (timing: every sample generates
    /// from the same context).
    func mark()
    /// Returns to the state at the last `mark` (the empty state without one).
    func rewind()
}

extension AttentionDecoder {
    /// `step` into a new (batch, heads, 1, valueDim) tensor.
    public func step(q: Tensor, k: Tensor, v: Tensor) -> Tensor {
        let out = Tensor(uninitialized: [batch, heads, 1, valueDim])
        step(q: q, k: k, v: v, into: out)
        return out
    }

    /// Checks the shapes of one step's inputs and output.
    func checkStep(q: Tensor, k: Tensor, v: Tensor, out: Tensor) {
        let qk = [batch, heads, 1, headDim], vo = [batch, heads, 1, valueDim]
        precondition(q.shape == qk && k.shape == qk, "step: q \(q.shape) and k \(k.shape) must be \(qk)")
        precondition(v.shape == vo && out.shape == vo, "step: v \(v.shape) and out \(out.shape) must be \(vo)")
    }

    /// Checks the shapes of a prefill's keys and values; returns L.
    func checkPrefill(k: Tensor, v: Tensor) -> Int {
        precondition(k.rank == 4 && v.rank == 4 && Array(k.shape.prefix(2)) == [batch, heads] && k.shape[3] == headDim,
                     "prefill: k \(k.shape) must be (\(batch), \(heads), L, \(headDim))")
        precondition(v.shape == [batch, heads, k.shape[2], valueDim],
                     "prefill: v \(v.shape) must be (\(batch), \(heads), \(k.shape[2]), \(valueDim))")
        return k.shape[2]
    }
}

/// The decoder of a causal mechanism, or why there is none.
public enum Decoders {
    /// A decoder that generates what `mechanism`'s causal forward computes: FAVOR+ as its
    /// recurrence, exact (and exact-flash) softmax attention with a key-value cache holding
    /// up to `capacity` positions. Throws for mechanisms without a decoder and for
    /// bidirectional ones.
    public static func make(_ mechanism: AttentionMechanism, batch: Int, heads: Int, headDim: Int,
                            valueDim: Int, capacity: Int) throws -> AttentionDecoder {
        if let why = unsupported(mechanism) { throw DecoderError(why) }
        if let favor = mechanism as? FavorAttention {
            return FavorDecoder(favor, batch: batch, heads: heads, headDim: headDim, valueDim: valueDim)
        }
        return ExactDecoder(batch: batch, heads: heads, headDim: headDim, valueDim: valueDim, capacity: capacity)
    }

    /// Why `mechanism` has no decoder, or nil.
    public static func unsupported(_ mechanism: AttentionMechanism) -> String? {
        guard mechanism.isCausal else { return "\(mechanism.name) is bidirectional: decoding needs causal = true" }
        if let favor = mechanism as? FavorAttention { return FavorDecoder.unsupported(favor) }
        if mechanism is ExactAttention || mechanism is FlashAttention { return nil }
        return "\(mechanism.name) has no token-by-token decoder (FAVOR+ and exact attention have)"
    }

    /// Bytes a decoder of `mechanism` holds for (batch, heads, headDim, valueDim) with a
    /// capacity of `capacity` positions, its mark included.
    public static func predictedBytes(_ mechanism: AttentionMechanism, batch: Int, heads: Int, headDim: Int,
                                      valueDim: Int, capacity: Int) -> Int {
        if let favor = mechanism as? FavorAttention {
            return FavorDecoder.predictedBytes(favor, batch: batch, heads: heads, headDim: headDim, valueDim: valueDim)
        }
        return ExactDecoder.predictedBytes(batch: batch, heads: heads, headDim: headDim, valueDim: valueDim, capacity: capacity)
    }
}

/// A mechanism that cannot decode, or a decoder used beyond its capacity.
struct DecoderError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

/// Runs `body(slice)` for every (batch, head) slice of a decoder step: one slice per core
/// (each on one OpenBLAS thread) when there are several, so a step's heads run in parallel
/// as the forward's slices do; in order on the calling thread otherwise.
func forEachDecoderSlice(_ slices: Int, _ body: (Int) -> Void) {
    if slices == 1 { body(0); return }
    WorkerPool.run(slices) { s in body(s) }
}
