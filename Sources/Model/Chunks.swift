import Dispatch
import PerformerTensor

/// Row-parallel helpers for the elementwise kernels (BLAS threads its own products).
enum Rows {
    /// Calls `body(chunk, start, end)` on `chunks(count)` disjoint chunks of 0..<count,
    /// concurrently; `chunk` indexes per-chunk scratch (partial sums).
    static func forEach(_ count: Int, minChunk: Int = 64, _ body: (Int, Int, Int) -> Void) {
        let n = chunks(count, minChunk: minChunk)
        if n <= 1 { if count > 0 { body(0, 0, count) }; return }
        let per = (count + n - 1) / n
        DispatchQueue.concurrentPerform(iterations: n) { c in
            let start = c * per, end = min(count, start + per)
            if start < end { body(c, start, end) }
        }
    }

    /// Number of chunks `forEach` uses for `count` items.
    static func chunks(_ count: Int, minChunk: Int = 64) -> Int {
        max(1, min(Parallel.workerCount, count / max(minChunk, 1)))
    }
}
