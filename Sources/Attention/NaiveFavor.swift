import PerformerTensor

/// Plain-loop Float64 reference of FAVOR+ attention with a given projection, for tests.
public enum NaiveFavor {
    /// Output (B, H, L, dv) of FAVOR+ in Float64 by its definition, without stabilizer (it
    /// cancels): phi from `FeatureMaps.evaluate` (data scaled by d^(-1/4) for softmax-kernel
    /// maps), then for each row i: N_i = sum_j (q'_i . k'_j) v_j, D_i = sum_j q'_i . k'_j over
    /// all j (bidirectional) or j <= i (causal, as a running prefix state
    /// S_i = S_{i-1} + k'_i v_i^T, z_i = z_{i-1} + k'_i); out_i = N_i / guard(D_i), or N_i when
    /// `renormalize` is false. guard(D) = D + 2 eps when |D| <= eps, eps = denominatorGuard.eps(kind).
    public static func attention(
        q: Tensor, k: Tensor, v: Tensor, projection w: Tensor?, featureMap kind: FeatureMapKind,
        causal: Bool, renormalize: Bool = true, useProjection: Bool = false, epsilon: Double = 1e-3,
        denominatorGuard: DenominatorGuard = .underflow
    ) -> [Double] {
        let s = attentionShape(q: q, k: k, v: v)
        let (L, d, dv) = (s.length, s.headDim, s.valueDim)
        let scale = kind.isSoftmaxKernel ? 1 / Double(d).squareRoot().squareRoot() : 1
        var out = [Double](repeating: 0, count: s.batch * s.heads * L * dv)
        for bh in 0..<(s.batch * s.heads) {
            func rows(_ t: Tensor, _ dim: Int) -> [Double] { (0..<(L * dim)).map { Double(t.data[bh * L * dim + $0]) } }
            let qf = FeatureMaps.evaluate(kind, x: rows(q, d), count: L, dim: d, projection: w,
                                          useProjection: useProjection, epsilon: epsilon, dataScale: scale)
            let kf = FeatureMaps.evaluate(kind, x: rows(k, d), count: L, dim: d, projection: w,
                                          useProjection: useProjection, epsilon: epsilon, dataScale: scale)
            let vh = rows(v, dv)
            let r = qf.count / L
            var state = [Double](repeating: 0, count: r * dv), z = [Double](repeating: 0, count: r)
            func add(_ j: Int) {
                for a in 0..<r {
                    z[a] += kf[j * r + a]
                    for t in 0..<dv { state[a * dv + t] += kf[j * r + a] * vh[j * dv + t] }
                }
            }
            if !causal { for j in 0..<L { add(j) } }
            for i in 0..<L {
                if causal { add(i) }
                var den = 0.0
                var num = [Double](repeating: 0, count: dv)
                for a in 0..<r {
                    den += qf[i * r + a] * z[a]
                    for t in 0..<dv { num[t] += qf[i * r + a] * state[a * dv + t] }
                }
                let eps = denominatorGuard.eps(kind)
                if Swift.abs(den) <= eps { den += 2 * eps }
                for t in 0..<dv { out[(bh * L + i) * dv + t] = renormalize ? num[t] / den : num[t] }
            }
        }
        return out
    }
}
