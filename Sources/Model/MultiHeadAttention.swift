import Attention
import PerformerTensor

/// Multi-head attention around any `AttentionMechanism`.
///
/// x: (batch, length, dModel). One product makes [Q K V] = x Wqkv + bqkv: (B*L, 3 dModel);
/// its column blocks are rearranged to q, k, v: (B, H, L, dHead) for the mechanism; the
/// mechanism's output (B, H, L, dHead) is merged back to (B*L, dModel) and projected,
/// y = merged Wo + bo. Wo starts scaled by `outputGain` (1/sqrt(2 layers)).
final class MultiHeadAttention {
    let qkv: Linear, out: Linear
    let mechanism: AttentionMechanism
    let heads: Int, dModel: Int
    var headDim: Int { dModel / heads }

    init(_ name: String, dModel: Int, heads: Int, mechanism: AttentionMechanism,
                outputGain: Float, rng: SeededGenerator) {
        precondition(dModel % heads == 0, "dModel \(dModel) not a multiple of heads \(heads)")
        self.dModel = dModel
        self.heads = heads
        self.mechanism = mechanism
        qkv = Linear("\(name).qkv", in: dModel, out: 3 * dModel, rng: rng)
        out = Linear("\(name).out", in: dModel, out: dModel, gain: outputGain, rng: rng)
    }

    struct Cache {
        let x: Tensor, merged: Tensor, attention: AttentionCache
    }

    func forward(_ x: Tensor) -> (Tensor, Cache) {
        let (b, l) = (x.shape[0], x.shape[1])
        let rows = b * l, d = dModel
        let fused = Tensor(uninitialized: [rows, 3 * d])
        qkv.forward(x.data, rows: rows, into: fused.data)
        let q = Tensor(uninitialized: [b, heads, l, headDim])
        let k = Tensor(uninitialized: [b, heads, l, headDim])
        let v = Tensor(uninitialized: [b, heads, l, headDim])
        split(fused, into: [q, k, v], batch: b, length: l)
        let f = GemmMeter.timeAttention { mechanism.forward(q: q, k: k, v: v) }
        let merged = Tensor(uninitialized: [b, l, d])
        merge(f.output, into: merged.data, ld: d, batch: b, length: l)
        let y = Tensor(uninitialized: [b, l, d])
        out.forward(merged.data, rows: rows, into: y.data)
        return (y, Cache(x: x, merged: merged, attention: f.cache))
    }

    /// The queries and keys (B, H, L, dHead) that `forward(x)` hands the mechanism: for
    /// reading a trained model's attention weights (the protein-attention kind).
    func queriesAndKeys(_ x: Tensor) -> (q: Tensor, k: Tensor) {
        let (b, l) = (x.shape[0], x.shape[1])
        let fused = Tensor(uninitialized: [b * l, 3 * dModel])
        qkv.forward(x.data, rows: b * l, into: fused.data)
        let q = Tensor(uninitialized: [b, heads, l, headDim])
        let k = Tensor(uninitialized: [b, heads, l, headDim])
        let v = Tensor(uninitialized: [b, heads, l, headDim])
        split(fused, into: [q, k, v], batch: b, length: l)
        return (q, k)
    }

    /// dy: (B, L, dModel); returns dx and accumulates the weights' (and mechanism's) gradients.
    /// `mechanismGrads` receives the mechanism's parameter gradients (in `parameters` order).
    func backward(_ dy: Tensor, cache c: Cache, mechanismGrads: (([Tensor]) -> Void)? = nil) -> Tensor {
        let (b, l) = (dy.shape[0], dy.shape[1])
        let rows = b * l, d = dModel
        let dMerged = Tensor(uninitialized: [b, l, d])
        out.backward(dy.data, x: c.merged.data, rows: rows, dx: dMerged.data)
        let dOut = Tensor(uninitialized: [b, heads, l, headDim])
        split(dMerged, into: [dOut], batch: b, length: l)
        let g = GemmMeter.timeAttention { mechanism.backward(dOutput: dOut, cache: c.attention) }
        mechanismGrads?(g.parameters)
        let dFused = Tensor(uninitialized: [rows, 3 * d])
        for (i, t) in [g.dQ, g.dK, g.dV].enumerated() {
            merge(t, into: dFused.data + i * d, ld: 3 * d, batch: b, length: l)
        }
        let dx = Tensor(uninitialized: [b, l, d])
        qkv.backward(dFused.data, x: c.x.data, rows: rows, dx: dx.data)
        return dx
    }

    /// Rows of `source` (B*L, parts.count * dModel) -> each part (B, H, L, dHead): part p,
    /// head h takes columns p*dModel + h*dHead ..< +dHead.
    func split(_ source: Tensor, into parts: [Tensor], batch: Int, length: Int) {
        let dh = headDim, ld = parts.count * dModel
        for (p, part) in parts.enumerated() {
            for bb in 0..<batch {
                for h in 0..<heads {
                    let dst = part.data + (bb * heads + h) * length * dh
                    let src = source.data + bb * length * ld + p * dModel + h * dh
                    for i in 0..<length { (dst + i * dh).update(from: src + i * ld, count: dh) }
                }
            }
        }
    }

    /// (B, H, L, dHead) -> rows of `dest` with leading dimension `ld`, head h at columns h*dHead.
    func merge(_ source: Tensor, into dest: UnsafeMutablePointer<Float>, ld: Int, batch: Int, length: Int) {
        let dh = headDim
        for bb in 0..<batch {
            for h in 0..<heads {
                let src = source.data + (bb * heads + h) * length * dh
                let dst = dest + bb * length * ld + h * dh
                for i in 0..<length { (dst + i * ld).update(from: src + i * dh, count: dh) }
            }
        }
    }

    var parameters: [Parameter] { qkv.parameters + out.parameters }
}
