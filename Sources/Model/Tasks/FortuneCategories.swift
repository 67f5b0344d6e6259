import Foundation
import PerformerTensor

/// Byte-level text classification on real text (the analogue of LRA Text): which fortunes
/// file (category) a quote comes from, from its bytes.
///
/// Quotes are the `%`-separated entries of each category's file in the fortunes directory
/// (empty and duplicate quotes dropped, a quote found in two categories kept in the first).
/// Each category's quotes are shuffled with the seed and the first `testFraction` of them
/// form the test split, so no quote is in both splits and the class proportions of the
/// files are kept (imbalanced). Training example i is quote i mod n of the training quotes
/// in an order reshuffled every epoch.
///
/// Tokens: bytes 0-255, CLS 256, PAD 257. Position 0 is CLS labelled with the category
/// index; the quote's first L - 1 bytes follow (truncated), then PAD. The test list is
/// shuffled once (seeded) so that its first n quotes mix every category.
public struct FortuneCategories: GeneratedTask {
    /// Four files with enough quotes (227 ... 1203) and distinct styles.
    public static let defaultCategories = ["definitions", "songs-poems", "zippy", "startrek"]
    static let cls: Int32 = 256, pad: Int32 = 257

    public let name = "fortunes"
    public let seed: UInt64
    public let length: Int
    public let categories: [String]
    /// (category index, bytes) of each split.
    public let train: [(label: Int, bytes: [UInt8])]
    public let test: [(label: Int, bytes: [UInt8])]
    public var vocabSize: Int { 258 }
    public var testCount: Int? { test.count }

    public init(seed: UInt64, length: Int, categories: [String] = FortuneCategories.defaultCategories,
                directory: String? = nil, testFraction: Double = 0.2) throws {
        guard length >= 2 else { throw ModelError.invalidConfig("fortunes needs seq_len >= 2, got \(length)") }
        guard categories.count >= 2, testFraction > 0, testFraction < 1 else {
            throw ModelError.invalidConfig("fortunes needs >= 2 categories and a test fraction in (0, 1)")
        }
        let dirs = directory.map { [$0] } ?? Corpus.fortuneDirectories
        guard let dir = dirs.first(where: { FileManager.default.fileExists(atPath: $0) }) else {
            throw ModelError.corpus("no fortunes directory among \(dirs.joined(separator: ", ")) (install the fortunes package)")
        }
        var seen = Set<[UInt8]>()
        var train: [(label: Int, bytes: [UInt8])] = [], test: [(label: Int, bytes: [UInt8])] = []
        for (label, category) in categories.enumerated() {
            let path = (dir as NSString).appendingPathComponent(category)
            guard let data = FileManager.default.contents(atPath: path) else {
                throw ModelError.corpus("cannot read the fortunes file \(path)")
            }
            var quotes = FortuneCategories.quotes([UInt8](data)).filter { seen.insert($0).inserted }
            guard quotes.count >= 10 else { throw ModelError.corpus("\(path) has only \(quotes.count) quotes (need >= 10)") }
            var rng = SeededGenerator(seed: seed).derive("fortunes/split/\(category)")
            for i in stride(from: quotes.count - 1, to: 0, by: -1) { quotes.swapAt(i, rng.nextInt(below: i + 1)) }
            let nTest = max(1, Int((Double(quotes.count) * testFraction).rounded()))
            test += quotes[0..<nTest].map { (label, $0) }
            train += quotes[nTest...].map { (label, $0) }
        }
        // Interleave the categories in the test list, so any prefix of it is a fair sample.
        var rng = SeededGenerator(seed: seed).derive("fortunes/test-order")
        for i in stride(from: test.count - 1, to: 0, by: -1) { test.swapAt(i, rng.nextInt(below: i + 1)) }
        self.seed = seed; self.length = length; self.categories = categories
        self.train = train; self.test = test
    }

    /// The quotes of a fortunes file: entries between lines holding only `%`, trimmed.
    static func quotes(_ bytes: [UInt8]) -> [[UInt8]] {
        var out: [[UInt8]] = [], current: [UInt8] = [], line: [UInt8] = []
        func flush() {
            var q = current[...]
            while let f = q.first, f == 10 || f == 32 || f == 9 || f == 13 { q = q.dropFirst() }
            while let l = q.last, l == 10 || l == 32 || l == 9 || l == 13 { q = q.dropLast() }
            if !q.isEmpty { out.append(Array(q)) }
            current = []
        }
        for b in bytes + [10] {
            line.append(b)
            guard b == 10 else { continue }
            if line == [37, 10] { flush() } else { current += line }
            line = []
        }
        flush()
        return out
    }

    public func example(_ index: Int, split: TaskSplit) -> TaskExample {
        let quote: (label: Int, bytes: [UInt8])
        switch split {
        case .test: quote = test[index % test.count]
        case .train:
            let epoch = index / train.count
            var order = Array(0..<train.count)
            var rng = SeededGenerator(seed: seed).derive("fortunes/epoch").derive(UInt64(epoch))
            for i in stride(from: order.count - 1, to: 0, by: -1) { order.swapAt(i, rng.nextInt(below: i + 1)) }
            quote = train[order[index % train.count]]
        }
        var tokens: [Int32] = [FortuneCategories.cls] + quote.bytes.prefix(length - 1).map { Int32($0) }
        tokens += [Int32](repeating: FortuneCategories.pad, count: length - tokens.count)
        var targets = [Int32](repeating: -1, count: length)
        targets[0] = Int32(quote.label)
        return TaskExample(tokens: tokens, targets: targets)
    }
}
