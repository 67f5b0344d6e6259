import PerformerTensor

/// Rows of protein language-model batches, one protein per row (the paper's layout),
/// shapes (batch, length) row-major like every `TokenBatch`:
///
/// - causal (U): the row is [separator, r_1, ..., r_n] cut to `length` + 1 tokens; inputs
///   are its first `length`, targets the next token at each position (so r_1 is predicted
///   from the separator alone); positions past the protein are pad with target -1.
/// - masked (B): the row is [r_1, ..., r_n] cut to `length`; each residue is replaced by the
///   mask token with probability `maskRate` (at least one per row) and only masked positions
///   have targets (all replaced by the mask token: no 80/10/10 split).
///
/// Longer proteins are cut at a start drawn from the batch's stream for training and at 0
/// for evaluation.
public struct ProteinBatches {
    public let corpus: ProteinCorpus
    public let length: Int
    public let causal: Bool
    public let maskRate: Double

    public init(corpus: ProteinCorpus, length: Int, causal: Bool, maskRate: Double = 0.15) {
        precondition(length >= 2, "length \(length) < 2")
        self.corpus = corpus; self.length = length; self.causal = causal; self.maskRate = maskRate
    }

    /// One row from entry `entry`: (inputs, targets), each `length` tokens.
    func row(_ entry: Int, rng: inout SeededGenerator, randomCrop: Bool) throws -> ([Int32], [Int32]) {
        let residues = try corpus.tokens(entry)
        var inputs = [Int32](repeating: ProteinVocabulary.pad, count: length)
        var targets = [Int32](repeating: -1, count: length)
        if causal {
            let full = [ProteinVocabulary.separator] + residues
            let span = full.count - (length + 1)
            let start = span > 0 && randomCrop ? rng.nextInt(below: span + 1) : 0
            let window = full[start ..< min(full.count, start + length + 1)]
            for (i, t) in window.enumerated() {
                if i < length { inputs[i] = t }
                if i > 0 { targets[i - 1] = t }
            }
        } else {
            let span = residues.count - length
            let start = span > 0 && randomCrop ? rng.nextInt(below: span + 1) : 0
            let window = Array(residues[start ..< min(residues.count, start + length)])
            guard !window.isEmpty else { return (inputs, targets) }
            let forced = rng.nextInt(below: window.count)
            for (i, t) in window.enumerated() {
                if i == forced || rng.nextUniform() < maskRate {
                    inputs[i] = ProteinVocabulary.mask; targets[i] = t
                } else {
                    inputs[i] = t
                }
            }
        }
        return (inputs, targets)
    }

    /// Training batch `step` of `batch` proteins drawn uniformly (with replacement) from the
    /// train split, a pure function of (seed, step): every mechanism of a seed sees the same data.
    public func trainBatch(step: Int, batch: Int, seed: UInt64) throws -> TokenBatch {
        var rng = SeededGenerator(seed: seed).derive("protein-train").derive(UInt64(step))
        let pool = corpus.indices[.train]!
        precondition(!pool.isEmpty, "the train split is empty")
        let picks = (0..<batch).map { _ in pool[rng.nextInt(below: pool.count)] }
        return try rows(picks, rng: &rng, randomCrop: true)
    }

    /// The first `count` proteins of `split` (source order) as batches of up to `batchSize`
    /// rows, each cut at its start; masks from a fixed stream, so calls agree.
    public func evaluationBatches(_ split: ProteinCorpus.Split, count: Int, batchSize: Int) throws -> [TokenBatch] {
        let pool = Array(corpus.indices[split]!.prefix(count))
        var rng = SeededGenerator(seed: 0x5EED_E7A1).derive(split.rawValue)
        return try stride(from: 0, to: pool.count, by: batchSize).map { a in
            try rows(Array(pool[a ..< min(pool.count, a + batchSize)]), rng: &rng, randomCrop: false)
        }
    }

    func rows(_ entries: [Int], rng: inout SeededGenerator, randomCrop: Bool) throws -> TokenBatch {
        var inputs: [Int32] = [], targets: [Int32] = []
        inputs.reserveCapacity(entries.count * length); targets.reserveCapacity(entries.count * length)
        for e in entries {
            let (i, t) = try row(e, rng: &rng, randomCrop: randomCrop)
            inputs += i; targets += t
        }
        return TokenBatch(inputs: inputs, targets: targets, batch: entries.count, length: length)
    }
}

extension ProteinCorpus {
    /// Residue frequencies (tokens 0..<ProteinVocabulary.size, summing to 1) over the first
    /// `count` proteins of `split`: the unigram model. Its accuracy (always answering the most
    /// frequent residue) is the baseline the language models are compared with.
    public func unigram(_ split: Split, count: Int) throws -> [Double] {
        var counts = [Double](repeating: 0, count: ProteinVocabulary.size)
        for e in indices[split]!.prefix(count) { for t in try tokens(e) { counts[Int(t)] += 1 } }
        let total = counts.reduce(0, +)
        return counts.map { $0 / max(total, 1) }
    }
}
