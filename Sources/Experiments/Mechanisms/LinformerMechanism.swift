import Attention

/// Linformer: keys and values projected along the sequence to k rows (bidirectional only).
enum LinformerMechanism {
    static let descriptor = MechanismDescriptor(
        family: "linformer", summary: "Linformer: K and V projected along the sequence to k rows (LinformerAttention)",
        parameters: [
            ParameterInfo("linformer_k", .int, .int(256), min: 1, "Linformer: projected length k (<= seq_len)"),
            ParameterInfo("sharing", .string, .string("none"), allowed: LinformerSharing.allCases.map(\.rawValue),
                          "Linformer projection sharing: none (E, F per head), headwise (one pair for all heads), key-value (one matrix for keys and values)"),
        ],
        presets: [("linformer", [:], "Linformer k = 256, bidirectional only")],
        options: { try Options($0) },
        check: { o, c in
            if c.bool("causal") { return "linformer is bidirectional only: causal = true is not a valid combination" }
            let L = c.int("seq_len")
            return o.projectedLength > L ? "linformer_k = \(o.projectedLength) must be <= seq_len = \(L)" : nil
        },
        // E K and F V (2 k L d each), Q (EK)^T and P (FV) (2 L k d each): 8 L k d per (batch, head).
        forwardFlops: { o, s in
            8 * Double(s.batch * s.heads * s.length) * Double(o.projectedLength) * Double(s.headDim)
        },
        build: { o, c, seed in
            try LinformerAttention(projectedLength: o.projectedLength, maxLength: c.int("seq_len"), heads: c.int("heads"),
                                   sharing: o.sharing, causal: c.bool("causal"), seed: seed)
        })

    /// Linformer's parameters of one configuration, parsed once.
    struct Options: Sendable {
        /// k, the projected length (`linformer_k`).
        var projectedLength: Int
        var sharing: LinformerSharing

        init(_ c: Configuration) throws {
            projectedLength = c.int("linformer_k")
            sharing = try c.parse("sharing", as: LinformerSharing.self)
        }
    }
}
