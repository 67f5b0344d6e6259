import COpenBLAS
import Dispatch
import Foundation

/// The one pool of worker threads: every mechanism, the model and the benches split their work
/// over the cores through it.
///
/// Two forms:
/// - `run`: tasks 0..<count handed out in increasing order to at most one worker per core as
///   workers become free (dynamic, so a core slowed by other work takes fewer; callers order
///   tasks largest first when sizes differ). Tasks may run BLAS products: while the workers
///   run, OpenBLAS is pinned to one thread per product (`withOneBLASThread`), so workers do not
///   oversubscribe the cores and small products do not pay OpenBLAS's threading overhead.
///   Per-worker scratch is made before any task runs, so peak bytes are
///   `workerCount(count) * (scratch bytes)` whatever the scheduling (memory predictions rely
///   on it). With one worker the tasks run in order on the calling thread, and their products
///   are split over the pool like any product outside the pool's tasks (`BLAS.gemm`).
/// - `forEachChunk`: disjoint static chunks of 0..<count for elementwise loops (no BLAS inside).
///
/// Results do not depend on the number of workers as long as tasks (chunks) write disjoint
/// memory and each task's arithmetic does not depend on which worker runs it.
public enum WorkerPool {
    /// Worker threads available: the machine's active cores.
    public static let cores = ProcessInfo.processInfo.activeProcessorCount

    /// Workers `run(count, maxWorkers:)` uses: one per core, at most `count` and `maxWorkers`,
    /// at least 1.
    public static func workerCount(_ count: Int, maxWorkers: Int = .max) -> Int {
        Swift.max(1, Swift.min(cores, count, maxWorkers))
    }

    /// True while `run` hands tasks to more than one worker: `BLAS.gemm` then makes one
    /// OpenBLAS call per product instead of splitting it over the (busy) pool. Set and cleared
    /// by the thread that called `run`, so top-level `run`s must not overlap (as for
    /// `withOneBLASThread`).
    public nonisolated(unsafe) private(set) static var isRunningTasks = false

    /// Calls `body(task, worker, scratch)` for every task in 0..<count, `worker` in
    /// 0..<workerCount(count, maxWorkers:) and `scratch` that worker's object, all made by
    /// `makeScratch()` before any task runs.
    public static func run<Scratch>(_ count: Int, maxWorkers: Int = .max, makeScratch: () -> Scratch,
                                    _ body: (_ task: Int, _ worker: Int, Scratch) -> Void) {
        if count <= 0 { return }
        let workers = workerCount(count, maxWorkers: maxWorkers)
        let scratch = (0..<workers).map { _ in makeScratch() }
        if workers == 1 {
            for t in 0..<count { body(t, 0, scratch[0]) }
            return
        }
        let next = TaskCounter()
        let wasRunning = isRunningTasks
        isRunningTasks = true
        defer { isRunningTasks = wasRunning }
        withOneBLASThread {
            DispatchQueue.concurrentPerform(iterations: workers) { w in
                while let t = next.take(below: count) { body(t, w, scratch[w]) }
            }
        }
    }

    /// Calls `body(task, worker, scratch)` for every task in 0..<count, `scratch` pointing to
    /// `scratchFloats` uninitialised floats owned by `worker` for the whole call.
    public static func run(_ count: Int, scratchFloats: Int, _ body: (_ task: Int, _ worker: Int, UnsafeMutablePointer<Float>) -> Void) {
        run(count, makeScratch: { Tensor(uninitialized: [scratchFloats]) }) { t, w, s in body(t, w, s.data) }
    }

    /// Calls `body(task)` for every task in 0..<count (tasks that allocate their own scratch).
    public static func run(_ count: Int, _ body: (_ task: Int) -> Void) {
        run(count, makeScratch: { () }) { t, _, _ in body(t) }
    }

    /// Number of chunks `forEachChunk(count, minChunk:)` uses: one per core, each of at least
    /// `minChunk` items, at least 1.
    public static func chunkCount(_ count: Int, minChunk: Int = 1) -> Int {
        Swift.max(1, Swift.min(cores, count / Swift.max(minChunk, 1)))
    }

    /// Calls `body(chunk, start, end)` concurrently on `chunkCount(count, minChunk:)` disjoint
    /// chunks covering 0..<count (equal sizes but the last); `chunk` indexes per-chunk scratch
    /// (partial sums). For elementwise loops: OpenBLAS threading is left as it is.
    public static func forEachChunk(_ count: Int, minChunk: Int = 1, _ body: (_ chunk: Int, _ start: Int, _ end: Int) -> Void) {
        if count <= 0 { return }
        let chunks = chunkCount(count, minChunk: minChunk)
        if chunks == 1 { body(0, 0, count); return }
        let per = (count + chunks - 1) / chunks
        DispatchQueue.concurrentPerform(iterations: chunks) { c in
            let start = c * per, end = Swift.min(count, start + per)
            if start < end { body(c, start, end) }
        }
    }

    /// Runs `body` with every product one single-threaded OpenBLAS call on the calling thread,
    /// as inside a pool task (no splitting over the pool): the serial reference form that
    /// tests compare the pool's forms with. Not for concurrently running code.
    public static func serially<T>(_ body: () throws -> T) rethrows -> T {
        let wasRunning = isRunningTasks
        isRunningTasks = true
        defer { isRunningTasks = wasRunning }
        return try withOneBLASThread(body)
    }

    /// Runs `body` with OpenBLAS limited to one thread per product, then restores the previous
    /// count: the one place the process-wide OpenBLAS thread count is changed around work.
    /// The setting is global, so do not call this from concurrently running code.
    public static func withOneBLASThread<T>(_ body: () throws -> T) rethrows -> T {
        let previous = Int(openblas_get_num_threads())
        if previous == 1 { return try body() }
        openblas_set_num_threads(1)
        defer { openblas_set_num_threads(Int32(previous)) }
        return try body()
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
