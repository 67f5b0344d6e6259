import CKernels
import PerformerTensor

extension ReformerAttention {
    /// Gradients with the sort of the forward call held fixed. Over all rounds and chosen keys
    /// the output is out_i = sum exp(s_ij - LSE(i)) v_j (see the type's doc), one softmax whose
    /// weights are P_ij = exp(s_ij - LSE(i)); hence, per (round, chunk),
    ///     dv_j += P_ij dO_i,  dS_ij = P_ij (dO_i . v_j - dO_i . out_i),
    ///     dq_i += dS_ij k_j,  dk_j += dS_ij q_i,
    /// and the unit keys k_j = q_j / |q_j| pass theirs back as dq_j += (dk_j - k_j (k_j . dk_j)) / |q_j|.
    /// dK is zero (the keys come from q). Each (batch, head, round) task accumulates into its
    /// own partial rows, summed per (batch, head) at the end.
    public func backward(dOutput: Tensor, cache: AttentionCache) -> AttentionGradients {
        let c = cache as! Cache
        precondition(dOutput.shape == c.output.shape, "dOutput \(dOutput.shape) != output \(c.output.shape)")
        let s = attentionShape(q: c.q, k: c.q, v: c.v)
        let (L, d, dv, nh, bh) = (s.length, s.headDim, s.valueDim, hashes, s.batch * s.heads)
        let w = 2 * d + dv
        // Per task rows of [dq (query side) | dk (unit-key side) | dv].
        let partial = Tensor(zeros: [bh * nh, L, w])
        let ch = Chunks(length: L, size: chunkLength)
        let (cq, ck) = (min(chunkLength, L), ch.maxKeys)
        WorkerPool.run(bh * nh, scratchFloats: backwardScratchFloats(s)) { t, _, scratch in
            let b = t / nh
            let qc = scratch, kc = qc + cq * d, vc = kc + ck * d, doc = vc + ck * dv
            let pc = doc + cq * dv, ds = pc + cq * ck, dqc = ds + cq * ck, dkc = dqc + cq * d
            let dvc = dkc + ck * d, rowDot = dvc + ck * dv
            let p = c.perm.data + t * L, g = partial.data + t * L * w
            let (qh, vh, doh, oh) = (c.q.data + b * L * d, c.v.data + b * L * dv, dOutput.data + b * L * dv, c.output.data + b * L * dv)
            for chunk in 0..<ch.count {
                let qr = ch.rows(chunk), kr = ch.keyRows(chunk)
                let (nq, nk) = (qr.count, kr.reduce(0) { $0 + $1.count })
                Self.gather(qh, d, p, [qr], scale: nil, into: qc)
                Self.gather(qh, d, p, kr, scale: c.invNorm.data + b * L, into: kc)
                Self.gather(vh, dv, p, kr, scale: nil, into: vc)
                Self.gather(doh, dv, p, [qr], scale: nil, into: doc)
                BLAS.gemm(transA: false, transB: true, m: nq, n: nk, k: d, a: qc, lda: d, b: kc, ldb: d, c: pc, ldc: ck)
                for (i, row) in qr.enumerated() {
                    let pos = Int(p[row])
                    _ = maskedExp(pc + i * ck, query: p[row], p, kr,
                                  shift: (c.lse.data[2 * b * L + pos], c.lse.data[(2 * b + 1) * L + pos]))
                    var dot: Float = 0
                    for u in 0..<dv { dot += doh[pos * dv + u] * oh[pos * dv + u] }
                    rowDot[i] = dot
                }
                BLAS.gemm(transA: true, transB: false, m: nk, n: dv, k: nq, a: pc, lda: ck, b: doc, ldb: dv, c: dvc, ldc: dv)
                BLAS.gemm(transA: false, transB: true, m: nq, n: nk, k: dv, a: doc, lda: dv, b: vc, ldb: dv, c: ds, ldc: ck)
                ck_softmax_backward_rows(ds, pc, rowDot, nq, nk, ck)
                BLAS.gemm(transA: false, transB: false, m: nq, n: d, k: nk, a: ds, lda: ck, b: kc, ldb: d, c: dqc, ldc: d)
                BLAS.gemm(transA: true, transB: false, m: nk, n: d, k: nq, a: ds, lda: ck, b: qc, ldb: d, c: dkc, ldc: d)
                Self.scatterAdd(dqc, d, p, [qr], into: g, stride: w)
                Self.scatterAdd(dkc, d, p, kr, into: g + d, stride: w)
                Self.scatterAdd(dvc, dv, p, kr, into: g + 2 * d, stride: w)
            }
        }
        let dQ = Tensor(uninitialized: c.q.shape), dK = Tensor(zeros: c.kShape), dV = Tensor(uninitialized: c.v.shape)
        WorkerPool.run(bh) { b in
            var dk = [Float](repeating: 0, count: d)
            for pos in 0..<L {
                let dq = dQ.data + (b * L + pos) * d, dvOut = dV.data + (b * L + pos) * dv
                dq.update(repeating: 0, count: d); dvOut.update(repeating: 0, count: dv)
                for u in 0..<d { dk[u] = 0 }
                for r in 0..<nh {
                    let g = partial.data + ((b * nh + r) * L + pos) * w
                    for u in 0..<d { dq[u] += g[u]; dk[u] += g[d + u] }
                    for u in 0..<dv { dvOut[u] += g[2 * d + u] }
                }
                let inv = c.invNorm.data[b * L + pos], x = c.q.data + (b * L + pos) * d
                var kdot: Float = 0
                for u in 0..<d { kdot += x[u] * inv * dk[u] }
                for u in 0..<d { dq[u] += inv * (dk[u] - x[u] * inv * kdot) }
            }
        }
        return AttentionGradients(dQ: dQ, dK: dK, dV: dV)
    }

