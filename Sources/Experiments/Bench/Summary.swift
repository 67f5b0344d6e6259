import Foundation
import Statistics

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
