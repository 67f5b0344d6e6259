import Attention
import CKernels
import PerformerTensor

/// A byte-level Transformer language model with pluggable attention.
///
/// tokens (batch, length) -> embedding + sinusoidal positions -> `layers` pre-LN blocks ->
/// final LayerNorm -> logits (batch * length, vocab) = h Wout + bout. Causal or bidirectional
/// as the configuration says; every layer's mechanism comes from `attention(layerIndex)` and
/// must agree with `config.causal`.
///
/// Every pass runs with OpenBLAS at one thread: the layers' products are split over the
/// worker pool (`BLAS.gemm` outside the pool's tasks) and the mechanisms run on it, so
/// OpenBLAS's own threads never wake to compete with the pool for the cores.
///
///     let model = try TransformerLM(config: .small) { _ in ExactAttention(causal: true) }
public final class TransformerLM {
    public let config: ModelConfig
    let embedding: Embedding
    let blocks: [TransformerBlock]
    let finalNorm: LayerNorm
    let head: Linear
    /// Every trainable tensor, in a fixed order (the checkpoint order).
    public let parameters: [Parameter]

    public init(config: ModelConfig, attention: (Int) -> AttentionMechanism) throws {
        try config.validate()
        self.config = config
        let rng = SeededGenerator(seed: config.seed)
        embedding = Embedding(vocab: config.vocabSize, dModel: config.dModel, rng: rng)
        var blocks: [TransformerBlock] = []
        for i in 0..<config.layers {
            let mechanism = attention(i)
            guard mechanism.isCausal == config.causal else {
                throw ModelError.invalidConfig(
                    "layer \(i): mechanism \(mechanism.name) is \(mechanism.isCausal ? "causal" : "bidirectional") but the model is \(config.causal ? "causal" : "bidirectional")")
            }
            blocks.append(TransformerBlock(index: i, config: config, mechanism: mechanism, rng: rng))
        }
        self.blocks = blocks
        finalNorm = LayerNorm("final_norm", d: config.dModel, eps: config.layerNormEps)
        head = Linear("head", in: config.dModel, out: config.vocabSize, rng: rng)
        parameters = embedding.parameters + blocks.flatMap(\.parameters) + finalNorm.parameters + head.parameters
        let names = parameters.map(\.name)
        guard Set(names).count == names.count else {
            throw ModelError.invalidConfig("duplicate parameter names: \(names)")
        }
    }

    /// The attention mechanism of each layer.
    public var mechanisms: [AttentionMechanism] { blocks.map(\.attention.mechanism) }

    /// Number of trainable scalars.
    public var parameterCount: Int { parameters.reduce(0) { $0 + $1.value.count } }

    /// Parameter by name.
    func parameter(_ name: String) -> Parameter? { parameters.first { $0.name == name } }

    public struct Cache {
        let embedding: Embedding.Cache, blocks: [TransformerBlock.Cache]
        let finalNorm: LayerNorm.Cache, normed: Tensor
        public let batch: Int, length: Int
    }

    /// tokens: batch * length bytes (row-major); returns logits (batch * length, vocab).
    public func forward(tokens: [Int32], batch: Int, length: Int) -> (logits: Tensor, cache: Cache) {
        WorkerPool.withOneBLASThread { forwardPass(tokens: tokens, batch: batch, length: length) }
    }

    private func forwardPass(tokens: [Int32], batch: Int, length: Int) -> (logits: Tensor, cache: Cache) {
        var (x, ce) = embedding.forward(tokens: tokens, batch: batch, length: length)
        var caches: [TransformerBlock.Cache] = []
        caches.reserveCapacity(blocks.count)
        for block in blocks {
            let (y, c) = block.forward(x)
            caches.append(c)
            x = y
        }
        let (h, cf) = finalNorm.forward(x)
        let logits = Tensor(uninitialized: [batch * length, config.vocabSize])
        head.forward(h.data, rows: batch * length, into: logits.data)
        return (logits, Cache(embedding: ce, blocks: caches, finalNorm: cf, normed: h, batch: batch, length: length))
    }

    /// Inference: logits (batch * length, vocab) like `forward`, but each block's cache is
    /// dropped as soon as the next block starts, so only one layer's tensors are live at a time.
    public func logits(tokens: [Int32], batch: Int, length: Int) -> Tensor {
        WorkerPool.withOneBLASThread {
            var (x, _) = embedding.forward(tokens: tokens, batch: batch, length: length)
            for block in blocks { x = block.forward(x).0 }
            let (h, _) = finalNorm.forward(x)
            let logits = Tensor(uninitialized: [batch * length, config.vocabSize])
            head.forward(h.data, rows: batch * length, into: logits.data)
            return logits
        }
    }

    /// Per layer, the queries and keys (1, heads, length, dHead) its attention sees on one
    /// sequence `tokens` (the inference forward pass, read before each block's attention).
    public func queriesAndKeys(tokens: [Int32]) -> [(q: Tensor, k: Tensor)] {
        WorkerPool.withOneBLASThread {
            var (x, _) = embedding.forward(tokens: tokens, batch: 1, length: tokens.count)
            var out: [(q: Tensor, k: Tensor)] = []
            for block in blocks {
                out.append(block.attention.queriesAndKeys(block.ln1.forward(x).0))
                x = block.forward(x).0
            }
            return out
        }
    }

    /// dLogits: (batch * length, vocab); accumulates every parameter's gradient.
    public func backward(dLogits: Tensor, cache c: Cache) {
        WorkerPool.withOneBLASThread { backwardPass(dLogits: dLogits, cache: c) }
    }

    private func backwardPass(dLogits: Tensor, cache c: Cache) {
        let rows = c.batch * c.length, d = config.dModel
        let dh = Tensor(uninitialized: [c.batch, c.length, d])
        head.backward(dLogits.data, x: c.normed.data, rows: rows, dx: dh.data)
        var dx = finalNorm.backward(dh, cache: c.finalNorm)
        for (block, bc) in zip(blocks, c.blocks).reversed() {
            dx = block.backward(dx, cache: bc)
        }
        embedding.backward(dOutput: dx, cache: c.embedding)
    }

    /// Clears every gradient.
    public func zeroGrad() { for p in parameters { p.zeroGrad() } }

    /// Calls `beginStep(step)` on every layer's mechanism (feature redraws).
    public func beginStep(_ step: Int) { for m in mechanisms { m.beginStep(step) } }
}
