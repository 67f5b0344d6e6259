import Foundation

/// Where tensor storage comes from.
///
/// Small buffers come from malloc. Buffers of at least `largeThreshold` bytes are 2 MiB
/// aligned, advised to use transparent huge pages, and on release kept in a pool (up to
/// `poolLimitBytes`, exact-size reuse) instead of being returned to the system: a repeated
/// computation then reuses warm pages instead of paying page faults on every call, as the
/// caching allocators of ML frameworks do. `MemoryLedger` counts live tensors only, never
/// the pool. `drain()` returns the pool to the system.
public enum TensorAllocator {
    /// Buffers this large or larger are pooled and huge-page backed.
    static let largeThreshold = 1 << 20
    static let alignment = 2 << 20

    /// Most bytes kept in the pool (REPRO_POOL_BYTES overrides; default 4 GiB).
    nonisolated(unsafe) static var poolLimitBytes: Int =
        ProcessInfo.processInfo.environment["REPRO_POOL_BYTES"].flatMap(Int.init) ?? (4 << 30)

    private static let lock = NSLock()
    nonisolated(unsafe) private static var pool: [Int: [UnsafeMutableRawPointer]] = [:]
    nonisolated(unsafe) private static var pooled = 0

    /// Bytes held in the pool now.
    static var pooledBytes: Int { lock.lock(); defer { lock.unlock() }; return pooled }

    static func roundedSize(_ bytes: Int) -> Int {
        bytes >= largeThreshold ? (bytes + alignment - 1) / alignment * alignment : bytes
    }

    /// Storage for `bytes` bytes (uninitialised).
    static func allocate(_ bytes: Int) -> UnsafeMutableRawPointer {
        let size = roundedSize(max(bytes, 4))
        if size < largeThreshold { return malloc(size)! }
        lock.lock()
        if var list = pool[size], let p = list.popLast() {
            pool[size] = list.isEmpty ? nil : list
            pooled -= size
            lock.unlock()
            return p
        }
        lock.unlock()
        var p: UnsafeMutableRawPointer?
        guard posix_memalign(&p, alignment, size) == 0, let p else {
            fatalError("out of memory allocating \(size) bytes")
        }
        _ = madvise(p, size, 14 /* MADV_HUGEPAGE */)
        return p
    }

    /// Gives back storage from `allocate(bytes)`.
    static func release(_ p: UnsafeMutableRawPointer, bytes: Int) {
        let size = roundedSize(max(bytes, 4))
        if size < largeThreshold { free(p); return }
        lock.lock()
        if pooled + size <= poolLimitBytes {
            pool[size, default: []].append(p)
            pooled += size
            lock.unlock()
            return
        }
        lock.unlock()
        free(p)
    }

    /// Frees every pooled buffer.
    public static func drain() {
        lock.lock()
        let all = pool.values.flatMap { $0 }
        pool = [:]
        pooled = 0
        lock.unlock()
        for p in all { free(p) }
    }
}
