/// Named mechanisms so specs read like the paper. A preset is a family plus parameter values;
/// a spec's `fixed` parameters and `sweep` axes override the preset's values.

/// The constructor a configuration needs; `MechanismFactory` switches on it.
public enum MechanismFamily: String, Hashable, Sendable, CaseIterable {
    case exact, identity, favor, local, blockSparse = "block-sparse", linformer
}

public struct MechanismPreset: Sendable {
    public let name: String
    public let family: MechanismFamily
    /// Parameter values the preset sets (names from `Parameters.all`).
    public let values: [String: ParamValue]
    public let doc: String
}

public enum MechanismPresets {
    public static let all: [MechanismPreset] = [
        MechanismPreset(name: "exact", family: .exact, values: [:], doc: "softmax attention, O(L^2) (ExactAttention)"),
        MechanismPreset(name: "exact-flash", family: .exact, values: [:],
                        doc: "softmax attention, tiled online softmax, O(L d) memory (FlashAttention)"),
        MechanismPreset(name: "identity", family: .identity, values: [:], doc: "the paper's \"X\": returns V unchanged"),
        softmaxKernel("performer-softmax", doc: "FAVOR+: positive features, orthogonal, m = 256, redraw"),
        softmaxKernel("performer-softmax-iid", projection: "iid", doc: "positive features, iid projection, m = 256, redraw"),
        softmaxKernel("performer-softmax-noredraw", redraw: false, doc: "positive features, orthogonal, m = 256, one fixed draw"),
        softmaxKernel("performer-softmax-noguard", extra: ["denominator_guard": .string("underflow")],
                      doc: "positive features, orthogonal, m = 256, redraw; D guarded only against underflow (no reference 1e-6)"),
        softmaxKernel("performer-hyperbolic", kernel: "hyperbolic", doc: "hyperbolic positive features, orthogonal, m = 256, redraw"),
        softmaxKernel("performer-trig", kernel: "trig", doc: "trigonometric (sin/cos) features, orthogonal, m = 256, redraw"),
        MechanismPreset(name: "performer-relu", family: .favor,
                        values: ["kernel": .string("relu"), "projection": .string("none"), "epsilon": .double(1e-3)],
                        doc: "generalized attention: relu(x) + 1e-3, no projection"),
        MechanismPreset(name: "local", family: .local, values: ["window": .int(128)], doc: "local window attention"),
        MechanismPreset(name: "block-sparse", family: .blockSparse,
                        values: ["block": .int(64), "window_blocks": .int(1), "global_blocks": .int(2), "random_blocks": .int(3)],
                        doc: "BigBird-style local + global + random blocks"),
        MechanismPreset(name: "linformer", family: .linformer, values: ["linformer_k": .int(256)],
                        doc: "Linformer: K and V projected along the sequence to k rows (bidirectional only)"),
    ]

    public static let names: [String] = all.map(\.name)

    /// A FAVOR+ preset estimating the softmax kernel: m = 256, epsilon 0, plus `extra` values.
    static func softmaxKernel(_ name: String, kernel: String = "positive", projection: String = "orthogonal", redraw: Bool = true,
                              extra: [String: ParamValue] = [:], doc: String) -> MechanismPreset {
        let values: [String: ParamValue] = ["kernel": .string(kernel), "projection": .string(projection), "features": .int(256),
                                            "redraw": .bool(redraw), "epsilon": .double(0)]
        return MechanismPreset(name: name, family: .favor, values: values.merging(extra) { $1 }, doc: doc)
    }

    public static func preset(_ name: String) -> MechanismPreset? { all.first { $0.name == name } }
}

/// Whole-model size presets of the paper (heads, layers, d_ff, d_model).
public enum ModelPresets {
    public static func values(_ name: String) -> [String: ParamValue] {
        switch name {
        case "small": return ["heads": .int(1), "layers": .int(6), "d_ff": .int(64), "d_model": .int(64)]
        case "regular": return ["heads": .int(8), "layers": .int(6), "d_ff": .int(2048), "d_model": .int(512)]
        default: return [:]
        }
    }
}
