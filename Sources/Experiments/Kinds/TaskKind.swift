import Attention
import Foundation
import Model

/// `task` (beyond the paper: does the approximation learn?). One configuration = one
/// mechanism trained from scratch on a generated task (`task`: listops, mqar, fortunes; see
/// Model/Tasks) for `steps` steps of `batch` examples of `seq_len` tokens, evaluated on
/// `eval_examples` examples of the task's held-out test split at step 0, every
/// `eval_interval` steps and at the end: one row per evaluation (TaskTraining.run). The
/// data and the initial weights depend on `seed` only, so the mechanisms of a seed are
/// paired. `majority_baseline` is the accuracy of always answering the most frequent test
/// label; `arm` is the mechanism's position in the spec's `mechanism` axis (x of the per-mechanism plots).
struct TaskKind: ExperimentKind {
    init() {}
    let name = "task"
    let summary = "beyond the paper: a model trained from scratch on ListOps, MQAR or fortune categories, test accuracy per mechanism"
    let parameters = [
        ParameterInfo("task", .string, .string("listops"), allowed: ["listops", "mqar", "fortunes"],
                      "task kind: the generated task (listops: LRA ListOps rules; mqar: multi-query associative recall; fortunes: which fortunes file a quote comes from)"),
        ParameterInfo("pairs", .int, .int(8), min: 1, "task kind, mqar: key-value pairs (and queries) per example"),
        KindParameters.evalExamples.documented("task kind: held-out test examples per evaluation"),
    ]
    let builtInTimeFactor = 0.15
    let quickRule = "one seed, the first value of a features axis, 40 steps, evaluation every 20"
    func quickOverrides(_ spec: Spec) -> [Override] {
        var q = QuickRules(spec)
        q.axis("seed", keep: 1)
        q.axis("features", keep: 1)
        q.lowerFixed("steps", to: 40)
        q.lowerFixed("eval_interval", to: 20)
        return q.overrides
    }
    let measurementColumns = ["variant", "step", "seconds", "loss", "accuracy", "train_loss", "train_accuracy",
                                     "majority_baseline", "parameters", "arm", "diverged"]

    func check(_ c: Configuration) -> String? {
        if c.string("model") == "none" { return "kind task trains a model: set model (and its sizes)" }
        if c.int("steps") < 1 { return "kind task needs steps >= 1" }
        if c.string("task") == "mqar", c.int("seq_len") < 3 * c.int("pairs") {
            return "mqar needs seq_len >= 3 x pairs (pairs, padding, queries)"
        }
        return nil
    }

    func predictedBytes(_ c: Configuration, spec: Spec) throws -> Int {
        let s = TaskTraining.Settings(c)
        let mechanisms = try (0..<s.layers).map { try MechanismRegistry.make(c, seed: s.seed &+ UInt64($0)) }
        return ModelMemory.predictedBytes(s.model(vocab: 258), batch: s.batch, length: s.length, mechanisms: mechanisms,
                                          backward: true, optimizer: true)
    }

    func estimatedSeconds(_ c: Configuration, spec: Spec) -> Double {
        let s = TaskTraining.Settings(c)
        let flopsPerStep = 6 * Double(s.batch * s.length) * Double(s.model(vocab: 64).weightCount)
        return Double(s.steps) * flopsPerStep / CostModel.flopsPerSecond * 3
    }

    func measure(_ c: Configuration, spec: Spec) throws -> [[String: String]] {
        let variant = c.string("mechanism")
        let log: (String) -> Void = { FileHandle.standardError.write(("  [\(c.string("task")) \(variant)] " + $0 + "\n").data(using: .utf8)!) }
        return try TaskTraining.run(c, spec: spec, log: log).map { r in
            var r = r
            r["variant"] = variant
            r["peak_bytes"] = ""
            return r
        }
    }
}
