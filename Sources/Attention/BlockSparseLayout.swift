import PerformerTensor

/// Which key blocks each query block attends to in BigBird-style block-sparse attention.
///
/// The sequence of `length` positions is cut into `numBlocks` = ceil(length / blockSize)
/// blocks; block j holds positions [j b, min((j + 1) b, length)) (the last one may be short).
/// For query block i and head h the key blocks are, bidirectionally:
/// - i < globalBlocks (a global query block): every block;
/// - otherwise: the global blocks 0..<g, the sliding blocks i - w ... i + w, and `randomBlocks`
///   blocks drawn without replacement from the rest (fewer when fewer remain).
/// Causal layouts keep only blocks j <= i (random ones are drawn among the earlier blocks);
/// the diagonal block i is then the last one and is masked inside by the attention.
/// Random draws depend only on (seed, head, query block, the candidate set), so the same
/// seed gives the same layout; each head draws its own blocks, as BigBird does.
public struct BlockSparseLayout: Equatable {
    public let length: Int, blockSize: Int, numBlocks: Int, heads: Int
    /// keyBlocks[h][i]: the sorted key blocks of query block i in head h.
    public let keyBlocks: [[[Int]]]

    /// A contiguous run of key positions [start, start + count) (adjacent blocks merged).
    struct Run: Equatable { var start: Int, count: Int }
    /// runs[h][i]: keyBlocks[h][i] as position runs, in order.
    let runs: [[[Run]]]
    /// columns[h][i]: the number of key positions of query block i (sum of its runs).
    let columns: [[Int]]

    public init(length: Int, heads: Int, blockSize b: Int, windowBlocks w: Int, globalBlocks g: Int,
                randomBlocks r: Int, causal: Bool, seed: UInt64) {
        precondition(length >= 1 && heads >= 1 && b >= 1 && w >= 0 && g >= 0 && r >= 0)
        self.length = length
        self.blockSize = b
        self.heads = heads
        let nb = (length + b - 1) / b
        self.numBlocks = nb
        let base = SeededGenerator(seed: seed).derive("block-sparse/random-blocks")
        var blocks = [[[Int]]]()
        for h in 0..<heads {
            let headRNG = base.derive(UInt64(h))
            blocks.append((0..<nb).map { i in
                var rng = headRNG.derive(UInt64(i))
                return Self.keyBlocks(query: i, numBlocks: nb, window: w, global: g, random: r,
                                      causal: causal, rng: &rng)
            })
        }
        keyBlocks = blocks
        runs = blocks.map { $0.map { Self.runs(of: $0, blockSize: b, length: length) } }
        columns = runs.map { $0.map { $0.reduce(0) { $0 + $1.count } } }
    }

    /// Key blocks of query block i (sorted), drawing its random blocks from `rng`.
    static func keyBlocks(query i: Int, numBlocks nb: Int, window w: Int, global g: Int, random r: Int,
                          causal: Bool, rng: inout SeededGenerator) -> [Int] {
        let last = causal ? i : nb - 1
        if i < g { return Array(0...last) }
        var chosen = Set(0..<min(g, last + 1))
        for j in max(0, i - w)...min(last, i + w) { chosen.insert(j) }
        // Candidates for random blocks: 0...last minus the global and sliding ones.
        let candidates = last + 1 - chosen.count
        let want = min(r, candidates)
        if want > 0 {
            if candidates <= 4 * want {
                var pool = (0...last).filter { !chosen.contains($0) }
                for t in 0..<want {
                    pool.swapAt(t, t + rng.nextInt(below: pool.count - t))
                    chosen.insert(pool[t])
                }
            } else {
                // Rejection sampling over 0...last: more than 3/4 of the candidates stay free.
                var drawn = 0
                while drawn < want {
                    let j = rng.nextInt(below: last + 1)
                    if chosen.insert(j).inserted { drawn += 1 }
                }
            }
        }
        return chosen.sorted()
    }

    static func runs(of blocks: [Int], blockSize b: Int, length: Int) -> [Run] {
        var out = [Run]()
        for j in blocks {
            let start = j * b, count = min(b, length - start)
            if let lastRun = out.last, lastRun.start + lastRun.count == start {
                out[out.count - 1].count += count
            } else {
                out.append(Run(start: start, count: count))
            }
        }
        return out
    }

    /// Whether query position i may attend to key position j in head h (before the causal
    /// mask inside the diagonal block): the reference for tests.
    public func allows(head h: Int, query i: Int, key j: Int) -> Bool {
        keyBlocks[h][i / blockSize].contains(j / blockSize)
    }

    /// Largest number of key positions of any query block (the width of the scratch tiles).
    var maxColumns: Int { columns.map { $0.max() ?? 0 }.max() ?? 0 }
}
