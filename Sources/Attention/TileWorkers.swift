import Dispatch
import Foundation
import PerformerTensor

/// A pool of one worker per core pulling task indices from a shared counter, each with its
/// own scratch: the threading of exact-flash (tasks = tiles) and FAVOR+ (tasks = (batch,
/// head) slices, forward and backward, bidirectional and causal).
///
/// Tasks are handed out in increasing order as workers become free (dynamic, so a core slowed
/// by other work takes fewer); callers order them largest first when sizes differ. Each
/// worker's products run on one OpenBLAS thread, so small products (one tile) do not pay
/// OpenBLAS's threading overhead. With one worker the tasks run on the calling thread and
/// OpenBLAS threads the products as configured. All workers' scratch is allocated before any
/// task runs, so the peak bytes are workerCount(count) * scratchFloats * 4 whatever the
/// scheduling (the memory predictions rely on it).
enum TileWorkers {
    /// Workers `run(count, ...)` uses: one per core, at most `count`.
    static func workerCount(_ count: Int) -> Int { max(1, min(Parallel.workerCount, count)) }

    /// Calls `body(task, scratch)` for every task in 0..<count; see the three-argument form.
    static func run(_ count: Int, scratchFloats: Int, _ body: (Int, UnsafeMutablePointer<Float>) -> Void) {
        run(count, scratchFloats: scratchFloats) { task, _, scratch in body(task, scratch) }
    }

    /// Calls `body(task, worker, scratch)` for every task in 0..<count. `scratch` points to
    /// `scratchFloats` uninitialised floats owned by `worker` (0..<workerCount(count)) for the
    /// whole call.
    static func run(_ count: Int, scratchFloats: Int, _ body: (Int, Int, UnsafeMutablePointer<Float>) -> Void) {
        if count <= 0 { return }
        let workers = workerCount(count)
        let scratch = (0..<workers).map { _ in Tensor(uninitialized: [scratchFloats]) }
        if workers == 1 {
            for t in 0..<count { body(t, 0, scratch[0].data) }
            return
        }
        let next = TaskCounter()
        BLASRuntime.withThreadCount(1) {
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                while let t = next.take(below: count) { body(t, w, scratch[w].data) }
            }
        }
    }
}

extension TileWorkers {
    /// Calls `body(task, scratch)` for every task in 0..<count on at most `maxWorkers` workers
    /// (and at most `workerCount(count)`), `scratch` being the worker's own object, all made
    /// by `makeScratch()` before any task runs (deterministic peak bytes, as above). With one
    /// worker the tasks run in order on the calling thread, OpenBLAS threading as configured.
    static func run<Scratch>(_ count: Int, maxWorkers: Int, makeScratch: () -> Scratch,
                             _ body: (Int, Scratch) -> Void) {
        if count <= 0 { return }
        let workers = max(1, min(workerCount(count), maxWorkers))
        let scratch = (0..<workers).map { _ in makeScratch() }
        if workers == 1 {
            for t in 0..<count { body(t, scratch[0]) }
            return
        }
        let next = TaskCounter()
        BLASRuntime.withThreadCount(1) {
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                while let t = next.take(below: count) { body(t, scratch[w]) }
            }
        }
    }
}

/// A lock-protected counter handing out 0, 1, 2, ... once each.
private final class TaskCounter: @unchecked Sendable {
    private let lock = NSLock()
    private var value = 0
    func take(below limit: Int) -> Int? {
        lock.lock(); defer { lock.unlock() }
        guard value < limit else { return nil }
        value += 1
        return value - 1
    }
}
