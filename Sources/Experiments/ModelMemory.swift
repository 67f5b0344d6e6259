import Attention
import Model

/// Predicted peak bytes of a whole Transformer LM pass (forward, or forward + loss +
/// backward), for the memory budget of the `model-timing` and `transfer` kinds. Deliberately
/// generous (an upper bound, tested against MemoryLedger's measurement): Float32 parameters
/// (x2 with gradients, x4 with Adam moments), per layer and token 32 d_model + 6 d_ff floats
/// of activations and caches, 4 vocab + 8 d_model floats per token for embedding, logits and
/// their gradient, plus every layer's `mechanism.predictedExtraBytes`.
public enum ModelMemory {
    public static func predictedBytes(_ config: ModelConfig, batch: Int, length: Int, mechanisms: [any AttentionMechanism],
                                      backward: Bool, optimizer: Bool = false) -> Int {
        let mechanismParams = mechanisms.reduce(0) { $0 + $1.parameters.reduce(0) { $0 + $1.tensor.count } }
        let params = config.weightCount + mechanismParams
        let paramCopies = optimizer ? 4 : (backward ? 2 : 1)
        let tokens = batch * length
        let perToken = config.layers * (32 * config.dModel + 6 * config.dFF) + 4 * config.vocabSize + 8 * config.dModel
        let shape = AttentionShape(batch: batch, heads: config.heads, length: length, headDim: config.headDim)
        let extra = mechanisms.reduce(0) { $0 + $1.predictedExtraBytes(shape, backward: backward) }
        return 4 * (params * paramCopies + tokens * perToken) + extra
    }
}
