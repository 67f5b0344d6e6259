import PerformerTensor

/// Splits the (batch x head) slices of an attention call across the cores.
///
/// Each worker gets a contiguous range of slice indices bh in 0..<count and runs its products
/// on one OpenBLAS thread, so the workers never write the same memory and small products (a
/// query block against its key band) do not pay OpenBLAS's threading overhead. With a single
/// slice (or core) the body runs once on the calling thread over 0..<count with OpenBLAS
/// threading its products as configured.
enum HeadWorkers {
    /// Calls `body(range)` for disjoint ranges covering 0..<count, concurrently when count >= 2.
    /// `body` allocates its own scratch once per call (not per slice).
    static func forEachRange(_ count: Int, _ body: (Range<Int>) -> Void) {
        let workers = min(Parallel.workerCount, count)
        if workers <= 1 { body(0..<count); return }
        BLASRuntime.withThreadCount(1) {
            Parallel.forEachChunk(count, minChunk: 1) { start, end in body(start..<end) }
        }
    }

    /// Number of workers `forEachRange(count)` runs at once (each holds its own scratch).
    static func workerCount(_ count: Int) -> Int { max(1, min(Parallel.workerCount, count)) }
}
