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
    let corpus: ProteinCorpus
    public let length: Int
    public let causal: Bool
    let maskRate: Double

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

/// Rows of proteins concatenated into long sequences (the paper's L = 8192
/// figure), causal only: a stream [sep, p_1, sep, p_2, ...] of whole proteins (each protein
/// after one separator token), cut into rows of `length` inputs and `length` next-token
/// targets (so a row reads `length` + 1 stream tokens).
///
/// - Training row (a pure function of seed, step and row): starts at the separator of a
///   protein drawn uniformly from the train split and continues with the proteins after it
///   in the split's order (wrapping at its end) until the row is full; the protein that
///   crosses the row's end is cut there (its rest is not in this row; it is whole in rows
///   that start at it or earlier).
/// - Evaluation rows: the split's proteins in source order as one stream, cut into
///   consecutive rows that overlap by one token (row k reads stream tokens
///   k x length ... (k + 1) x length), so every residue of the covered stream is a target
///   exactly once and no protein is lost at a row boundary: a protein crossing it continues
///   in the next row (without its earlier context).
public struct ConcatenatedProteinBatches {
    let corpus: ProteinCorpus
    public let length: Int

    public init(corpus: ProteinCorpus, length: Int) {
        precondition(length >= 2, "length \(length) < 2")
        self.corpus = corpus; self.length = length
    }

    /// Stream tokens of `entries` from entry position `first` on (wrapping), until `count`
    /// tokens: [sep, residues, sep, residues, ...] cut at `count`.
    func stream(_ entries: [Int], from first: Int, count: Int, wrap: Bool) throws -> [Int32] {
        var out: [Int32] = []; out.reserveCapacity(count)
        var i = first
        while out.count < count {
            if i >= entries.count { guard wrap, !entries.isEmpty else { break }; i = 0 }
            out.append(ProteinVocabulary.separator)
            out += try corpus.tokens(entries[i])
            i += 1
        }
        return Array(out.prefix(count))
    }

    /// One row (inputs, targets) from `length` + 1 stream tokens (padded, target -1, when the
    /// stream is shorter).
    func row(_ window: [Int32]) -> ([Int32], [Int32]) {
        var inputs = [Int32](repeating: ProteinVocabulary.pad, count: length)
        var targets = [Int32](repeating: -1, count: length)
        for (i, t) in window.prefix(length + 1).enumerated() {
            if i < length { inputs[i] = t }
            if i > 0 { targets[i - 1] = t }
        }
        return (inputs, targets)
    }

    /// Training batch `step`: `batch` rows, each from a protein of the train split drawn
    /// from (seed, step), so every mechanism of a seed sees the same data.
    public func trainBatch(step: Int, batch: Int, seed: UInt64) throws -> TokenBatch {
        var rng = SeededGenerator(seed: seed).derive("protein-concat-train").derive(UInt64(step))
        let pool = corpus.indices[.train]!
        precondition(!pool.isEmpty, "the train split is empty")
        var inputs: [Int32] = [], targets: [Int32] = []
        for _ in 0..<batch {
            let (i, t) = row(try stream(pool, from: rng.nextInt(below: pool.count), count: length + 1, wrap: true))
            inputs += i; targets += t
        }
        return TokenBatch(inputs: inputs, targets: targets, batch: batch, length: length)
    }

    /// The first `rows` rows of `split`'s stream (consecutive, overlapping by one token), as
    /// batches of up to `batchSize` rows.
    public func evaluationBatches(_ split: ProteinCorpus.Split, rows: Int, batchSize: Int) throws -> [TokenBatch] {
        let all = try stream(corpus.indices[split]!, from: 0, count: rows * length + 1, wrap: false)
        let windows = (0..<rows).map { k in Array(all[min(all.count, k * length) ..< min(all.count, (k + 1) * length + 1)]) }
            .filter { $0.count > 1 }
        return stride(from: 0, to: windows.count, by: max(1, batchSize)).map { a in
            let part = windows[a ..< min(windows.count, a + batchSize)]
            var inputs: [Int32] = [], targets: [Int32] = []
            for w in part { let (i, t) = row(w); inputs += i; targets += t }
            return TokenBatch(inputs: inputs, targets: targets, batch: part.count, length: length)
        }
    }
}
