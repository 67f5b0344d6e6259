/// Units a plot's y may be drawn in: the divisor of the column's value (bytes).
public enum PlotUnits {
    public static let divisors: [String: Double] = ["GiB": Double(1 << 30), "MiB": Double(1 << 20)]

    /// Divisor of `unit` ("" or unknown: 1).
    public static func divisor(_ unit: String) -> Double { divisors[unit] ?? 1 }
}
