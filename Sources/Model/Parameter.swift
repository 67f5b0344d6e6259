import PerformerTensor

/// A trainable tensor with its gradient buffer and the name it is saved and updated under
/// (e.g. "layers.3.attention.wqkv").
///
/// `value` may be storage owned by someone else (an attention mechanism's E, F): the model
/// wraps the mechanism's tensor, so updating `value` updates the mechanism.
public final class Parameter {
    public let name: String
    public let value: Tensor
    /// dLoss/dValue, same shape; accumulated by backward passes, cleared by `zeroGrad()`.
    let grad: Tensor

    public init(_ name: String, _ value: Tensor) {
        self.name = name
        self.value = value
        self.grad = Tensor(zeros: value.shape)
    }

    public var shape: [Int] { value.shape }
    public func zeroGrad() { grad.zero() }
}

extension SeededGenerator {
    /// A tensor of N(0, std^2) draws from a sub-stream named `label` of this generator's seed,
    /// so each weight's initial values depend only on the seed and its name.
    func initialised(_ label: String, shape: [Int], std: Float) -> Tensor {
        var sub = derive(label)
        return Tensor.gaussian(shape, std: std, rng: &sub)
    }
}