    /// dst rows at positions p[row] (stride `stride`) += src rows, for the sorted rows in `ranges`.
    static func scatterAdd(_ src: UnsafePointer<Float>, _ dim: Int, _ p: UnsafePointer<Float>, _ ranges: [Range<Int>],
                           into dst: UnsafeMutablePointer<Float>, stride: Int) {
        var i = 0
        for r in ranges {
            for row in r {
                let to = dst + Int(p[row]) * stride, from = src + i * dim
                for u in 0..<dim { to[u] += from[u] }
                i += 1
            }
        }
    }

    /// Scratch floats of one forward worker: a chunk's queries, keys, values, scores, outputs.
    func forwardScratchFloats(_ s: AttentionShape) -> Int {
        let (cq, ck) = (min(chunkLength, s.length), Chunks(length: s.length, size: chunkLength).maxKeys)
        return cq * s.headDim + ck * s.headDim + ck * s.valueDim + cq * ck + cq * s.valueDim
    }

    /// Scratch floats of one backward worker: the forward's gathers plus dO, dS and the
    /// chunk's gradients.
    func backwardScratchFloats(_ s: AttentionShape) -> Int {
        let (cq, ck, d, dv) = (min(chunkLength, s.length), Chunks(length: s.length, size: chunkLength).maxKeys, s.headDim, s.valueDim)
        return cq * d + ck * d + ck * dv + cq * dv + 2 * cq * ck + cq * d + ck * d + ck * dv + cq
    }

    /// Flops of the BLAS products of one call: hashing 2 L d b/2 per round, forward
    /// 2 nq nk (d + dv) per chunk, backward 2 nq nk (3 d + 2 dv) per chunk (scores again,
    /// P^T dO, dO V^T, dS K, dS^T Q), over every (batch, head, round).
    public func productFlops(_ s: AttentionShape, backward: Bool) -> Double {
        let ch = Chunks(length: s.length, size: chunkLength)
        var pairs = 0.0
        for c in 0..<ch.count { pairs += Double(ch.rows(c).count * ch.keyRows(c).reduce(0) { $0 + $1.count }) }
        let (d, dv) = (Double(s.headDim), Double(s.valueDim))
        let hash = 2 * Double(s.length) * d * Double(buckets / 2)
        let perRound = hash + 2 * pairs * (d + dv) + (backward ? 2 * pairs * (3 * d + 2 * dv) : 0)
        return perRound * Double(hashes * s.batch * s.heads)
    }

    /// Peak bytes of a forward call (and with backward, of forward then backward) beyond q, k,
    /// v; every term is linear in L. Kept by forward: output, LSE, inverse norms, the sort
    /// (B H n_hashes L) and the rotations (n_hashes d b/2, twice while a per-call redraw
    /// replaces them). Transient: the per-round outputs and log-normalisers (B H n_hashes L
    /// (dv + 1)) and the workers' scratch (hashing, then chunks). Backward adds dOutput, the
    /// per-round partial gradients (B H n_hashes L (2 d + dv)), then the larger of the
    /// workers' scratch and dQ, dK, dV.
    public func predictedExtraBytes(_ s: AttentionShape, backward: Bool) -> Int {
        let (bh, L, nh, d, dv) = (s.batch * s.heads, s.length, hashes, s.headDim, s.valueDim)
        let workers = WorkerPool.workerCount(bh * nh)
        let rot = nh * d * (buckets / 2) * (redraw == .perCall ? 2 : 1)
        let small = bh * L * 3 + bh * nh * L + rot            // invNorm, LSE (2 parts), sort, rotations
        let hashing = workers * ReformerHashing.scratchFloats(length: L, buckets: buckets)
        let rounds = bh * nh * L * (dv + 1)
        let out = bh * L * dv
        let fwdPeak = max(small - 2 * bh * L + hashing,
                          small - 2 * bh * L + rounds + max(workers * forwardScratchFloats(s), out + 2 * bh * L))
        let kept = small + out
        guard backward else { return fwdPeak * 4 }
        let partial = bh * nh * L * (2 * d + dv)
        let grads = bh * L * (2 * d + dv)
        let bwdPeak = kept + out + partial + max(workers * backwardScratchFloats(s), grads)
        return max(fwdPeak, bwdPeak) * 4
    }
}
