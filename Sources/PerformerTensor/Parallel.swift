import Dispatch
import Foundation

/// Work split across the machine's cores for the elementwise parts of kernels (BLAS threads
/// its own products).
public enum Parallel {
    /// Number of worker threads used by `forEachChunk` (the machine's active cores).
    public static let workerCount = ProcessInfo.processInfo.activeProcessorCount

    /// Calls `body(start, end)` on disjoint chunks covering 0..<count, concurrently; chunks hold
    /// at least `minChunk` items so tiny loops are not split.
    public static func forEachChunk(_ count: Int, minChunk: Int = 1, _ body: (Int, Int) -> Void) {
        if count <= 0 { return }
        let chunks = Swift.max(1, Swift.min(workerCount, count / Swift.max(minChunk, 1)))
        if chunks == 1 { body(0, count); return }
        let per = (count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let start = c * per
            let end = Swift.min(count, start + per)
            if start < end { body(start, end) }
        }
    }
}
