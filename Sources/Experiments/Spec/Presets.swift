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
        MechanismPreset(name: "identity", family: .identity, values: [:], doc: "the paper's \"X\": returns V unchanged"),
        MechanismPreset(name: "performer-softmax", family: .favor,
                        values: ["kernel": .string("positive"), "projection": .string("orthogonal"), "features": .int(256), "redraw": .bool(true), "epsilon": .double(0)],
                        doc: "FAVOR+: positive features, orthogonal, m = 256, redraw"),
        MechanismPreset(name: "performer-softmax-iid", family: .favor,
                        values: ["kernel": .string("positive"), "projection": .string("iid"), "features": .int(256), "redraw": .bool(true), "epsilon": .double(0)],
                        doc: "positive features, iid projection, m = 256, redraw"),
        MechanismPreset(name: "performer-softmax-noredraw", family: .favor,
                        values: ["kernel": .string("positive"), "projection": .string("orthogonal"), "features": .int(256), "redraw": .bool(false), "epsilon": .double(0)],
                        doc: "positive features, orthogonal, m = 256, one fixed draw"),
        MechanismPreset(name: "performer-softmax-noguard", family: .favor,
                        values: ["kernel": .string("positive"), "projection": .string("orthogonal"), "features": .int(256), "redraw": .bool(true), "epsilon": .double(0),
                                 "denominator_guard": .string("underflow")],
                        doc: "positive features, orthogonal, m = 256, redraw; D guarded only against underflow (no reference 1e-6)"),
        MechanismPreset(name: "performer-hyperbolic", family: .favor,
                        values: ["kernel": .string("hyperbolic"), "projection": .string("orthogonal"), "features": .int(256), "redraw": .bool(true), "epsilon": .double(0)],
                        doc: "hyperbolic positive features, orthogonal, m = 256, redraw"),
        MechanismPreset(name: "performer-trig", family: .favor,
                        values: ["kernel": .string("trig"), "projection": .string("orthogonal"), "features": .int(256), "redraw": .bool(true), "epsilon": .double(0)],
                        doc: "trigonometric (sin/cos) features, orthogonal, m = 256, redraw"),
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
