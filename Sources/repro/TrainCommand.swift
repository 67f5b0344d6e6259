import ArgumentParser
import Attention
import Experiments
import Foundation
import Model

struct TrainCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "train",
        abstract: "Train a byte-level Transformer LM with any mechanism preset on the fortunes corpus (or a named file) and report validation loss against the unigram baseline.")

    /// The defaults of every option: those of a training run (one home: `TrainingRun.Options`).
    static let defaults = TrainingRun.Options()

    @Option(help: "Training steps.") var steps = TrainCommand.defaults.steps
    @Option(help: "Sequence length (tokens per window).") var seqLen = TrainCommand.defaults.seqLen
    @Option(help: "Windows per batch.") var batch = TrainCommand.defaults.batch
    @Option(help: "Peak learning rate.") var lr = TrainCommand.defaults.optimizer.schedule.peak
    @Option(help: "Linear warm-up steps.") var warmup = TrainCommand.defaults.optimizer.schedule.warmupSteps
    @Option(help: "After warm-up: constant, inverse-sqrt, or cosine (to --lr-floor x lr at the last step).") var decay = "constant"
    @Option(help: "Cosine decay only: final learning rate as a fraction of --lr.") var lrFloor = TrainCommand.defaults.optimizer.schedule.floor
    @Option(help: "Decoupled weight decay.") var weightDecay = TrainCommand.defaults.optimizer.weightDecay
    @Option(help: "Seed of the batches and the weights (layer i's attention draws use seed + i).") var seed = TrainCommand.defaults.seed
    @Option(help: "Model size: small, regular, or heads,layers,dff,dmodel (e.g. 4,4,512,128).") var model = "small"
    @Option(help: "Attention mechanism preset (`repro list --mechanisms`): \(MechanismRegistry.presetNames.joined(separator: ", ")).")
    var mechanism = "exact"
    @Option(name: .customLong("set"), help: "A mechanism parameter over the preset, key=value (e.g. features=64); repeatable.")
    var overrides: [String] = []
    @Option(help: ArgumentHelp("Renamed: use --mechanism.", visibility: .hidden)) var attention: String?
    @Flag(help: "Bidirectional model trained as a masked LM (default: causal next-byte LM).") var bidirectional = false
    @Option(help: "Masking rate of the masked LM (bidirectional only).") var maskRate = 0.15
    @Option(help: "Corpus file or folder (default: the fortunes package).") var corpus: String?
    @Option(help: "Save the trained model here.") var checkpoint: String?
    @Option(help: "Start from this checkpoint (shared weights mapped by name).") var initFrom: String?
    @Option(help: "Validation batches per evaluation.") var evalBatches = TrainCommand.defaults.evalBatches
    @Option(help: "Steps between validation evaluations (0: start and end only).") var evalInterval = TrainCommand.defaults.evalInterval
    @Option(help: "Steps between progress lines on stderr (0: none).") var progressInterval = TrainCommand.defaults.progressInterval

    func validate() throws {
        if let attention { throw ValidationError("--attention was renamed --mechanism (e.g. --mechanism \(attention)); any preset works: \(MechanismRegistry.presetNames.joined(separator: ", "))") }
        guard steps >= 0, seqLen >= 1, batch >= 1, evalBatches >= 1 else {
            throw ValidationError("--steps must be >= 0; --seq-len, --batch, --eval-batches >= 1")
        }
        // Upper limits (Limits): far above a CPU run, far below Int overflow of the sizes.
        for (flag, value, limit) in [("--steps", steps, 1 << 30), ("--seq-len", seqLen, 1 << 20), ("--batch", batch, 1 << 16),
                                     ("--eval-batches", evalBatches, 1 << 20), ("--warmup", warmup, 1 << 30),
                                     ("--eval-interval", evalInterval, 1 << 30), ("--progress-interval", progressInterval, 1 << 30)] {
            guard value >= 0, value <= limit else { throw ValidationError("\(flag) must be in [0, \(limit)]; got \(value)") }
        }
        guard lr > 0, lr <= 1e3, lr.isFinite else { throw ValidationError("--lr must be in (0, 1000]; got \(lr)") }
        guard weightDecay >= 0, weightDecay <= 1e3 else { throw ValidationError("--weight-decay must be in [0, 1000]; got \(weightDecay)") }
        guard maskRate > 0, maskRate <= 1 else { throw ValidationError("--mask-rate must be in (0, 1]; got \(maskRate)") }
        guard lrFloor >= 0, lrFloor <= 1 else { throw ValidationError("--lr-floor must be in [0, 1]; got \(lrFloor)") }
        guard LearningRateSchedule.Decay(rawValue: decay) != nil else { throw ValidationError("--decay must be constant, inverse-sqrt or cosine") }
        _ = try attentionConfiguration(try modelConfig())
    }

    func modelConfig() throws -> ModelConfig {
        var config: ModelConfig
        if let preset = ModelConfig.preset(model) {
            config = preset
        } else {
            let parts = model.split(separator: ",").compactMap { Int($0) }
            guard parts.count == 4 else { throw ValidationError("--model must be small, regular or heads,layers,dff,dmodel; got \(model)") }
            let names = ["heads", "layers", "dff", "dmodel"], limits = [1 << 12, 1 << 12, 1 << 22, 1 << 20]
            for i in 0..<4 {
                let name = names[i], value = parts[i], limit = limits[i]
                guard value >= 1, value <= limit else { throw ValidationError("--model \(name) must be in [1, \(limit)]; got \(value)") }
            }
            config = ModelConfig(heads: parts[0], layers: parts[1], dFF: parts[2], dModel: parts[3])
        }
        let size: [String: ParamValue] = ["batch": .int(batch), "seq_len": .int(seqLen), "heads": .int(config.heads), "layers": .int(config.layers),
                                          "d_ff": .int(config.dFF), "d_model": .int(config.dModel), "vocab": .int(config.vocabSize)]
        if let m = Limits.checkConfiguration(size) { throw ValidationError(m) }
        config.causal = !bidirectional
        config.seed = seed
        do { try config.validate() } catch { throw ValidationError("\(error)") }
        return config
    }

    /// The mechanism preset with the --set values, at the model's shape (the registry
    /// resolves and checks it as it would a spec's configuration).
    func attentionConfiguration(_ m: ModelConfig) throws -> Configuration {
        let set = try TrainSettings.mechanismValues(overrides)
        do {
            return try MechanismRegistry.configuration(mechanism, set.merging([
                "heads": .int(m.heads), "head_dim": .int(m.dModel / m.heads), "seq_len": .int(seqLen),
                "batch": .int(batch), "causal": .bool(m.causal), "seed": .int(Int(seed)),
            ]) { $1 })
        } catch { throw ValidationError("\(error)") }
    }

    func run() throws {
        var o = TrainingRun.Options()
        o.model = try modelConfig()
        o.objective = bidirectional ? .masked(rate: maskRate) : .nextToken
        o.steps = steps; o.seqLen = seqLen; o.batch = batch; o.seed = seed
        o.optimizer = AdamOptimizer.Settings(
            schedule: LearningRateSchedule(peak: lr, warmupSteps: warmup, decay: LearningRateSchedule.Decay(rawValue: decay)!,
                                           totalSteps: steps, floor: lrFloor),
            weightDecay: weightDecay)
        o.corpusPath = corpus; o.checkpointPath = checkpoint; o.initialCheckpoint = initFrom
        o.evalBatches = evalBatches; o.evalInterval = evalInterval; o.progressInterval = progressInterval
        let c = try attentionConfiguration(o.model)
        let mechanisms = try (0..<o.model.layers).map { try MechanismRegistry.make(c, seed: seed + UInt64($0)) }
        let report = try TrainingRun.run(o) { mechanisms[$0] }
        print("model: heads \(o.model.heads), layers \(o.model.layers), d_ff \(o.model.dFF), d_model \(o.model.dModel), \(o.model.causal ? "causal" : "bidirectional")")
        print("attention: \(mechanism) (\(c.label))")
        print("steps: \(steps), seq_len: \(seqLen), batch: \(batch), lr: \(lr), seed: \(seed)")
        for line in report.lines { print(line) }
        if let checkpoint { print("checkpoint: \(checkpoint)") }
    }
}
