import Attention

/// Local window attention: each query attends to `window` tokens on each side.
public enum LocalMechanism {
    public static let descriptor = MechanismDescriptor(
        family: "local", summary: "local window attention (LocalAttention)",
        parameters: [ParameterInfo("window", .int, .int(128), min: 1, "local attention: tokens on each side")],
        presets: [("local", [:], "local window attention, window 128")],
        // Scores and weighted values over 2 window + 1 keys: 4 L (2w + 1) d per (batch, head).
        forwardFlops: { c in
            let s = c.attentionShape
            return 4 * Double(s.batch * s.heads * s.length) * Double(2 * c.int("window") + 1) * Double(s.headDim)
        },
        build: { c, _ in LocalAttention(window: c.int("window"), causal: c.bool("causal")) })
}
