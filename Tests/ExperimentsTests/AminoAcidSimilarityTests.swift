import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

final class AminoAcidSimilarityTests: XCTestCase {
    /// Rows of both weight kinds sum to 1; causal rows put no weight on later keys; equal
    /// keys get equal softmax weight (exact arithmetic up to 1e-12 rounding).
    func testWeightsAreRowStochasticAndCausal() {
        let L = 4, d = 2
        let q: [Double] = [1, 0, 0.5, -1, 0, 2, -1, 1], k: [Double] = [0, 1, 1, 1, 0, 1, 2, -1]
        for kind in [AminoAcidSimilarity.Weights.softmax, .relu(epsilon: 1e-3)] {
            for causal in [false, true] {
                let w = AminoAcidSimilarity.weights(q: q, k: k, length: L, dim: d, kind: kind, causal: causal)
                for i in 0..<L {
                    XCTAssertEqual((0..<L).reduce(0) { $0 + w[i * L + $1] }, 1, accuracy: 1e-12)
                    if causal { for j in (i + 1)..<L where j < L { XCTAssertEqual(w[i * L + j], 0) } }
                }
            }
        }
        let same = AminoAcidSimilarity.weights(q: [1, 1], k: [0.3, 0.3], length: 2, dim: 1, kind: .softmax, causal: false)
        XCTAssertEqual(same[0], 0.5, accuracy: 1e-12)
    }

    /// Uniform attention gives enrichment 1 everywhere (each type attends to b in proportion
    /// to b's frequency among the keys); Spearman is 1 for the same ranking, -1 reversed, and
    /// averages ties.
    func testUniformAttentionIsNeutralAndSpearman() {
        let tokens: [Int32] = [3, 3, 4, 5, 6, 3]
        let L = tokens.count
        var mass = [Double](repeating: 0, count: 400), keys = [Double](repeating: 0, count: 20)
        AminoAcidSimilarity.accumulate([Double](repeating: 1 / Double(L), count: L * L), tokens: tokens, into: &mass)
        for t in tokens { keys[AminoAcidSimilarity.standardIndex(t)!] += 1 }
        let s = AminoAcidSimilarity.similarity(mass: mass, keys: keys)
        for a in 0..<4 { for b in 0..<4 { XCTAssertEqual(s[a * 20 + b], 1, accuracy: 1e-12) } }
        XCTAssertEqual(AminoAcidSimilarity.spearman([1, 2, 3, 4], [10, 20, 30, 40]), 1, accuracy: 1e-12)
        XCTAssertEqual(AminoAcidSimilarity.spearman([1, 2, 3, 4], [4, 3, 2, 1]), -1, accuracy: 1e-12)
        XCTAssertEqual(AminoAcidSimilarity.ranks([5, 1, 5, 2]), [3.5, 1, 3.5, 2])
        XCTAssertEqual(AminoAcidSimilarity.pairs.count, 190)
    }
}
