/// The sizes and choices of a Transformer language model over bytes.
///
/// The paper's presets: regular (heads, layers, d_ff, d_model) = (8, 6, 2048, 512) and small
/// (1, 6, 64, 64), vocabulary 256. Stored as JSON in checkpoints.
public struct ModelConfig: Codable, Equatable, Sendable {
    /// Attention heads per layer; `dModel` must be a multiple of it.
    public var heads: Int
    /// Transformer blocks.
    public var layers: Int
    /// Hidden width of each block's MLP.
    public var dFF: Int
    /// Width of the residual stream (embedding size).
    public var dModel: Int
    /// Vocabulary size (256: one token per byte).
    public var vocabSize: Int
    /// MLP non-linearity.
    var activation: Activation
    /// Whether the model is a causal language model (next-token prediction); must match the
    /// attention mechanism's `isCausal`.
    public var causal: Bool
    /// Seed of the weight initialisation.
    public var seed: UInt64
    /// LayerNorm epsilon (added to the variance).
    var layerNormEps: Float

    public enum Activation: String, Codable, Sendable, CaseIterable { case gelu, relu }

    public init(heads: Int, layers: Int, dFF: Int, dModel: Int, vocabSize: Int = 256,
                activation: Activation = .gelu, causal: Bool = true, seed: UInt64 = 1,
                layerNormEps: Float = 1e-5) {
        self.heads = heads; self.layers = layers; self.dFF = dFF; self.dModel = dModel
        self.vocabSize = vocabSize; self.activation = activation; self.causal = causal
        self.seed = seed; self.layerNormEps = layerNormEps
    }

    /// The paper's regular model: 8 heads, 6 layers, d_ff 2048, d_model 512.
    public static let regular = ModelConfig(heads: 8, layers: 6, dFF: 2048, dModel: 512)
    /// The paper's small model: 1 head, 6 layers, d_ff 64, d_model 64.
    public static let small = ModelConfig(heads: 1, layers: 6, dFF: 64, dModel: 64)

    /// Looks up a preset by name ("regular", "small"); nil for other names.
    public static func preset(_ name: String) -> ModelConfig? {
        switch name.lowercased() {
        case "regular": return .regular
        case "small": return .small
        default: return nil
        }
    }

    /// Width of one head (dModel / heads).
    public var headDim: Int { dModel / heads }

    /// Throws `ModelError.invalidConfig` naming the first size that does not fit.
    public func validate() throws {
        guard heads >= 1, layers >= 0, dFF >= 1, dModel >= 1, vocabSize >= 1 else {
            throw ModelError.invalidConfig("sizes must be positive: \(self)")
        }
        guard dModel % heads == 0 else {
            throw ModelError.invalidConfig("dModel \(dModel) is not a multiple of heads \(heads)")
        }
        guard layerNormEps > 0 else { throw ModelError.invalidConfig("layerNormEps must be > 0") }
    }

    /// The fields that differ from `other` ("heads 1 != 2"), ignoring `seed`, which only
    /// affects initialisation.
    func architectureDifferences(from other: ModelConfig) -> [String] {
        var out: [String] = []
        func check<T: Equatable>(_ name: String, _ a: T, _ b: T) { if a != b { out.append("\(name) \(a) != \(b)") } }
        check("heads", heads, other.heads); check("layers", layers, other.layers)
        check("dFF", dFF, other.dFF); check("dModel", dModel, other.dModel)
        check("vocabSize", vocabSize, other.vocabSize); check("activation", activation, other.activation)
        check("causal", causal, other.causal); check("layerNormEps", layerNormEps, other.layerNormEps)
        return out
    }

    /// Number of trainable weights (without attention-mechanism parameters).
    public var weightCount: Int {
        let perLayer = 4 * dModel /* two LayerNorms */ + 4 * dModel * dModel + 4 * dModel
            + 2 * dModel * dFF + dFF + dModel
        return vocabSize * dModel + layers * perLayer + 2 * dModel + dModel * vocabSize + vocabSize
    }
}

/// Errors of the Model module, each naming what is wrong.
public enum ModelError: Error, CustomStringConvertible, Equatable {
    case invalidConfig(String)
    case checkpoint(String)
    case corpus(String)

    public var description: String {
        switch self {
        case .invalidConfig(let s): return "invalid model configuration: \(s)"
        case .checkpoint(let s): return "checkpoint error: \(s)"
        case .corpus(let s): return "corpus error: \(s)"
        }
    }
}
