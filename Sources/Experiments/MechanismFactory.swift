import Attention

/// What a mechanism constructor needs, read from a resolved configuration.
public struct AttentionConfig: Equatable {
    /// The preset name ("exact", "performer-softmax", ...).
    public var mechanism: String
    public var family: MechanismFamily
    public var causal: Bool
    /// FAVOR+ feature map ("positive", "hyperbolic", "trig", "relu", ...); nil outside FAVOR+.
    public var kernel: String?
    /// "orthogonal", "iid" or "none"; nil outside FAVOR+.
    public var projection: String?
    /// Random features m (nil without projection).
    public var features: Int?
    /// Redraw the projection at every `beginStep`.
    public var redraw: Bool
    /// Added to generalized features.
    public var epsilon: Double
    public var window: Int?
    public var block: Int?
    public var globalBlocks: Int?
    public var randomBlocks: Int?
    public var linformerK: Int?
    /// Seed of the mechanism's own random draws (projections, random blocks, E and F).
    public var seed: UInt64
    /// (batch, heads, seq_len, head_dim) of the calls.
    public var shape: AttentionShape

    public init(_ c: Configuration, seed: UInt64? = nil) {
        mechanism = c.string("mechanism")
        family = c.family
        causal = c.bool("causal")
        kernel = c.values["kernel"]?.stringValue
        projection = c.values["projection"]?.stringValue
        features = c.values["features"]?.intValue
        redraw = c.values["redraw"]?.boolValue ?? false
        epsilon = c.values["epsilon"]?.doubleValue ?? 0
        window = c.values["window"]?.intValue
        block = c.values["block"]?.intValue
        globalBlocks = c.values["global_blocks"]?.intValue
        randomBlocks = c.values["random_blocks"]?.intValue
        linformerK = c.values["linformer_k"]?.intValue
        self.seed = seed ?? UInt64(c.int("seed"))
        shape = AttentionShape(batch: c.int("batch"), heads: c.int("heads"), length: c.int("seq_len"), headDim: c.int("head_dim"))
    }
}

public struct MechanismFactoryError: Error, CustomStringConvertible {
    public let description: String
}

/// Builds the mechanism of a configuration. Parameter ranges and combinations are checked
/// earlier, by the spec validation (SpecValidation.resolve).
public enum MechanismFactory {
    public static func make(_ c: AttentionConfig) throws -> any AttentionMechanism {
        switch c.family {
        case .exact:
            return ExactAttention(causal: c.causal)
        case .identity:
            return IdentityAttention(causal: c.causal)
        // PLUGGING POINT: constructors of the other families go here, e.g.
        //   case .favor: return FavorAttention(kernel: c.kernel!, projection: c.projection!,
        //                    features: c.features, redraw: c.redraw, epsilon: c.epsilon,
        //                    causal: c.causal, seed: c.seed)
        //   case .local: ...; case .blockSparse: ...; case .linformer: ...
        // Until then these families validate but cannot run: an error, never a fake result.
        case .favor, .local, .blockSparse, .linformer:
            throw MechanismFactoryError(description: "mechanism \"\(c.mechanism)\" (family \(c.family.rawValue)) is not built into this binary yet")
        }
    }

    /// Builds the mechanism of a configuration with its own seed.
    public static func make(_ configuration: Configuration) throws -> any AttentionMechanism {
        try make(AttentionConfig(configuration))
    }
}
