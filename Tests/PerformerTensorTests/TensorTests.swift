import CKernels
import Foundation
import XCTest
@testable import PerformerTensor

final class BLASTests: XCTestCase {
    /// Naive Float64 product of row-major matrices with the given transposes.
    func naive(_ a: Tensor, _ transA: Bool, _ b: Tensor, _ transB: Bool, m: Int, n: Int, k: Int) -> [Double] {
        var c = [Double](repeating: 0, count: m * n)
        for i in 0..<m { for j in 0..<n {
            var acc = 0.0
            for p in 0..<k {
                let x = Double(transA ? a.data[p * m + i] : a.data[i * k + p])
                let y = Double(transB ? b.data[j * k + p] : b.data[p * n + j])
                acc += x * y
            }
            c[i * n + j] = acc
        } }
        return c
    }

    /// All four transpose cases, batched over (2, 3), against the naive product. Tolerance
    /// 1e-5 relative to the largest |entry|: Float32 sums of k = 37 terms of N(0,1) products
    /// round to about 37 * 6e-8 * sqrt(37)-scale, well below it; a wrong index is O(1).
    func testBatchedMatmulAllTransposes() {
        var rng = SeededGenerator(seed: 11)
        let (m, n, k) = (19, 23, 37)
        for transA in [false, true] { for transB in [false, true] {
            let a = Tensor.gaussian([2, 3] + (transA ? [k, m] : [m, k]), rng: &rng)
            let b = Tensor.gaussian([2, 3] + (transB ? [n, k] : [k, n]), rng: &rng)
            let c = matmul(a, transA: transA, b, transB: transB)
            XCTAssertEqual(c.shape, [2, 3, m, n])
            for batch in 0..<6 {
                let sa = Tensor(shape: Array(a.shape.suffix(2)), values: Array(a.array[(batch * m * k)..<((batch + 1) * m * k)]))
                let sb = Tensor(shape: Array(b.shape.suffix(2)), values: Array(b.array[(batch * n * k)..<((batch + 1) * n * k)]))
                let ref = naive(sa, transA, sb, transB, m: m, n: n, k: k)
                let mag = ref.map(abs).max()!
                for i in 0..<(m * n) {
                    XCTAssertEqual(Double(c.data[batch * m * n + i]), ref[i], accuracy: 1e-5 * mag,
                                   "transA=\(transA) transB=\(transB) batch \(batch) element \(i)")
                }
            }
        } }
    }

    /// A shared 2-D right operand is broadcast over the batch; alpha/beta accumulate.
    func testSharedRightOperandAndBeta() {
        var rng = SeededGenerator(seed: 12)
        let a = Tensor.gaussian([4, 5, 6], rng: &rng), w = Tensor.gaussian([6, 3], rng: &rng)
        let c = Tensor(repeating: 1, shape: [4, 5, 3])
        batchedMatmul(a, w, into: c, alpha: 2, beta: 0.5)
        for b in 0..<4 { for i in 0..<5 { for j in 0..<3 {
            var acc = 0.0
            for p in 0..<6 { acc += Double(a[b, i, p]) * Double(w[p, j]) }
            XCTAssertEqual(Double(c[b, i, j]), 2 * acc + 0.5, accuracy: 1e-5 * max(1, abs(acc)))
        } } }
    }

    func testStartUpCheckPasses() {
        XCTAssertLessThan(BLASRuntime.verify(), BLASRuntime.verifyTolerance)
        XCTAssertFalse(BLASRuntime.coreName.isEmpty)
        XCTAssertGreaterThan(BLASRuntime.threadCount, 0)
    }

    func testBestCoreFromFlags() {
        XCTAssertEqual(BLASRuntime.bestCore(flags: ["avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512cd", "avx2", "fma"]), "SkylakeX")
        XCTAssertEqual(BLASRuntime.bestCore(flags: ["avx2", "fma", "avx"]), "Haswell")
        XCTAssertNil(BLASRuntime.bestCore(flags: ["sse2"]))
        XCTAssertTrue(BLASRuntime.fallbackCores.contains("prescott"))
    }

