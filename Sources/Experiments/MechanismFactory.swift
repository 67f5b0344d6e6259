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
    /// FAVOR+ denominator guard ("reference" or "underflow"); nil outside FAVOR+.
    public var denominatorGuard: String?
    public var window: Int?
    public var block: Int?
    public var windowBlocks: Int?
    public var sharing: String?
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
        denominatorGuard = c.values["denominator_guard"]?.stringValue
        window = c.values["window"]?.intValue
        block = c.values["block"]?.intValue
        windowBlocks = c.values["window_blocks"]?.intValue
        sharing = c.values["sharing"]?.stringValue
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
/// earlier, by the spec validation (SpecValidation.resolve). PLUGGING POINT: a new family is
/// one more case of `make`.
public enum MechanismFactory {
    public static func make(_ c: AttentionConfig) throws -> any AttentionMechanism {
        switch c.family {
        case .exact:
            if c.mechanism == "exact-flash" { return FlashAttention(causal: c.causal) }
            return ExactAttention(causal: c.causal)
        case .identity:
            return IdentityAttention(causal: c.causal)
        case .favor:
            return try makeFavor(c)
        case .local:
            return LocalAttention(window: c.window ?? 128, causal: c.causal)
        case .blockSparse:
            return BlockSparseAttention(blockSize: c.block ?? 64, windowBlocks: c.windowBlocks ?? 1,
                                        globalBlocks: c.globalBlocks ?? 2, randomBlocks: c.randomBlocks ?? 3,
                                        causal: c.causal, seed: c.seed)
        case .linformer:
            let sharing = LinformerSharing(rawValue: c.sharing ?? "none") ?? .none
            return try LinformerAttention(projectedLength: c.linformerK ?? 256, maxLength: c.shape.length,
                                          heads: c.shape.heads, sharing: sharing, causal: c.causal, seed: c.seed)
        }
    }

    /// FAVOR+ from its kernel (feature map), projection ("orthogonal", "iid", "smreg" or "none"
    /// for generalized maps used without a projection), m, redraw (per step) and seed.
    static func makeFavor(_ c: AttentionConfig) throws -> any AttentionMechanism {
        guard let kernelName = c.kernel, let kind = FeatureMapKind(rawValue: kernelName) else {
            throw MechanismFactoryError(description: "unknown FAVOR+ kernel \(c.kernel ?? "(none)")")
        }
        let projectionName = c.projection ?? "orthogonal"
        let useProjection = projectionName != "none"
        let projectionKind: ProjectionPolicy.Kind
        if useProjection {
            guard let k = ProjectionPolicy.Kind(rawValue: projectionName) else {
                throw MechanismFactoryError(description: "unknown projection \(projectionName) (use orthogonal, iid, smreg or none)")
            }
            projectionKind = k
        } else {
            projectionKind = .iid
        }
        let policy = ProjectionPolicy(kind: projectionKind, scaling: .gaussianNorms,
                                      redraw: c.redraw ? .perStep : .never, seed: c.seed)
        return FavorAttention(
            featureMap: kind, features: c.features ?? c.shape.headDim, projection: policy,
            causal: c.causal, epsilon: Float(c.epsilon), useProjection: useProjection,
            denominatorGuard: DenominatorGuard(rawValue: c.denominatorGuard ?? "reference") ?? .reference)
    }

    /// Builds the mechanism of a configuration with its own seed.
    public static func make(_ configuration: Configuration) throws -> any AttentionMechanism {
        try make(AttentionConfig(configuration))
    }
}
