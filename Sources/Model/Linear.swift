import CKernels
import PerformerTensor

/// An affine map y = x W + b on rows: x (rows, inFeatures), W (inFeatures, outFeatures),
/// b (outFeatures), y (rows, outFeatures); one BLAS product each way.
/// W is initialised N(0, (gain^2) / inFeatures), b at 0.
final class Linear {
    let weight: Parameter, bias: Parameter
    let inFeatures: Int, outFeatures: Int

    init(_ name: String, in inFeatures: Int, out outFeatures: Int, gain: Float = 1, rng: SeededGenerator) {
        self.inFeatures = inFeatures
        self.outFeatures = outFeatures
        let std = gain / Float(inFeatures).squareRoot()
        weight = Parameter("\(name).weight", rng.initialised("\(name).weight", shape: [inFeatures, outFeatures], std: std))
        bias = Parameter("\(name).bias", Tensor(zeros: [outFeatures]))
    }

    /// x: (rows, in) as a pointer; writes y: (rows, out).
    func forward(_ x: UnsafePointer<Float>, rows: Int, into y: UnsafeMutablePointer<Float>) {
        GemmMeter.gemm(transA: false, transB: false, m: rows, n: outFeatures, k: inFeatures,
                       a: x, lda: inFeatures, b: weight.value.data, ldb: outFeatures, c: y, ldc: outFeatures)
        ck_add_bias_rows(y, bias.value.data, rows, outFeatures)
    }

    /// Accumulates dW += x^T dy, db += column sums of dy; writes dx = dy W^T when dx is given.
    func backward(_ dy: UnsafePointer<Float>, x: UnsafePointer<Float>, rows: Int, dx: UnsafeMutablePointer<Float>?) {
        GemmMeter.gemm(transA: true, transB: false, m: inFeatures, n: outFeatures, k: rows,
                       a: x, lda: inFeatures, b: dy, ldb: outFeatures, beta: 1, c: weight.grad.data, ldc: outFeatures)
        ck_add_column_sums(dy, bias.grad.data, rows, outFeatures)
        if let dx {
            GemmMeter.gemm(transA: false, transB: true, m: rows, n: inFeatures, k: outFeatures,
                           a: dy, lda: outFeatures, b: weight.value.data, ldb: outFeatures, c: dx, ldc: inFeatures)
        }
    }

    var parameters: [Parameter] { [weight, bias] }
}
