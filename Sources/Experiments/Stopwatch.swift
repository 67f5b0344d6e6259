import Foundation
import PerformerTensor

/// Wall-clock timing and the summaries every benchmark reports.
public enum Stopwatch {
    /// Monotonic seconds.
    public static func now() -> Double { MonotonicClock.seconds() }

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

/// Median, min and max of a sample (seconds, or any unit).
public struct Summary: Codable, Equatable {
    public var median: Double, min: Double, max: Double, count: Int
    public init(_ values: [Double]) {
        precondition(!values.isEmpty, "empty sample")
        median = Stats.median(values)!
        min = values.min()!
        max = values.max()!
        count = values.count
    }
}
