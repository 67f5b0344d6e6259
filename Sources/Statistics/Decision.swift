import Foundation

/// A claim's check decided from an effect's interval and a threshold stated in code before the
/// data (the claim modules keep their thresholds as `static let`s).
///
/// The rule: **holds** when the whole interval is on the claim's side of the threshold, **does
/// not hold** when it is wholly on the other side, **inconclusive** when it straddles it; then
/// `nNeeded` is the sample size at which a test at the interval's level decides the threshold
/// with 80% power if the measured effect and variance are the truth (Power.swift).
public struct Decision: Equatable, Sendable {
    public enum Side: String, Sendable {
        /// The claim says the effect is below the threshold.
        case below
        /// The claim says the effect is above the threshold.
        case above
    }

    public var verdict: Verdict
    public var effect: Interval?
    var threshold: Double?
    public var nNeeded: Int?
    /// The test's p-value when it is not the two-sided one read from `effect` against
    /// `threshold` (equivalence: the larger one-sided p of the two tests; Multiplicity.swift).
    public var pValue: Double? = nil
    /// "<label>: <effect> [lo, hi] (<method>) vs threshold < t: holds".
    public var text: String

    public init(verdict: Verdict, effect: Interval?, threshold: Double?, nNeeded: Int?, text: String) {
        self.verdict = verdict; self.effect = effect; self.threshold = threshold; self.nNeeded = nNeeded; self.text = text
    }

    /// Decides `effect` against `threshold` on `side`; `label` names the check in the evidence.
    public static func decide(_ label: String, effect: Interval, threshold: Double, side: Side) -> Decision {
        let below = effect.upper < threshold, above = effect.lower > threshold
        let verdict: Verdict
        switch side {
        case .below: verdict = below ? .holds : (above ? .doesNotHold : .inconclusive)
        case .above: verdict = above ? .holds : (below ? .doesNotHold : .inconclusive)
        }
        let need = verdict == .inconclusive ? Stats.requiredN(effect, threshold: threshold) : nil
        let rel = side == .below ? "<" : ">"
        var text = "\(label): \(effect.text) vs threshold \(rel) \(Fmt.g(threshold)): \(verdict.rawValue)"
        if verdict == .inconclusive { text += need.map { " (n needed: \($0))" } ?? " (estimate on the threshold)" }
        return Decision(verdict: verdict, effect: effect, threshold: threshold, nNeeded: need, text: text)
    }

    /// A check of a two-sided tolerance band: holds when the interval lies inside
    /// [low, high], does not hold when it is disjoint from it, else inconclusive (n needed to
    /// put it inside or outside, from the nearer edge).
    public static func within(_ label: String, effect: Interval, low: Double, high: Double) -> Decision {
        let inside = effect.lower >= low && effect.upper <= high
        let outside = effect.upper < low || effect.lower > high
        let verdict: Verdict = inside ? .holds : (outside ? .doesNotHold : .inconclusive)
        let edge = Swift.abs(effect.estimate - low) < Swift.abs(effect.estimate - high) ? low : high
        let need = verdict == .inconclusive ? Stats.requiredN(effect, threshold: edge) : nil
        var text = "\(label): \(effect.text) vs band [\(Fmt.g(low)), \(Fmt.g(high))]: \(verdict.rawValue)"
        if verdict == .inconclusive { text += need.map { " (n needed: \($0))" } ?? "" }
        return Decision(verdict: verdict, effect: effect, threshold: edge, nNeeded: need, text: text)
    }

    /// A check that could not be made, with the reason (e.g. the run stopped by its time budget).
    public static func notMeasured(_ label: String, _ why: String) -> Decision {
        Decision(verdict: .notMeasured, effect: nil, threshold: nil, nNeeded: nil, text: "\(label): \(why)")
    }
}

/// The precision a claim declares before the data: an interval half-width (in the effect's
/// units). With a measured per-sample standard deviation it gives the samples the claim costs;
/// a run with fewer is reported inconclusive with that n, never decided.
struct Precision: Equatable, Sendable {
    var halfWidth: Double
    var level: Double

    init(halfWidth: Double, level: Double = 0.95) { self.halfWidth = halfWidth; self.level = level }

    /// Samples needed for this precision given the per-sample standard deviation.
    func samplesNeeded(sd: Double) -> Int? { Stats.requiredN(sd: sd, halfWidth: halfWidth, level: level) }

    /// Seconds those samples cost at `secondsPerSample` (measured, e.g. config_seconds / samples).
    func secondsNeeded(sd: Double, secondsPerSample: Double) -> Double? {
        samplesNeeded(sd: sd).map { Double($0) * secondsPerSample }
    }
}
