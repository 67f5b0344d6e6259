import PerformerTensor

/// Multi-query associative recall (MQAR, the Zoology work): `pairs` key-value pairs, then
/// every key once more as a query (in a random order); the model must output, at each
/// query position, the value that followed that key.
///
/// Layout of one example of length L >= 3 x pairs:
///
///     k1 v1 k2 v2 ... kP vP  PAD ... PAD  q1 q2 ... qP
///
/// The PAD gap (L - 3P tokens) puts the queries far from the pairs, so recall spans the
/// sequence. Keys are `keys` distinct tokens drawn without replacement from 0 ..< keyVocab,
/// values drawn uniformly (with replacement) from keyVocab ..< keyVocab + valueVocab;
/// PAD = keyVocab + valueVocab. Targets: the value at each query position, -1 elsewhere.
/// Zoology trains causal LMs with a vocabulary of 8192; here the vocabulary is small. The
/// answers are not in the input, so a bidirectional model cannot copy them, but the specs
/// train causal models: recall needs a "previous token" step (the value at 2p+1 must carry
/// its key at 2p) that the causal mask makes easy to learn; bidirectional exact attention
/// with sinusoidal positions stayed at accuracy 1/pairs (guessing among the values in the
/// context) for 4000 steps at L = 32, causal exact attention reached 100% in 500-1500.
public struct MQAR: GeneratedTask {
    public let name = "mqar"
    public let seed: UInt64
    public let length: Int
    let pairs: Int
    let keyVocab: Int
    let valueVocab: Int
    public var vocabSize: Int { keyVocab + valueVocab + 1 }
    var pad: Int32 { Int32(keyVocab + valueVocab) }

    public init(seed: UInt64, length: Int, pairs: Int, keyVocab: Int = 32, valueVocab: Int = 32) throws {
        guard pairs >= 1, length >= 3 * pairs else {
            throw ModelError.invalidConfig("mqar needs pairs >= 1 and seq_len >= 3 x pairs (got pairs \(pairs), seq_len \(length))")
        }
        guard keyVocab >= pairs, valueVocab >= 2 else {
            throw ModelError.invalidConfig("mqar needs keyVocab >= pairs (distinct keys) and valueVocab >= 2")
        }
        self.seed = seed; self.length = length; self.pairs = pairs; self.keyVocab = keyVocab; self.valueVocab = valueVocab
    }

    public func example(_ index: Int, split: TaskSplit) -> TaskExample {
        var rng = exampleStream(seed: seed, task: name, split: split, index: index)
        var pool = Array(0..<keyVocab)
        for i in 0..<pairs { pool.swapAt(i, i + rng.nextInt(below: keyVocab - i)) }
        let keys = Array(pool[0..<pairs])
        let values = (0..<pairs).map { _ in keyVocab + rng.nextInt(below: valueVocab) }
        var order = Array(0..<pairs)
        for i in stride(from: pairs - 1, to: 0, by: -1) { order.swapAt(i, rng.nextInt(below: i + 1)) }
        var tokens = [Int32](repeating: pad, count: length)
        var targets = [Int32](repeating: -1, count: length)
        for p in 0..<pairs {
            tokens[2 * p] = Int32(keys[p]); tokens[2 * p + 1] = Int32(values[p])
        }
        let start = length - pairs
        for (j, p) in order.enumerated() {
            tokens[start + j] = Int32(keys[p]); targets[start + j] = Int32(values[p])
        }
        return TaskExample(tokens: tokens, targets: targets)
    }
}
