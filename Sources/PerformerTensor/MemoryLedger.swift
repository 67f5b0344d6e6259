import Foundation

/// Byte accounting of live tensors: every `Tensor` adds its bytes when allocated and removes
/// them when freed, so experiments can report the current and peak bytes of a computation.
///
/// Thread-safe. `resetPeak()` starts a new measurement window: the peak becomes the bytes
/// live right now.
public enum MemoryLedger {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var _current = 0
    nonisolated(unsafe) private static var _peak = 0

    /// Bytes held by live tensors now.
    static var currentBytes: Int { lock.lock(); defer { lock.unlock() }; return _current }

    /// Largest `currentBytes` seen since the last `resetPeak()` (or the start of the process).
    static var peakBytes: Int { lock.lock(); defer { lock.unlock() }; return _peak }

    /// Starts a new window: the peak is set to the bytes live now.
    static func resetPeak() { lock.lock(); _peak = _current; lock.unlock() }

    static func allocate(_ bytes: Int) {
        lock.lock()
        _current += bytes
        if _current > _peak { _peak = _current }
        lock.unlock()
    }

    static func free(_ bytes: Int) { lock.lock(); _current -= bytes; lock.unlock() }

    /// Runs `body` and returns its result with the peak bytes it added above what was live
    /// when it started (its "extra" memory).
    public static func measure<T>(_ body: () throws -> T) rethrows -> (result: T, peakExtraBytes: Int) {
        lock.lock()
        let base = _current
        _peak = _current
        lock.unlock()
        let result = try body()
        return (result, peakBytes - base)
    }
}
