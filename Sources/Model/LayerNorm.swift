import CKernels
import PerformerTensor

/// Layer normalisation over the last axis with gain and bias.
///
/// x: (..., d) viewed as rows x d; y = gamma * (x - mean) / sqrt(var + eps) + beta, per row
/// (biased variance). gamma starts at 1, beta at 0.
final class LayerNorm {
    let gamma: Parameter, beta: Parameter
    let d: Int, eps: Float

    init(_ name: String, d: Int, eps: Float = 1e-5) {
        self.d = d
        self.eps = eps
        gamma = Parameter("\(name).gamma", Tensor(repeating: 1, shape: [d]))
        beta = Parameter("\(name).beta", Tensor(zeros: [d]))
    }

    /// What backward needs: the input and each row's mean and 1/std.
    struct Cache { let x: Tensor, mean: Tensor, rstd: Tensor }

    func forward(_ x: Tensor) -> (Tensor, Cache) {
        precondition(x.shape.last == d, "LayerNorm(\(d)) on \(x.shape)")
        let rows = x.count / d
        let y = Tensor(uninitialized: x.shape)
        let mean = Tensor(uninitialized: [rows]), rstd = Tensor(uninitialized: [rows])
        WorkerPool.forEachChunk(rows, minChunk: 64) { _, s, e in
            ck_layernorm_forward(x.data + s * d, y.data + s * d, gamma.value.data, beta.value.data,
                                 mean.data + s, rstd.data + s, e - s, d, eps)
        }
        return (y, Cache(x: x, mean: mean, rstd: rstd))
    }

    /// dy: shape of x; returns dx and accumulates dgamma, dbeta.
    func backward(_ dy: Tensor, cache c: Cache) -> Tensor {
        let rows = dy.count / d
        let dx = Tensor(uninitialized: dy.shape)
        let nChunks = WorkerPool.chunkCount(rows, minChunk: 64)
        let partial = Tensor(zeros: [nChunks, 2, d])
        WorkerPool.forEachChunk(rows, minChunk: 64) { chunk, s, e in
            let p = partial.data + chunk * 2 * d
            ck_layernorm_backward(dy.data + s * d, c.x.data + s * d, gamma.value.data,
                                  c.mean.data + s, c.rstd.data + s, dx.data + s * d, p, p + d, e - s, d)
        }
        for chunk in 0..<nChunks {
            let p = partial.data + chunk * 2 * d
            BLAS.axpy(n: d, alpha: 1, x: p, y: gamma.grad.data)
            BLAS.axpy(n: d, alpha: 1, x: p + d, y: beta.grad.data)
        }
        return dx
    }

    var parameters: [Parameter] { [gamma, beta] }
}
