import Attention

/// Local window attention: each query attends to `window` tokens on each side.
enum LocalMechanism {
    static let descriptor = MechanismDescriptor(
        family: "local", summary: "local window attention (LocalAttention)",
        parameters: [ParameterInfo("window", .int, .int(128), min: 1, "local attention: tokens on each side")],
        presets: [("local", [:], "local window attention, window 128")],
        options: { Options($0) },
        // Scores and weighted values over 2 window + 1 keys: 4 L (2w + 1) d per (batch, head).
        forwardFlops: { o, s in
            4 * Double(s.batch * s.heads * s.length) * Double(2 * o.window + 1) * Double(s.headDim)
        },
        build: { o, c, _ in LocalAttention(window: o.window, causal: c.bool("causal")) })

    /// The local parameters of one configuration, parsed once.
    struct Options: Sendable {
        /// Tokens on each side of the query.
        var window: Int

        init(_ c: Configuration) { window = c.int("window") }
    }
}
