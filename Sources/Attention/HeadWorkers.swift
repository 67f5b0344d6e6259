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
}
