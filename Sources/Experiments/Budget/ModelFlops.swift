import Foundation
import Model

/// The flop model of the whole Transformer (paper Fig. 3): what one forward pass costs per
/// layer and token, split into the layers' dense products (Q, K, V, O projections and the
/// MLP), the attention mechanism's products and its exponentials, so the report can say
/// where a line should go (slope, Performer/X ratio) from arithmetic instead of a time
/// budget. Forward + backward is counted as 3x forward (each product has two backward
/// products of the same size).
///
/// Per token and layer (d = d_model, f = d_ff, H heads of dh, L positions):
/// - dense: 2 (3 d^2 + d^2 + 2 d f) = 8 d^2 + 4 d f flops (6.3 MFLOP for the regular model);
/// - exact: 4 L d flops (Q K^T and P V) and H L exps: grows with L;
/// - FAVOR+ with a projection to m features: 4 m d (Q' and K' projections), 2 m (d + H)
///   (state K'^T [V 1]), 2 m (d + H) (Q' state) flops and 2 m H exps (softmax kernel; none
///   for ReLU), the same at every L;
/// - FAVOR+ without a projection (ReLU on dh dims): the state products only, r = dh;
/// - identity (X): no flops;
/// plus the output head, 2 d V flops per token.
enum ModelFlops {
    /// The attention mechanism as the flop model sees it.
    enum Attention: Equatable, Sendable {
        case exact
        /// FAVOR+: `features` per head, `projected` (x W before the map), `exps` (softmax kernels).
        case favor(features: Int, projected: Bool, exps: Bool)
        case identity
        /// Anything else: forward flops of one layer's attention per token.
        case other(flopsPerToken: Double)

        /// The flop model's reading of a configuration (mechanism preset and options).
        init(_ c: Configuration) {
            let shape = c.attentionShape
            switch c.family {
            case ExactMechanism.descriptor.family: self = .exact
            case IdentityMechanism.descriptor.family: self = .identity
            case FavorMechanism.descriptor.family:
                // A validated configuration's options always parse.
                let o = try! FavorMechanism.Options(c)
                self = .favor(features: o.projection != nil ? o.features : shape.headDim, projected: o.projection != nil,
                              exps: o.kernel != .relu)
            default:
                self = .other(flopsPerToken: CostModel.forwardFlops(c) / Double(max(1, shape.batch * shape.length)))
            }
        }
    }

    /// One layer's forward cost per token: dense flops, attention flops, attention exps.
    struct PerToken: Equatable, Sendable {
        var dense: Double, attention: Double, exps: Double
    }

    /// Forward cost per token of one layer at sequence length `length`.
    static func perToken(_ m: ModelConfig, length: Int, attention: Attention) -> PerToken {
        let d = Double(m.dModel), f = Double(m.dFF), h = Double(m.heads), L = Double(length)
        let dense = 8 * d * d + 4 * d * f
        switch attention {
        case .exact: return PerToken(dense: dense, attention: 4 * L * d, exps: h * L)
        case .identity: return PerToken(dense: dense, attention: 0, exps: 0)
        case .other(let flops): return PerToken(dense: dense, attention: flops, exps: 0)
        case .favor(let r, let projected, let exps):
            let r = Double(r)
            let products = (projected ? 4 * r * d : 0) + 4 * r * (d + h)
            return PerToken(dense: dense, attention: products, exps: exps ? 2 * r * h : 0)
        }
    }

    /// Machine rates the seconds are counted at: sgemm flop/s (both cores) and exp/s (both
    /// cores). Defaults: this machine's `repro bench` (203 GFLOP/s sgemm at 4096; the layers'
    /// products of the regular model reach ~180; 4.35e9 exp/s per core).
    struct Rates: Sendable {
        var flopsPerSecond: Double, expsPerSecond: Double
        init(flopsPerSecond: Double = 1.6e11, expsPerSecond: Double = 8e9) {
            self.flopsPerSecond = flopsPerSecond; self.expsPerSecond = expsPerSecond
        }
    }

    /// Fraction of the forward cost (in seconds at `rates`) spent in attention (products and
    /// exps) at length L: 0 for X, near 0 for FAVOR+ with small m, -> 1 for exact as L grows.
    static func attentionShare(_ m: ModelConfig, length: Int, attention: Attention, rates: Rates = Rates()) -> Double {
        let p = perToken(m, length: length, attention: attention)
        let att = p.attention / rates.flopsPerSecond + p.exps / rates.expsPerSecond
        let total = att + p.dense / rates.flopsPerSecond
        return total > 0 ? att / total : 0
    }

    /// Predicted seconds of one forward pass over `tokens` tokens (batch * length).
    static func forwardSeconds(_ m: ModelConfig, tokens: Int, length: Int, attention: Attention, rates: Rates = Rates()) -> Double {
        let p = perToken(m, length: length, attention: attention)
        let perLayer = (p.dense + p.attention) / rates.flopsPerSecond + p.exps / rates.expsPerSecond
        let head = 2 * Double(m.dModel * m.vocabSize) / rates.flopsPerSecond
        return Double(tokens) * (Double(m.layers) * perLayer + head)
    }

    /// Predicted ratio of a mechanism's forward time to X's (identity) at length L: the
    /// Performer/X ratio the whole-model line tends to (forward+backward has the same ratio
    /// in this model since both scale by 3).
    static func ratioToIdentity(_ m: ModelConfig, length: Int, attention: Attention, rates: Rates = Rates()) -> Double {
        forwardSeconds(m, tokens: length, length: length, attention: attention, rates: rates)
            / forwardSeconds(m, tokens: length, length: length, attention: .identity, rates: rates)
    }

    /// Log-log slope of forward seconds between L and 2L (1 for linear, -> 2 for exact).
    static func slope(_ m: ModelConfig, length: Int, attention: Attention, rates: Rates = Rates()) -> Double {
        let a = forwardSeconds(m, tokens: length, length: length, attention: attention, rates: rates)
        let b = forwardSeconds(m, tokens: 2 * length, length: 2 * length, attention: attention, rates: rates)
        return log2(b / a)
    }
}
