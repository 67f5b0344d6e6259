import Attention
import CKernels
import PerformerTensor

/// The speed figures the issues ask for, measured by `repro bench` and `repro env`.
public enum Benchmarks {
    /// sgemm rate in GFLOP/s (2 n^3 flops per product) on n x n matrices: median of `repeats`
    /// timed products after one warm-up.
    public static func sgemmGflops(size n: Int = 2048, repeats: Int = 5) -> Summary {
        var rng = SeededGenerator(seed: 1)
        let a = Tensor.gaussian([n, n], rng: &rng), b = Tensor.gaussian([n, n], rng: &rng)
        let c = Tensor(zeros: [n, n])
        let seconds = Stopwatch.sample(warmup: 1, repeats: repeats) {
            BLAS.gemm(transA: false, transB: false, m: n, n: n, k: n, a: a.data, lda: n, b: b.data, ldb: n, c: c.data, ldc: n)
        }
        let flops = 2 * Double(n) * Double(n) * Double(n)
        return Summary(seconds.map { flops / $0 / 1e9 })
    }

    /// Exponentials per second on one core (ck_exp over a 64 Ki-float buffer, in cache).
    static func expPerSecond(repeats: Int = 5) -> Summary {
        let n = 1 << 16
        var rng = SeededGenerator(seed: 2)
        let x = Tensor.uniform([n], low: -20, high: 5, rng: &rng)
        let y = Tensor(zeros: [n])
        let inner = 200
        let seconds = Stopwatch.sample(warmup: 1, repeats: repeats) {
            for _ in 0..<inner { ck_exp(x.data, y.data, n) }
        }
        return Summary(seconds.map { Double(n * inner) / $0 })
    }

    /// One attention timing: seconds (forward, or forward+backward) of `mechanism` at `shape`.
    public static func attentionSeconds(
        _ mechanism: AttentionMechanism, shape s: AttentionShape, backward: Bool,
        warmup: Int = 1, repeats: Int = 3, seed: UInt64 = 3
    ) -> Summary {
        var rng = SeededGenerator(seed: seed)
        let q = Tensor.gaussian([s.batch, s.heads, s.length, s.headDim], rng: &rng)
        let k = Tensor.gaussian([s.batch, s.heads, s.length, s.headDim], rng: &rng)
        let v = Tensor.gaussian([s.batch, s.heads, s.length, s.valueDim], rng: &rng)
        let g = backward ? Tensor.gaussian([s.batch, s.heads, s.length, s.valueDim], rng: &rng) : nil
        var step = 0
        return Summary(attentionSamples(mechanism, q: q, k: k, v: v, dOutput: g, warmup: warmup, repeats: repeats, step: &step))
    }

    /// The timing loop of every attention measurement (`repro bench` and the `timing` kind):
    /// `warmup` untimed then `repeats` timed calls of forward (and backward when `dOutput` is
    /// given), each preceded by `beginStep(step)` (a new projection for redrawing mechanisms);
    /// returns the seconds of the timed calls.
    static func attentionSamples(_ mechanism: AttentionMechanism, q: Tensor, k: Tensor, v: Tensor, dOutput g: Tensor?,
                                        warmup: Int, repeats: Int, step: inout Int) -> [Double] {
        var current = step
        defer { step = current }
        return Stopwatch.sample(warmup: warmup, repeats: repeats) {
            mechanism.beginStep(current)
            current += 1
            let f = mechanism.forward(q: q, k: k, v: v)
            if let g { _ = mechanism.backward(dOutput: g, cache: f.cache) }
        }
    }
}
