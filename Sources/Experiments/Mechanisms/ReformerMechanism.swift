import Attention

/// Reformer: LSH attention with shared query-key projection (Kitaev, Kaiser, Levskaya 2020).
enum ReformerMechanism {
    static let descriptor = MechanismDescriptor(
        family: "reformer", summary: "Reformer: LSH attention, shared QK, sorted chunks, n_hashes rounds (ReformerAttention)",
        parameters: [
            ParameterInfo("n_hashes", .int, .int(2), min: 1,
                          "Reformer: hashing rounds, combined by their log-normalisers (2 as in trax's Reformer configurations with chunks of 64; the paper evaluates 1 to 8)"),
            ParameterInfo("n_buckets", .int, .int(64), min: 2,
                          "Reformer: buckets per round, even (h(x) = argmax [xR; -xR], R d x n_buckets/2); about seq_len / chunk_length keeps a bucket near a chunk"),
            ParameterInfo("chunk_length", .int, .int(64), min: 1,
                          "Reformer: sorted positions per chunk; each chunk attends to itself and the previous one (<= seq_len)"),
            ParameterInfo("lsh_redraw", .string, .string(ProjectionPolicy.Redraw.perStep.rawValue),
                          allowed: ProjectionPolicy.Redraw.allCases.map(\.rawValue),
                          "Reformer: when the random rotations are redrawn: never, perStep (every training step or timed call), perCall"),
        ],
        presets: [
            ("reformer", [:], "LSH attention, 2 rounds, 64 buckets, chunks of 64"),
            ("reformer-h1", ["n_hashes": .int(1)], "LSH attention, 1 round, 64 buckets, chunks of 64"),
            ("reformer-h4", ["n_hashes": .int(4)], "LSH attention, 4 rounds, 64 buckets, chunks of 64"),
            ("reformer-h8", ["n_hashes": .int(8)], "LSH attention, 8 rounds, 64 buckets, chunks of 64"),
        ],
        options: { try Options($0) },
        check: { o, c in
            let L = c.int("seq_len")
            if o.buckets < 2 || o.buckets % 2 != 0 { return "n_buckets = \(o.buckets) must be even and >= 2 (buckets come in pairs x R, -x R)" }
            if o.chunkLength > L { return "chunk_length = \(o.chunkLength) must be <= seq_len = \(L)" }
            return o.hashes >= 1 ? nil : "n_hashes must be >= 1"
        },
        // Per round: hashing 2 L d b/2, then per chunk scores and weighted values over up to
        // two chunks of keys: 2 nq nk (d + dv). Counted by the mechanism as executed.
        forwardFlops: { o, s in
            ReformerAttention(hashes: o.hashes, buckets: o.buckets, chunkLength: o.chunkLength).productFlops(s, backward: false)
        },
        build: { o, c, seed in
            ReformerAttention(hashes: o.hashes, buckets: o.buckets, chunkLength: o.chunkLength,
                              causal: c.bool("causal"), redraw: o.redraw, seed: seed)
        })

    /// Reformer's parameters of one configuration, parsed once.
    struct Options: Sendable {
        var hashes: Int
        var buckets: Int
        var chunkLength: Int
        var redraw: ProjectionPolicy.Redraw

        init(_ c: Configuration) throws {
            hashes = c.int("n_hashes")
            buckets = c.int("n_buckets")
            chunkLength = c.int("chunk_length")
            redraw = try c.parse("lsh_redraw", as: ProjectionPolicy.Redraw.self)
        }
    }
}
