import PerformerTensor

/// Memory of the tiled softmax mechanisms (local, block-sparse), which run one (batch, head)
/// slice per worker (`WorkerPool.run`), each allocating its own tiles.
enum TiledSoftmaxMemory {
    /// Extra bytes of a tiled softmax mechanism (local, block-sparse) that keeps row
    /// log-normalisers and recomputes tiles in backward. Forward: output + log-normalisers +
    /// one tile per worker. With backward: dOutput, dQ, dK, dV, and per worker two tiles and
    /// an L-float row buffer (the forward tiles are freed by then).
    static func extraBytes(_ s: AttentionShape, tileBytes: Int, backward: Bool) -> Int {
        let workers = WorkerPool.workerCount(s.batch * s.heads)
        let out = s.bytes(dim: s.valueDim), lse = s.bytes(dim: 1)
        guard backward else { return out + lse + workers * tileBytes }
        let grads = 2 * s.bytes(dim: s.headDim) + s.bytes(dim: s.valueDim)
        return 2 * out + lse + grads + workers * (2 * tileBytes + s.length * 4)
    }
}
