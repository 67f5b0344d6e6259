/// Whether repeated measurements of one operation say the machine is busy with other work.
///
/// On an idle machine the timed repeats of a large sgemm agree to a few percent (cache and
/// frequency effects); another process competing for the cores slows some repeats and not
/// others. The rule: the repeats' fastest rate over their slowest above `spreadLimit` (1.15,
/// i.e. more than 15% apart) means the machine is loaded and timings taken now are suspect.
public enum LoadCheck {
    public static let spreadLimit = 1.15

    /// max / min of positive rates (1 for fewer than two values).
    public static func spread(_ rates: [Double]) -> Double {
        let positive = rates.filter { $0 > 0 && $0.isFinite }
        guard positive.count >= 2, let lo = positive.min(), let hi = positive.max() else { return 1 }
        return hi / lo
    }

    /// A warning when `spread(rates)` exceeds `spreadLimit`, else nil. `what` names the measurement.
    public static func warning(_ rates: [Double], what: String) -> String? {
        let s = spread(rates)
        guard s > spreadLimit else { return nil }
        return "warning: \(what) repeats spread by a factor \(String(format: "%.2f", s)) (fastest / slowest > \(spreadLimit)): the machine looks loaded by other work; timings measured now are not representative"
    }
}
