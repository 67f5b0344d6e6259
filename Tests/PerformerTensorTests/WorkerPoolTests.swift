import Foundation
import XCTest
@testable import PerformerTensor

final class WorkerPoolTests: XCTestCase {
    /// Every task runs exactly once, on a worker below workerCount, with that worker's own
    /// scratch; OpenBLAS runs one thread inside and gets its count back afterwards.
    func testRunCoversEveryTaskOnceAndRestoresBLASThreads() {
        let before = BLASRuntime.threadCount
        for count in [0, 1, 2, 7, 100] {
            let lock = NSLock()
            var seen = [Int](repeating: 0, count: count), blasInside: Set<Int> = []
            let workers = WorkerPool.workerCount(count)
            WorkerPool.run(count, makeScratch: { NSMutableArray() }) { task, worker, scratch in
                XCTAssertLessThan(worker, workers)
                scratch.add(task)
                lock.lock(); seen[task] += 1; blasInside.insert(BLASRuntime.threadCount); lock.unlock()
            }
            XCTAssertEqual(seen, [Int](repeating: 1, count: count), "count \(count)")
            if workers > 1 { XCTAssertEqual(blasInside, [1]) }
            XCTAssertEqual(BLASRuntime.threadCount, before)
        }
    }

    /// Chunks are disjoint, cover 0..<count, number at most chunkCount, and a split count
    /// holds at least minChunk items per chunk on average (chunkCount * minChunk <= count).
    func testForEachChunkCoversDisjointly() {
        for (count, minChunk) in [(0, 1), (1, 64), (100, 1), (1000, 64), (10, 100)] {
            let lock = NSLock()
            var hits = [Int](repeating: 0, count: count), chunks: Set<Int> = []
            WorkerPool.forEachChunk(count, minChunk: minChunk) { c, a, b in
                lock.lock(); defer { lock.unlock() }
                chunks.insert(c)
                for i in a..<b { hits[i] += 1 }
            }
            XCTAssertEqual(hits, [Int](repeating: 1, count: count))
            let n = WorkerPool.chunkCount(count, minChunk: minChunk)
            XCTAssertLessThanOrEqual(chunks.count, n)
            if n > 1 { XCTAssertLessThanOrEqual(n * minChunk, count) }
        }
    }
}
