import Foundation

/// Number formatting of effects, intervals and report text.
public enum Fmt {
    /// `digits` significant digits; whole numbers below 10^7 (steps, m) in full.
    public static func g(_ x: Double, _ digits: Int = 3) -> String {
        guard x.isFinite else { return "\(x)" }
        if x == x.rounded(), Swift.abs(x) < 1e7, Swift.abs(x) >= 1 { return String(Int(x)) }
        return String(format: "%.\(digits)g", x)
    }
    public static func slope(_ x: Double?) -> String { x.map { String(format: "%.2f", $0) } ?? "n/a" }
    /// 16384 -> "2^14 (16384)"; other values plain.
    public static func length(_ l: Double) -> String {
        let e = log2(l)
        return e == e.rounded() ? "2^\(Int(e))" : String(Int(l))
    }
    public static func percent(_ x: Double) -> String { String(format: "%.0f%%", 100 * x) }
}
