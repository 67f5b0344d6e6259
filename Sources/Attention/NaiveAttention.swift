import PerformerTensor

/// Plain-loop Float64 references that the fast mechanisms are tested against.
public enum NaiveAttention {
    /// Exact softmax attention in Float64 by the definition: for each (batch, head) and row i,
    /// out_i = sum_j softmax_j(q_i . k_j / sqrt(d)) v_j, over j <= i when `causal`.
    /// q, k: (B, H, L, d); v: (B, H, L, dv); returns (B, H, L, dv) values in Float64.
    public static func exact(q: Tensor, k: Tensor, v: Tensor, causal: Bool) -> [Double] {
        let s = attentionShape(q: q, k: k, v: v)
        let (L, d, dv) = (s.length, s.headDim, s.valueDim)
        var out = [Double](repeating: 0, count: s.batch * s.heads * L * dv)
        let scale = 1 / Double(d).squareRoot()
        for bh in 0..<(s.batch * s.heads) {
            for i in 0..<L {
                let jMax = causal ? i : L - 1
                var scores = [Double](repeating: 0, count: jMax + 1)
                for j in 0...jMax {
                    var dot = 0.0
                    for t in 0..<d { dot += Double(q.data[(bh * L + i) * d + t]) * Double(k.data[(bh * L + j) * d + t]) }
                    scores[j] = dot * scale
                }
                let m = scores.max()!
                var z = 0.0
                for j in 0...jMax { scores[j] = ScalarMath.exp(scores[j] - m); z += scores[j] }
                for j in 0...jMax {
                    let w = scores[j] / z
                    for t in 0..<dv { out[(bh * L + i) * dv + t] += w * Double(v.data[(bh * L + j) * dv + t]) }
                }
            }
        }
        return out
    }
}
