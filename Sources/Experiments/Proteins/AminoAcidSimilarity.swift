import Attention
import Foundation
import ResultsFormat
import Statistics
import Model
import PerformerTensor

/// The amino-acid similarity a trained model's attention implies (paper Fig. 7, left), and its
/// agreement with a substitution matrix.
///
/// Per protein, every layer and head's attention weights w_ij (row i sums to 1 over the keys it
/// sees) add w_ij to mass[a][b], a the residue type at query i and b at key j (the 20 standard
/// amino acids only; separators, pads and B Z X U O are left out). Over proteins
/// M = sum of mass; P(b | a) = M[a][b] / sum_b M[a][b] is where type a looks; dividing by the
/// frequency f_b of type b among the keys gives the enrichment R[a][b] = P(b | a) / f_b (1: a
/// attends to b as often as b occurs); the similarity is (R + R^T) / 2.
enum AminoAcidSimilarity {
    /// How a head's weights are formed from its queries and keys.
    enum Weights { case softmax, relu(epsilon: Double) }

    /// Row-normalised attention weights (L x L, row-major) of one head from q, k (L x d,
    /// row-major): softmax(q k^T / sqrt(d)), or (relu(q) + eps)(relu(k) + eps)^T normalised
    /// per row (Performer-ReLU without projection); causal rows see keys j <= i only.
    static func weights(q: [Double], k: [Double], length L: Int, dim d: Int, kind: Weights, causal: Bool) -> [Double] {
        var w = [Double](repeating: 0, count: L * L)
        for i in 0..<L {
            let last = causal ? i : L - 1
            var row = [Double](repeating: 0, count: last + 1)
            for j in 0...last {
                var s = 0.0
                switch kind {
                case .softmax: for t in 0..<d { s += q[i * d + t] * k[j * d + t] }; s /= Double(d).squareRoot()
                case .relu(let eps): for t in 0..<d { s += (max(q[i * d + t], 0) + eps) * (max(k[j * d + t], 0) + eps) }
                }
                row[j] = s
            }
            if case .softmax = kind { let m = row.max()!; row = row.map { exp($0 - m) } }
            let total = row.reduce(0, +)
            for j in 0...last { w[i * L + j] = row[j] / total }
        }
        return w
    }

    /// Index 0..<20 of a standard amino-acid token, nil for other tokens.
    static func standardIndex(_ token: Int32) -> Int? {
        let i = Int(token - ProteinVocabulary.firstResidue)
        return i >= 0 && i < 20 ? i : nil
    }

    /// Adds one head's weights `w` (L x L) over `tokens` (L) to `mass` (20 x 20, row-major).
    static func accumulate(_ w: [Double], tokens: [Int32], into mass: inout [Double]) {
        let L = tokens.count
        let types = tokens.map(standardIndex)
        for i in 0..<L { guard let a = types[i] else { continue }
            for j in 0..<L { if let b = types[j] { mass[a * 20 + b] += w[i * L + j] } }
        }
    }

    /// The symmetrised enrichment (20 x 20) of summed `mass` given key-type counts `keys` (20).
    static func similarity(mass: [Double], keys: [Double]) -> [Double] {
        let totalKeys = keys.reduce(0, +)
        var r = [Double](repeating: .nan, count: 400)
        for a in 0..<20 {
            let row = (0..<20).reduce(0.0) { $0 + mass[a * 20 + $1] }
            for b in 0..<20 where row > 0 && keys[b] > 0 { r[a * 20 + b] = (mass[a * 20 + b] / row) / (keys[b] / totalKeys) }
        }
        var sym = [Double](repeating: .nan, count: 400)
        for a in 0..<20 { for b in 0..<20 { sym[a * 20 + b] = (r[a * 20 + b] + r[b * 20 + a]) / 2 } }
        return sym
    }

    /// The 190 unordered pairs a < b of the 20 standard amino acids (ProteinVocabulary.standard order).
    static let pairs: [(Int, Int)] = (0..<20).flatMap { a in ((a + 1)..<20).map { (a, $0) } }

    /// Ranks 1...n with ties given their average rank.
    static func ranks(_ x: [Double]) -> [Double] {
        let order = x.indices.sorted { x[$0] < x[$1] }
        var r = [Double](repeating: 0, count: x.count)
        var i = 0
        while i < order.count {
            var j = i
            while j + 1 < order.count && x[order[j + 1]] == x[order[i]] { j += 1 }
            for t in i...j { r[order[t]] = Double(i + j) / 2 + 1 }
            i = j + 1
        }
        return r
    }

    /// Spearman's rank correlation (Pearson correlation of the tie-averaged ranks).
    static func spearman(_ x: [Double], _ y: [Double]) -> Double {
        let rx = ranks(x), ry = ranks(y)
        let mx = rx.reduce(0, +) / Double(rx.count), my = ry.reduce(0, +) / Double(ry.count)
        var sxy = 0.0, sxx = 0.0, syy = 0.0
        for i in rx.indices { sxy += (rx[i] - mx) * (ry[i] - my); sxx += (rx[i] - mx) * (rx[i] - mx); syy += (ry[i] - my) * (ry[i] - my) }
        return sxy / (sxx * syy).squareRoot()
    }

    /// The off-diagonal values of a 20 x 20 similarity in `pairs` order.
    static func offDiagonal(_ s: [Double]) -> [Double] { pairs.map { s[$0.0 * 20 + $0.1] } }

    /// BLOSUM scores of the 190 pairs from `matrix` (throws if a standard letter is absent).
    static func substitutionScores(_ matrix: SubstitutionMatrix) throws -> [Double] {
        let letters = ProteinVocabulary.standard
        return try pairs.map { p in
            guard let s = matrix.score(letters[p.0], letters[p.1]) else { throw MechanismError("substitution matrix lacks \(letters[p.0]) or \(letters[p.1])") }
            return Double(s)
        }
    }

    /// Rank (1 = most similar) of the pair of letters `a`, `b` among the 190 by `similarity`.
    static func rank(_ a: Character, _ b: Character, in similarity: [Double]) -> Int {
        let letters = ProteinVocabulary.standard
        let i = letters.firstIndex(of: a)!, j = letters.firstIndex(of: b)!
        let v = similarity[min(i, j) * 20 + max(i, j)]
        return 1 + offDiagonal(similarity).filter { $0 > v }.count
    }

    /// Spearman correlation with `scores` of the similarity of per-protein (mass, keys), with a
    /// 95% percentile bootstrap over proteins (resampling whole proteins, seeded).
    static func correlation(perProtein: [(mass: [Double], keys: [Double])], scores: [Double], resamples: Int = 400) -> Interval? {
        let index = [perProtein.indices.map(Double.init)]
        return Stats.bootstrap(index, resamples: resamples, seed: 7) { g in
            var mass = [Double](repeating: 0, count: 400), keys = [Double](repeating: 0, count: 20)
            for x in g[0] { let p = perProtein[Int(x)]; for t in 0..<400 { mass[t] += p.mass[t] }; for t in 0..<20 { keys[t] += p.keys[t] } }
            return spearman(offDiagonal(similarity(mass: mass, keys: keys)), scores)
        }
    }
}
