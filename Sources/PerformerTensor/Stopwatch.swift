import Foundation

/// The package's one stopwatch: a monotonic clock and the timing loops built on it.
public enum Stopwatch {
    /// Seconds since an arbitrary fixed point (CLOCK_MONOTONIC).
    @inline(__always) public static func now() -> Double {
        var ts = timespec()
        clock_gettime(CLOCK_MONOTONIC, &ts)
        return Double(ts.tv_sec) + Double(ts.tv_nsec) * 1e-9
    }

    /// Seconds taken by `body`.
    public static func time(_ body: () -> Void) -> Double {
        let t0 = now()
        body()
        return now() - t0
    }

    /// Runs `body` `warmup` times untimed, then `repeats` times timed; returns the seconds (also
    /// handed to `RepeatLog`, which keeps them while `repro bench` records).
    public static func sample(warmup: Int, repeats: Int, _ body: () -> Void) -> [Double] {
        for _ in 0..<warmup { body() }
        let seconds = (0..<repeats).map { _ in time(body) }
        RepeatLog.record(seconds)
        return seconds
    }
}
