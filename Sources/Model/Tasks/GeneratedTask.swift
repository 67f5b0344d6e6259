import PerformerTensor

/// One example of a generated task: `tokens` (length L, padded) and `targets` (length L):
/// the class or value the model must output at a position, -1 where nothing is predicted
/// (so `CrossEntropy` counts only the labelled positions).
public struct TaskExample: Equatable, Sendable {
    public var tokens: [Int32]
    public var targets: [Int32]
    public init(tokens: [Int32], targets: [Int32]) {
        precondition(tokens.count == targets.count, "\(tokens.count) tokens but \(targets.count) targets")
        self.tokens = tokens; self.targets = targets
    }
}

/// The two disjoint example streams of a task: training and the held-out test split.
public enum TaskSplit: String, Sendable, CaseIterable { case train, test }

/// A supervised task generated from a seed (ListOps, MQAR, fortune categories). Every
/// example is a pure function of (seed, split, index), so two runs with the same seed see
/// the same data in the same order, whatever mechanism they train.
///
/// Classification tasks label position 0 (a CLS token): a first-token head over the
/// model's output logits (the classes are the first `classes` output units; the model learns
/// to leave the others low). Recall tasks (MQAR) label several positions.
public protocol GeneratedTask: Sendable {
    /// Short name ("listops", "mqar", "fortunes").
    var name: String { get }
    /// Tokens per example (L).
    var length: Int { get }
    /// Output and input vocabulary size of the model.
    var vocabSize: Int { get }
    /// Example `index` (>= 0) of `split`. Test examples are a fixed finite list: indices
    /// beyond `testCount` (when finite) wrap around.
    func example(_ index: Int, split: TaskSplit) -> TaskExample
    /// Number of distinct test examples (nil: unlimited, generated).
    var testCount: Int? { get }
}

extension GeneratedTask {
    public var testCount: Int? { nil }

    /// Examples `indices` of `split` as one (count, L) batch.
    public func batch(_ indices: [Int], split: TaskSplit) -> TokenBatch {
        var inputs: [Int32] = [], targets: [Int32] = []
        inputs.reserveCapacity(indices.count * length); targets.reserveCapacity(indices.count * length)
        for i in indices {
            let e = example(i, split: split)
            precondition(e.tokens.count == length, "\(name): example of \(e.tokens.count) tokens, expected \(length)")
            inputs += e.tokens; targets += e.targets
        }
        return TokenBatch(inputs: inputs, targets: targets, batch: indices.count, length: length)
    }

    /// Training batch number `step` (examples step x batch ..< (step + 1) x batch).
    public func trainBatch(step: Int, batch: Int) -> TokenBatch {
        self.batch(Array(step * batch ..< (step + 1) * batch), split: .train)
    }

    /// The majority-class baseline on the first `count` test examples: the fraction of
    /// labelled positions whose target equals the most frequent target value (the accuracy
    /// of a model that always outputs that value). Not 1 / classes: ListOps and the fortune
    /// categories are imbalanced.
    public func majorityBaseline(testExamples count: Int) -> Double {
        var counts: [Int32: Int] = [:]
        var total = 0
        for i in 0..<count {
            for t in example(i, split: .test).targets where t >= 0 { counts[t, default: 0] += 1; total += 1 }
        }
        return total == 0 ? 0 : Double(counts.values.max() ?? 0) / Double(total)
    }
}

/// The random stream of example `index` of `split` of a task seeded `seed`: independent of
/// every other example, so examples can be generated in any order.
func exampleStream(seed: UInt64, task: String, split: TaskSplit, index: Int) -> SeededGenerator {
    SeededGenerator(seed: seed).derive("\(task)/\(split.rawValue)").derive(UInt64(index))
}
