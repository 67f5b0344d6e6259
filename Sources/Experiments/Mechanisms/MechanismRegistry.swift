import Attention

/// The mechanisms this binary knows. PLUGGING POINT: a new mechanism is its Attention file,
/// its descriptor file in this folder, and one line here (the order is the CSV column order
/// of their parameters and the order of the presets in the README).
public enum MechanismRegistry {
    public static let all: [MechanismDescriptor] = [
        ExactMechanism.descriptor,
        IdentityMechanism.descriptor,
        FavorMechanism.descriptor,
        LocalMechanism.descriptor,
        BlockSparseMechanism.descriptor,
        LinformerMechanism.descriptor,
        ExactFlashMechanism.descriptor,
        ReformerMechanism.descriptor,
    ]

    /// Every preset, in registry order.
    static let presets: [MechanismPreset] = all.flatMap(\.presets)
    public static let presetNames: [String] = presets.map(\.name)

    public static func preset(_ name: String) -> MechanismPreset? { presets.first { $0.name == name } }
    static func descriptor(family: String) -> MechanismDescriptor? { all.first { $0.family == family } }

    /// Builds the mechanism of `c`, seeded with `seed` (default: the configuration's seed).
    /// Its trainable parameters are drawn before it returns, so that a measured call never
    /// counts their allocation (see `sizing`).
    public static func make(_ c: Configuration, seed: UInt64? = nil) throws -> any AttentionMechanism {
        let mechanism = try sizing(c, seed: seed)
        _ = mechanism.parameters
        return mechanism
    }

    /// The mechanism of `c` for predicting its memory only: parameters that a mechanism draws
    /// on first use (Linformer's E and F: heads x k x L Gaussians each) are not drawn.
    public static func sizing(_ c: Configuration, seed: UInt64? = nil) throws -> any AttentionMechanism {
        try c.descriptor.build(c, seed ?? UInt64(c.int("seed")))
    }

    /// The resolved configuration of preset `name` with `values` on top (the parameters of a
    /// spec's `fixed`): what `repro train --mechanism NAME --set k=v` and the benchmarks build.
    public static func configuration(_ name: String, _ values: [String: ParamValue] = [:], kind: String? = nil) throws -> Configuration {
        var explicit = values
        explicit["mechanism"] = .string(name)
        switch SpecValidation.resolve(explicit, kind: kind) {
        case .success(let (family, resolved)): return Configuration(index: 0, family: family, values: resolved, swept: [])
        case .failure(let m): throw MechanismError(m.message)
        }
    }

    /// Forward flops of preset `name` at (batch, heads, length, headDim) (see
    /// `MechanismDescriptor.forwardFlops`).
    static func forwardFlops(_ name: String, _ shape: AttentionShape, _ values: [String: ParamValue] = [:]) throws -> Double {
        var v = values
        v["batch"] = .int(shape.batch); v["heads"] = .int(shape.heads)
        v["seq_len"] = .int(shape.length); v["head_dim"] = .int(shape.headDim)
        let c = try configuration(name, v)
        return c.descriptor.forwardFlops(c)
    }
}
