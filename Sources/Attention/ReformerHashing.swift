import PerformerTensor

/// The hashing half of Reformer's LSH attention (Kitaev, Kaiser, Levskaya 2020): angular LSH
/// by random rotations and the stable sort by (bucket, position).
///
/// One round r hashes a row x (length d) with the rotation R_r (d x b/2, i.i.d. N(0, 1)) to
///     h_r(x) = argmax_j [x R_r ; -x R_r]_j  in 0..<b,
/// the first maximum winning ties (argmax's convention). Scaling x by a positive number does
/// not change h, so hashing q or its normalised key gives the same bucket. The sort is a
/// counting sort, so positions within a bucket stay in increasing order.
enum ReformerHashing {
    /// Rows of x rotated per block: the rotated block (rows x b/2 floats) is the only scratch
    /// of the hashing, whatever L and b are.
    static let blockRows = 256

    /// Scratch floats `sortedPositions` needs: one rotated block, L bucket ids and b counts.
    static func scratchFloats(length L: Int, buckets b: Int) -> Int {
        min(blockRows, L) * (b / 2) + L + b
    }

    /// Writes into `perm[0..<L]` the positions 0..<L sorted stably by bucket: `perm[s]` is the
    /// position of the s-th row in (bucket, position) order, stored as an exact Float32
    /// integer (L < 2^24).
    ///
    /// - x: rows (L x d) row-major; rotation: R (d x b/2) row-major; scratch: at least
    ///   `scratchFloats(length: L, buckets: b)` floats.
    static func sortedPositions(x: UnsafePointer<Float>, length L: Int, dim d: Int,
                                rotation: UnsafePointer<Float>, buckets b: Int,
                                scratch: UnsafeMutablePointer<Float>, perm: UnsafeMutablePointer<Float>) {
        let half = b / 2
        let rotated = scratch
        let bucket = scratch + min(blockRows, L) * half
        let counts = bucket + L
        for r0 in stride(from: 0, to: L, by: blockRows) {
            let rows = min(blockRows, L - r0)
            BLAS.gemm(transA: false, transB: false, m: rows, n: half, k: d,
                      a: x + r0 * d, lda: d, b: rotation, ldb: half, c: rotated, ldc: half)
            for i in 0..<rows {
                bucket[r0 + i] = Float(argmaxPlusMinus(rotated + i * half, half))
            }
        }
        counts.update(repeating: 0, count: b)
        for i in 0..<L { counts[Int(bucket[i])] += 1 }
        var start: Float = 0
        for j in 0..<b { let n = counts[j]; counts[j] = start; start += n }
        for i in 0..<L {
            let j = Int(bucket[i])
            perm[Int(counts[j])] = Float(i)
            counts[j] += 1
        }
    }

    /// argmax over the 2h values [y_0 ... y_{h-1}, -y_0 ... -y_{h-1}], first maximum winning.
    @inline(__always)
    static func argmaxPlusMinus(_ y: UnsafePointer<Float>, _ h: Int) -> Int {
        var best = 0, bestValue = y[0]
        for j in 1..<max(h, 1) where y[j] > bestValue { best = j; bestValue = y[j] }
        for j in 0..<h where -y[j] > bestValue { best = h + j; bestValue = -y[j] }
        return best
    }

    /// The rotations of all rounds, (hashes, d, b/2) row-major, N(0, 1) entries from `rng`.
    static func rotations(hashes: Int, dim d: Int, buckets b: Int, rng: inout SeededGenerator) -> Tensor {
        Tensor.gaussian([hashes, d, b / 2], rng: &rng)
    }
}
