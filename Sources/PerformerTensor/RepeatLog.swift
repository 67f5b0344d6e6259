import Foundation

/// The timed repeats of `Stopwatch.sample` while recording is on (`repro bench` turns it on):
/// the noise of each bench figure is measured from the repeats timed for it.
public enum RepeatLog {
    private static let lock = NSLock()
    nonisolated(unsafe) private static var recording = false
    nonisolated(unsafe) private static var sets: [[Double]] = []

    /// Starts recording (and forgets earlier sets).
    public static func start() { lock.lock(); recording = true; sets = []; lock.unlock() }
    /// Stops recording and forgets the sets.
    public static func stop() { lock.lock(); recording = false; sets = []; lock.unlock() }

    /// One set of timed repeats (seconds); ignored unless recording.
    public static func record(_ seconds: [Double]) {
        lock.lock(); defer { lock.unlock() }
        if recording { sets.append(seconds) }
    }

    /// The sets recorded since the last call, removed from the log.
    public static func take() -> [[Double]] {
        lock.lock(); defer { lock.unlock() }
        let out = sets
        sets = []
        return out
    }

    /// The pooled relative spread of single repeats: sqrt(sum_i (n_i - 1) var_i / sum_i (n_i - 1))
    /// with var_i the sample variance of ln t over set i (so 0.02 means repeats scatter by
    /// about 2% around their set's centre). Sets of one repeat carry no spread; nil when no set
    /// has two.
    public static func pooledRelativeSpread(_ sets: [[Double]]) -> Double? {
        var ss = 0.0, df = 0
        for s in sets where s.count >= 2 && s.allSatisfy({ $0 > 0 }) {
            let logs = s.map { Foundation.log($0) }
            let mean = logs.reduce(0, +) / Double(logs.count)
            ss += logs.reduce(0) { $0 + ($1 - mean) * ($1 - mean) }
            df += s.count - 1
        }
        return df > 0 ? (ss / Double(df)).squareRoot() : nil
    }
}
