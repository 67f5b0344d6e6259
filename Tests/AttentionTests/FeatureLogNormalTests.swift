@testable import Attention
import Foundation
import PerformerTensor
import XCTest

/// Lemma 2's derivation rests on each positive feature being lognormal: for w ~ N(0, I),
/// log phi_j(x) = s w.x - s^2 |x|^2 / 2 - log(m) / 2 ~ N(-s^2|x|^2/2 - log(m)/2, s^2 |x|^2),
/// s = d^(-1/4) the data scaling inside attention. Checked on the Float32 production map.
final class FeatureLogNormalTests: XCTestCase {
    func testLogOfProductionPositiveFeatureIsGaussian() {
        let d = 16, m = 8192
        var rng = SeededGenerator(seed: 21)
        let w = Projections.draw(kind: .iid, scaling: .gaussianNorms, rows: m, dim: d, rng: &rng)
        // |x| = 4, so s^2 |x|^2 = 16 / 4 = 4.
        let xd = (0..<d).map { _ in rng.nextGaussian() }
        let norm = xd.reduce(0) { $0 + $1 * $1 }.squareRoot()
        let x = xd.map { Float(4 * $0 / norm) }
        let map = FavorFeatureMap(kind: .positive, m: m, d: d, useProjection: true, epsilon: 0, stabilize: false)
        var phi = [Float](repeating: 0, count: m)
        var scratch = [Float](repeating: 0, count: FavorFeatureMap.forwardScratch(length: 1))
        x.withUnsafeBufferPointer { xp in
            phi.withUnsafeMutableBufferPointer { pp in
                scratch.withUnsafeMutableBufferPointer { sp in
                    map.forward(x: xp.baseAddress!, length: 1, w: w, phi: pp.baseAddress!, isQuery: true, scratch: sp.baseAddress!)
                }
            }
        }
        let logs = phi.map { Foundation.log(Double($0)) }
        let n = Double(m)
        let s2x2 = 16.0 / Double(d).squareRoot()   // s^2 |x|^2 = |x|^2 / sqrt(d) = 4
        let expectedMean = -s2x2 / 2 - Foundation.log(n) / 2, expectedVar = s2x2
        let mean = logs.reduce(0, +) / n
        let c = logs.map { $0 - mean }
        let variance = c.reduce(0) { $0 + $1 * $1 } / (n - 1)
        let skew = c.reduce(0) { $0 + $1 * $1 * $1 } / n / Foundation.pow(variance, 1.5)
        let kurt = c.reduce(0) { $0 + $1 * $1 * $1 * $1 } / n / (variance * variance) - 3
        // 5 standard errors of each sample statistic of n Gaussian draws: the mean's
        // sqrt(var/n), the variance's var sqrt(2/(n-1)), skewness sqrt(6/n), excess kurtosis
        // sqrt(24/n). Float32 rounding (~1e-7 relative) is far below these.
        XCTAssertEqual(mean, expectedMean, accuracy: 5 * (expectedVar / n).squareRoot())
        XCTAssertEqual(variance, expectedVar, accuracy: 5 * expectedVar * (2 / (n - 1)).squareRoot())
        XCTAssertEqual(skew, 0, accuracy: 5 * (6 / n).squareRoot())
        XCTAssertEqual(kurt, 0, accuracy: 5 * (24 / n).squareRoot())
    }
}
