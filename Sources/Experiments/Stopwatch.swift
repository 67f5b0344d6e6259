import Foundation

/// Wall-clock timing and the summaries every benchmark reports.
public enum Stopwatch {
    /// Monotonic seconds.
    public static func now() -> Double {
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

    /// Runs `body` `warmup` times untimed, then `repeats` times timed; returns the seconds.
    public static func sample(warmup: Int, repeats: Int, _ body: () -> Void) -> [Double] {
        for _ in 0..<warmup { body() }
        return (0..<repeats).map { _ in time(body) }
    }
}

/// Median, min and max of a sample (seconds, or any unit).
public struct Summary: Codable, Equatable {
    public var median: Double, min: Double, max: Double, count: Int
    public init(_ values: [Double]) {
        precondition(!values.isEmpty, "empty sample")
        let s = values.sorted()
        median = s.count % 2 == 1 ? s[s.count / 2] : (s[s.count / 2 - 1] + s[s.count / 2]) / 2
        min = s.first!
        max = s.last!
        count = s.count
    }
}
