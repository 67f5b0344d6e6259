import Attention
import PerformerTensor

/// A pre-LayerNorm Transformer block:
///   y = x + Attention(LN1(x));  z = y + MLP(LN2(y)).
/// x, z: (batch, length, dModel). The attention mechanism's own parameters (Linformer's E,
/// F) are exposed as "layers.i.attention.NAME", sharing the mechanism's storage.
final class TransformerBlock {
    let ln1: LayerNorm, attention: MultiHeadAttention, ln2: LayerNorm, mlp: FeedForward
    /// The mechanism's parameters, wrapped (same storage), in the mechanism's order.
    let mechanismParameters: [Parameter]

    init(index: Int, config: ModelConfig, mechanism: AttentionMechanism, rng: SeededGenerator) {
        let name = "layers.\(index)"
        let gain = 1 / Float(2 * max(config.layers, 1)).squareRoot()
        ln1 = LayerNorm("\(name).ln1", d: config.dModel, eps: config.layerNormEps)
        attention = MultiHeadAttention("\(name).attention", dModel: config.dModel, heads: config.heads,
                                       mechanism: mechanism, outputGain: gain, rng: rng)
        ln2 = LayerNorm("\(name).ln2", d: config.dModel, eps: config.layerNormEps)
        mlp = FeedForward("\(name).mlp", dModel: config.dModel, dFF: config.dFF,
                          activation: config.activation, outputGain: gain, rng: rng)
        mechanismParameters = mechanism.parameters.map { Parameter("\(name).attention.\($0.name)", $0.tensor) }
    }

    struct Cache {
        let ln1: LayerNorm.Cache, attention: MultiHeadAttention.Cache
        let ln2: LayerNorm.Cache, mlp: FeedForward.Cache
    }

    func forward(_ x: Tensor) -> (Tensor, Cache) {
        let (n1, c1) = ln1.forward(x)
        let (a, ca) = attention.forward(n1)
        let y = a
        BLAS.axpy(n: x.count, alpha: 1, x: x.data, y: y.data)          // y = x + attention
        let (n2, c2) = ln2.forward(y)
        let (m, cm) = mlp.forward(n2)
        BLAS.axpy(n: y.count, alpha: 1, x: y.data, y: m.data)          // z = y + mlp
        return (m, Cache(ln1: c1, attention: ca, ln2: c2, mlp: cm))
    }

    /// dz: (B, L, dModel); returns dx, accumulating every parameter gradient.
    func backward(_ dz: Tensor, cache c: Cache) -> Tensor {
        let dy = ln2.backward(mlp.backward(dz, cache: c.mlp), cache: c.ln2)
        BLAS.axpy(n: dz.count, alpha: 1, x: dz.data, y: dy.data)
        let dx = ln1.backward(attention.backward(dy, cache: c.attention, mechanismGrads: { grads in
            precondition(grads.count == self.mechanismParameters.count,
                         "mechanism returned \(grads.count) parameter gradients for \(self.mechanismParameters.count) parameters")
            for (p, g) in zip(self.mechanismParameters, grads) {
                precondition(p.shape == g.shape, "gradient \(g.shape) for \(p.name) \(p.shape)")
                BLAS.axpy(n: g.count, alpha: 1, x: g.data, y: p.grad.data)
            }
        }), cache: c.ln1)
        BLAS.axpy(n: dy.count, alpha: 1, x: dy.data, y: dx.data)
        return dx
    }

    var parameters: [Parameter] {
        ln1.parameters + attention.parameters + mechanismParameters + ln2.parameters + mlp.parameters
    }
}
