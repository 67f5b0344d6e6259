import CKernels
import PerformerTensor

/// The position-wise MLP: y = act(x W1 + b1) W2 + b2.
///
/// x, y: (batch, length, dModel); hidden: (batch * length, dFF). W2 starts scaled by
/// `outputGain` (1/sqrt(2 layers)).
final class FeedForward {
    let up: Linear, down: Linear
    let activation: ModelConfig.Activation
    let dModel: Int, dFF: Int

    init(_ name: String, dModel: Int, dFF: Int, activation: ModelConfig.Activation,
                outputGain: Float, rng: SeededGenerator) {
        self.dModel = dModel
        self.dFF = dFF
        self.activation = activation
        up = Linear("\(name).up", in: dModel, out: dFF, rng: rng)
        down = Linear("\(name).down", in: dFF, out: dModel, gain: outputGain, rng: rng)
    }

    /// Input, pre-activation and activation (rows x dFF each).
    struct Cache { let x: Tensor, pre: Tensor, act: Tensor }

    func forward(_ x: Tensor) -> (Tensor, Cache) {
        let rows = x.count / dModel
        let pre = Tensor(uninitialized: [rows, dFF]), act = Tensor(uninitialized: [rows, dFF])
        up.forward(x.data, rows: rows, into: pre.data)
        let n = rows * dFF
        WorkerPool.forEachChunk(n, minChunk: 4096) { _, s, e in
            switch activation {
            case .gelu: ck_gelu_forward(pre.data + s, act.data + s, e - s)
            case .relu: ck_relu_forward(pre.data + s, act.data + s, e - s)
            }
        }
        let y = Tensor(uninitialized: x.shape)
        down.forward(act.data, rows: rows, into: y.data)
        return (y, Cache(x: x, pre: pre, act: act))
    }

    func backward(_ dy: Tensor, cache c: Cache) -> Tensor {
        let rows = dy.count / dModel
        let dHidden = Tensor(uninitialized: [rows, dFF])
        down.backward(dy.data, x: c.act.data, rows: rows, dx: dHidden.data)
        let n = rows * dFF
        WorkerPool.forEachChunk(n, minChunk: 4096) { _, s, e in
            switch activation {
            case .gelu: ck_gelu_backward(c.pre.data + s, dHidden.data + s, dHidden.data + s, e - s)
            case .relu: ck_relu_backward(c.pre.data + s, dHidden.data + s, dHidden.data + s, e - s)
            }
        }
        let dx = Tensor(uninitialized: dy.shape)
        up.backward(dHidden.data, x: c.x.data, rows: rows, dx: dx.data)
        return dx
    }

    var parameters: [Parameter] { up.parameters + down.parameters }
}
