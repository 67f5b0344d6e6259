import Attention
import Model

/// Predicted peak bytes of a whole Transformer LM pass, as MemoryLedger measures it (bytes of
/// live tensors), for the memory budget of the `model-timing` and `transfer` kinds.
///
/// The prediction replays the passes' allocations in order (`Tally`), tensor by tensor as
/// the layers make them (TransformerLM, TransformerBlock, LayerNorm, MultiHeadAttention,
/// FeedForward, CrossEntropy), and takes the largest running total:
/// - always: parameters and their gradients (Parameter allocates both), the embedding's
///   positional table (L, d_model), plus Adam's two moments with `optimizer`;
/// - `backward: false` (TransformerLM.logits, inference): one layer's tensors at a time
///   (each block's cache is dropped when the next layer starts), then h and the logits;
/// - `backward: true` (forward, cross-entropy, backward): every layer's cache stays until the
///   backward pass ends (x, LayerNorm statistics, LN outputs, q/k/v when the mechanism keeps
///   them, the mechanism's cache, merged heads, the residual, the MLP's pre-activation and
///   activation), logits and dLogits, then one block's backward temporaries on top.
/// The mechanism's own bytes come from `predictedExtraBytes`: its forward figure is what one
/// call keeps (cache and output; its forward scratch counted as kept unless the mechanism
/// reports it as `TransientForwardScratch`, which is then counted during the call only), the
/// difference between its forward+backward figure and what the call keeps is its backward
/// temporaries (gradients and scratch).
/// Temporaries are taken as freed when the function that made them returns.
enum ModelMemory {
    /// Peak bytes of `backward ? forward+loss+backward : inference forward` at (batch, length).
    static func predictedBytes(_ config: ModelConfig, batch: Int, length: Int, mechanisms: [any AttentionMechanism],
                                      backward: Bool, optimizer: Bool = false) -> Int {
        let mechanismParams = mechanisms.reduce(0) { $0 + $1.parameters.reduce(0) { $0 + $1.tensor.count } }
        let params = config.weightCount + mechanismParams
        let T = batch * length, d = config.dModel, f = config.dFF, V = config.vocabSize
        let shape = AttentionShape(batch: batch, heads: config.heads, length: length, headDim: config.headDim)
        var t = Tally()
        t.alloc(4 * params * (optimizer ? 4 : 2))
        t.alloc(4 * length * d)                                   // positional table (kept by Embedding)
        func fl(_ n: Int) -> Int { 4 * n }
        t.alloc(fl(T * d))                                        // embedding output x0
        for m in mechanisms {
            let identity = m is IdentityAttention
            let scratch = identity ? 0 : forwardScratch(m, shape)
            let mechKept = identity ? 0 : m.predictedExtraBytes(shape, backward: false) - scratch
            let before = t.current
            t.alloc(fl(2 * T + T * d))                            // ln1: mean, rstd, n1
            t.alloc(fl(3 * T * d))                                // fused [Q K V]
            t.alloc(fl(3 * T * d))                                // q, k, v (B, H, L, dh)
            t.alloc(mechKept + scratch + (identity ? fl(T * d) : 0)) // mechanism cache + output (+ its scratch)
            t.free(scratch)                                       // transient scratch freed on return
            t.alloc(fl(2 * T * d))                                // merged, y
            t.free(fl(3 * T * d))                                 // fused freed on return
            if identity { t.free(fl(4 * T * d)) }                 // identity keeps neither q, k, v nor its output
            t.alloc(fl(2 * T + T * d))                            // ln2: mean, rstd, n2
            t.alloc(fl(2 * T * f))                                // MLP pre, act
            t.alloc(fl(T * d))                                    // block output (next x)
            let layerBytes = t.current - before - fl(T * d)       // what the cache holds besides the output
            if !backward { t.free(layerBytes + fl(T * d)) }       // inference drops the cache and the input x
        }
        t.alloc(fl(2 * T + T * d))                                // final LayerNorm: mean, rstd, h
        t.alloc(fl(T * V))                                        // logits
        guard backward else { return t.peak }
        t.alloc(fl(T * V))                                        // dLogits
        t.alloc(fl(2 * T * d))                                    // dh, finalNorm dx
        for m in mechanisms.reversed() {
            let identity = m is IdentityAttention
            let mechKept = identity ? fl(T * d) : m.predictedExtraBytes(shape, backward: false) - forwardScratch(m, shape)
            let mechBackward = max(0, m.predictedExtraBytes(shape, backward: true) - mechKept)
            let start = t.current
            t.alloc(fl(T * f + T * d))                            // MLP: dHidden, dx
            t.free(fl(T * f))
            t.alloc(fl(T * d))                                    // ln2 backward: dy
            t.free(fl(T * d))                                     // MLP dx
            t.alloc(fl(2 * T * d))                                // dMerged, dOut
            t.alloc(mechBackward)                                 // dQ, dK, dV and scratch
            t.alloc(fl(3 * T * d + T * d))                        // dFused, dx
            t.free(mechBackward + fl(5 * T * d))                  // back to dy and the attention dx
            t.alloc(fl(T * d))                                    // ln1 backward dx
            t.free(t.current - start - fl(T * d))                 // the block returns dx only
            t.free(fl(T * d))                                     // the previous dx is released
        }
        return t.peak
    }

    /// Peak bytes of the `model-timing` configuration: the larger of its two passes.
    static func predictedBytes(_ config: ModelConfig, batch: Int, length: Int, mechanisms: [any AttentionMechanism]) -> Int {
        max(predictedBytes(config, batch: batch, length: length, mechanisms: mechanisms, backward: false),
            predictedBytes(config, batch: batch, length: length, mechanisms: mechanisms, backward: true))
    }

    /// Bytes of `m`'s forward scratch that the call frees before returning (0 unless it says so).
    static func forwardScratch(_ m: any AttentionMechanism, _ s: AttentionShape) -> Int {
        (m as? TransientForwardScratch)?.predictedForwardScratchBytes(s) ?? 0
    }

    /// A running byte total and its largest value.
    struct Tally {
        var current = 0, peak = 0
        mutating func alloc(_ bytes: Int) { current += bytes; peak = max(peak, current) }
        mutating func free(_ bytes: Int) { current -= bytes }
    }
}