    /// `poolGemm` splits C's rows (m >= n) or columns over the pool, with a leading dimension
    /// wider than the matrix and beta = 1 accumulation: all four transpose cases against the
    /// naive product, and equal to one unsplit OpenBLAS call (`sgemm`) (each element is one full-k sum in both;
    /// the tolerance is the naive check's, 1e-5 of the largest |entry|, for BLAS cores whose
    /// kernels round a tile's edge differently). Shapes are above `poolGemmMinFlops`, with
    /// extents not a multiple of the 16-row alignment so the last part is short.
    func testPoolGemmSplitsRowsAndColumns() {
        var rng = SeededGenerator(seed: 12)
        for (m, n, k) in [(203, 37, 300), (37, 203, 300)] {
            XCTAssertGreaterThanOrEqual(2 * m * n * k, BLAS.poolGemmMinFlops)
            for transA in [false, true] { for transB in [false, true] {
                let a = Tensor.gaussian(transA ? [k, m] : [m, k], rng: &rng)
                let b = Tensor.gaussian(transB ? [n, k] : [k, n], rng: &rng)
                let ldc = n + 5
                let start = Tensor.gaussian([m * ldc], rng: &rng)
                let split = Tensor(zeros: [m * ldc]), whole = Tensor(zeros: [m * ldc])
                for i in 0..<(m * ldc) { split.data[i] = start.data[i]; whole.data[i] = start.data[i] }
                BLAS.poolGemm(transA: transA, transB: transB, m: m, n: n, k: k, a: a.data, lda: transA ? m : k,
                              b: b.data, ldb: transB ? k : n, beta: 1, c: split.data, ldc: ldc)
                BLAS.sgemm(transA: transA, transB: transB, m: m, n: n, k: k, alpha: 1, a: a.data, lda: transA ? m : k,
                           b: b.data, ldb: transB ? k : n, beta: 1, c: whole.data, ldc: ldc)
                let ref = naive(a, transA, b, transB, m: m, n: n, k: k)
                let scale = ref.map(abs).max()!
                var worstRef = 0.0, worstWhole = 0.0
                for i in 0..<m { for j in 0..<ldc {
                    let got = Double(split.data[i * ldc + j])
                    if j >= n {
                        XCTAssertEqual(split.data[i * ldc + j], start.data[i * ldc + j], "padding column touched")
                        continue
                    }
                    worstRef = max(worstRef, abs(got - Double(start.data[i * ldc + j]) - ref[i * n + j]))
                    worstWhole = max(worstWhole, abs(got - Double(whole.data[i * ldc + j])))
                } }
                XCTAssertLessThan(worstRef, 1e-5 * scale, "m \(m) n \(n) transA \(transA) transB \(transB)")
                XCTAssertLessThan(worstWhole, 1e-5 * scale, "m \(m) n \(n) transA \(transA) transB \(transB)")
            } }
        }
    }
}

final class RandomTests: XCTestCase {
    /// The generator is a pure function of its seed: known first outputs, and repeats.
    func testReproducible() {
        var a = SeededGenerator(seed: 42), b = SeededGenerator(seed: 42), c = SeededGenerator(seed: 43)
        let xs = (0..<8).map { _ in a.next() }
        XCTAssertEqual(xs, (0..<8).map { _ in b.next() })
        XCTAssertNotEqual(xs, (0..<8).map { _ in c.next() })
        // SplitMix64's published first output for state 0 pins the seeding procedure.
        var state: UInt64 = 0
        XCTAssertEqual(SeededGenerator.splitMix64(&state), 0xE220_A839_7B1D_CDAF)
        var g1 = SeededGenerator(seed: 5), g2 = SeededGenerator(seed: 5)
        XCTAssertEqual(Tensor.gaussian([100], rng: &g1).array, Tensor.gaussian([100], rng: &g2).array)
        var da = SeededGenerator(seed: 5).derive("a"), db = SeededGenerator(seed: 5).derive("b")
        XCTAssertNotEqual(da.next(), db.next())
    }

    /// Moments of 200k Gaussian draws: mean within 4 standard errors (4/sqrt(n) = 0.009),
    /// variance within 4 standard errors (4 sqrt(2/n) = 0.0127).
    func testGaussianMoments() {
        var rng = SeededGenerator(seed: 9)
        let n = 200_000
        var s = 0.0, s2 = 0.0
        for _ in 0..<n { let x = rng.nextGaussian(); s += x; s2 += x * x }
        let mean = s / Double(n), variance = s2 / Double(n) - mean * mean
        XCTAssertEqual(mean, 0, accuracy: 4 / Double(n).squareRoot())
        XCTAssertEqual(variance, 1, accuracy: 4 * (2 / Double(n)).squareRoot())
    }
}

final class KernelTests: XCTestCase {
    /// ck_exp's stated bound: relative error <= 2e-7 against Float64 exp on [-87, 88], and 0
    /// below -87.3 (so masked scores vanish).
    func testVectorExpAccuracy() {
        let n = 100_000
        let x = Tensor(uninitialized: [n])
        for i in 0..<n { x.data[i] = -87 + 175 * Float(i) / Float(n) }
        let y = Tensor(zeros: [n])
        ck_exp(x.data, y.data, n)
        var worst = 0.0
        for i in 0..<n {
            let ref = Foundation.exp(Double(x.data[i]))
            worst = max(worst, abs(Double(y.data[i]) - ref) / ref)
        }
        XCTAssertLessThan(worst, 2e-7)
        var masked: [Float] = [-Float.infinity, -1000, -88], out: [Float] = [1, 1, 1]
        ck_exp(&masked, &out, 3)
        XCTAssertEqual(out, [0, 0, 0])
    }

    func testMemoryLedgerCountsLiveTensors() {
        let before = MemoryLedger.currentBytes
        let (_, peak) = MemoryLedger.measure { () -> Int in
            let t = Tensor(zeros: [1000])
            let u = Tensor(zeros: [3000])
            return t.count + u.count
        }
        XCTAssertEqual(peak, 16_000)
        XCTAssertEqual(MemoryLedger.currentBytes, before)
        // Large, pooled buffers are reused and still counted while live.
        let big = Tensor(zeros: [1 << 20])
        XCTAssertEqual(MemoryLedger.currentBytes, before + 4 << 20)
        _ = big
    }
}
