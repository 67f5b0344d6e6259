import PerformerTensor

/// An attention mechanism: a value with `forward` and `backward`, its cache explicit.
///
/// Shapes, row-major: q, k: (batch, heads, length, headDim); v: (batch, heads, length,
/// valueDim); output: (batch, heads, length, valueDim). A causal mechanism's output row i
/// depends only on rows 0...i of k and v.
public protocol AttentionMechanism: AnyObject {
    /// Short name used in results, e.g. "exact", "identity", "favor-positive".
    var name: String { get }
    /// Whether output row i sees only key/value rows 0...i.
    var isCausal: Bool { get }
    /// Trainable parameters of the mechanism itself (Linformer's E and F); empty for most.
    var parameters: [NamedTensor] { get }

    /// Output and the cache that `backward` needs.
    func forward(q: Tensor, k: Tensor, v: Tensor) -> AttentionForward
    /// Gradients of a scalar loss with respect to q, k, v (and `parameters`), given
    /// dLoss/dOutput (shape of the output) and the cache of the matching `forward`.
    func backward(dOutput: Tensor, cache: AttentionCache) -> AttentionGradients
    /// Called before each training step (or timed call) with its index: mechanisms with
    /// random features redraw them here when configured to.
    func beginStep(_ step: Int)
    /// Predicted peak bytes that `forward` (and, with `backward`, the backward pass) allocate
    /// beyond q, k, v: caches, scratch, output and gradients. Used by the memory budget.
    func predictedExtraBytes(_ shape: AttentionShape, backward: Bool) -> Int
}

extension AttentionMechanism {
    public var parameters: [NamedTensor] { [] }
    public func beginStep(_ step: Int) {}
}

/// The sizes of one attention call.
public struct AttentionShape: Hashable, Sendable {
    public var batch: Int, heads: Int, length: Int, headDim: Int, valueDim: Int
    public init(batch: Int, heads: Int, length: Int, headDim: Int, valueDim: Int? = nil) {
        self.batch = batch; self.heads = heads; self.length = length
        self.headDim = headDim; self.valueDim = valueDim ?? headDim
    }
    /// Bytes of one Float32 tensor of shape (batch, heads, length, dim).
    public func bytes(dim: Int) -> Int { batch * heads * length * dim * 4 }
}

/// A tensor with the name it is saved and updated under.
public struct NamedTensor {
    public let name: String
    public let tensor: Tensor
    public init(_ name: String, _ tensor: Tensor) { self.name = name; self.tensor = tensor }
}

/// Whatever a mechanism keeps from `forward` for `backward`.
public protocol AttentionCache: AnyObject {}

/// The result of a forward pass.
public struct AttentionForward {
    /// (batch, heads, length, valueDim)
    public let output: Tensor
    public let cache: AttentionCache
    public init(output: Tensor, cache: AttentionCache) { self.output = output; self.cache = cache }
}

/// Gradients from a backward pass; `parameters[i]` is the gradient of the mechanism's
/// `parameters[i]`.
public struct AttentionGradients {
    public let dQ: Tensor, dK: Tensor, dV: Tensor
    public let parameters: [Tensor]
    public init(dQ: Tensor, dK: Tensor, dV: Tensor, parameters: [Tensor] = []) {
        self.dQ = dQ; self.dK = dK; self.dV = dV; self.parameters = parameters
    }
}

/// Checks that q, k, v have matching attention shapes; returns the shape.
public func attentionShape(q: Tensor, k: Tensor, v: Tensor) -> AttentionShape {
    precondition(q.rank == 4 && k.rank == 4 && v.rank == 4, "q, k, v must be (batch, heads, length, dim)")
    precondition(q.shape == k.shape, "q \(q.shape) and k \(k.shape) differ")
    precondition(Array(v.shape.prefix(3)) == Array(q.shape.prefix(3)), "v \(v.shape) does not match q \(q.shape)")
    return AttentionShape(batch: q.shape[0], heads: q.shape[1], length: q.shape[2], headDim: q.shape[3], valueDim: v.shape[3])
}
