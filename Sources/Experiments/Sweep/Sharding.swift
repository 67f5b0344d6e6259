/// A deterministic share of a sweep: `repro run NAME --shard i/n` runs shard i of n
/// (1-based) into its own CSV; `repro merge NAME` combines the shards.
///
/// Whole lines (configurations equal but for seq_len) go to one shard, round-robin in
/// sweep order, so the time budget still stops a line at the first slow L.
public struct Shard: Equatable, CustomStringConvertible {
    public let index: Int, count: Int

    public init(index: Int, count: Int) throws {
        guard count >= 1, index >= 1, index <= count else {
            throw SpecError(source: "--shard", "shard must be i/n with 1 <= i <= n, got \(index)/\(count)")
        }
        self.index = index; self.count = count
    }

    /// Parses "i/n".
    public init(parsing text: String) throws {
        let parts = text.split(separator: "/")
        guard parts.count == 2, let i = Int(parts[0]), let n = Int(parts[1]) else {
            throw SpecError(source: "--shard", "expected i/n (for example 2/8), got \"\(text)\"")
        }
        try self.init(index: i, count: n)
    }

    public var description: String { "\(index)/\(count)" }

    /// File-name suffix: ".shard-i-of-n".
    var suffix: String { ".shard-\(index)-of-\(count)" }

    /// The configurations of this shard, in sweep order.
    func select(_ configurations: [Configuration]) -> [Configuration] {
        var lineOrder: [String: Int] = [:]
        for c in configurations where lineOrder[c.lineKey] == nil { lineOrder[c.lineKey] = lineOrder.count }
        return configurations.filter { lineOrder[$0.lineKey]! % count == index - 1 }
    }
}
