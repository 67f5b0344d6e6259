import Dispatch
import PerformerTensor

/// Spreads the (batch x head) slices of an attention call over the cores.
///
/// Slices are handed out one at a time to as many workers as there are cores (dynamic, so a
/// core slowed by other work takes fewer slices); each slice runs its products on one
/// OpenBLAS thread, so workers never write the same memory and small products (a query block
/// against its key band) do not pay OpenBLAS's threading overhead. With a single slice (or
/// core) the body runs on the calling thread with OpenBLAS threading its products as
/// configured.
enum HeadWorkers {
    /// Calls `body(bh)` once for every bh in 0..<count, concurrently when count >= 2. `body`
    /// allocates its scratch per slice; at most `workerCount(count)` slices run at once.
    static func forEachSlice(_ count: Int, _ body: (Int) -> Void) {
        if workerCount(count) <= 1 { for bh in 0..<count { body(bh) }; return }
        BLASRuntime.withThreadCount(1) {
            DispatchQueue.concurrentPerform(iterations: count) { bh in body(bh) }
        }
    }

    /// Number of slices `forEachSlice(count)` runs at once (each holds its own scratch).
    static func workerCount(_ count: Int) -> Int { max(1, min(Parallel.workerCount, count)) }

    /// Extra bytes of a tiled softmax mechanism (local, block-sparse) that keeps row
    /// log-normalisers and recomputes tiles in backward. Forward: output + log-normalisers +
    /// one tile per worker. With backward: dOutput, dQ, dK, dV, and per worker two tiles and
    /// an L-float row buffer (the forward tiles are freed by then).
    static func tiledExtraBytes(_ s: AttentionShape, tileBytes: Int, backward: Bool) -> Int {
        let workers = workerCount(s.batch * s.heads)
        let out = s.bytes(dim: s.valueDim), lse = s.bytes(dim: 1)
        guard backward else { return out + lse + workers * tileBytes }
        let grads = 2 * s.bytes(dim: s.headDim) + s.bytes(dim: s.valueDim)
        return 2 * out + lse + grads + workers * (2 * tileBytes + s.length * 4)
    }
}
