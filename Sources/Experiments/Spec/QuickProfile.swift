/// The quick profile of a spec (`repro reproduce --quick`, `make reproduce QUICK=1`): the same
/// experiment at reduced sweeps, for a first look on a new machine in minutes. Each kind
/// says how it shrinks, as `--set` overrides applied to the spec (`quickOverrides`); the
/// spec keeps its name, so run it with another output folder (`--out quick`) and the
/// committed results are never overwritten.
///
/// Rules per kind:
/// - timing, model-timing: the first 3 (model-timing: 2) lengths of the seq_len axis, one
///   warm-up and one timed call;
/// - approximation: the first 2 lengths of a seq_len axis, features axes cut to 3 values,
///   2 samples;
/// - kernel-variance: a tenth of the samples (at least 500);
/// - transfer: 60 steps (the same fine-tuning fraction), evaluation every 20 steps on 2
///   batches, a features axis cut to its first 3 values;
/// - task: one seed, the first value of a features axis, 40 steps, evaluation every 20;
/// - protein-lm: one seed, 20 steps, evaluation every 10 on 8 proteins per split;
/// - protein-attention: one seed, 20 steps, attention read on 8 proteins;
/// - protein-long: one seed, 10 training seconds, evaluation every 5 on 1 row per split;
/// - any other kind: numeric axes cut to their first 3 values, 1 repeat, 2 samples.
/// Every rule only removes work, so quick numbers are for looking, not for the claims.
public enum QuickProfile {
    /// The overrides that turn `spec` into its quick profile (empty when nothing shrinks).
    public static func overrides(_ spec: Spec) -> [Override] {
        var out: [Override] = []
        func axis(_ name: String, keep: Int) {
            guard let a = spec.sweep.first(where: { $0.name == name }), a.values.count > keep else { return }
            out.append(Override(key: name, values: Array(a.values.prefix(keep))))
        }
        func setting(_ key: String, _ value: Int, when current: Int) {
            if value < current { out.append(Override(key: key, values: [.int(value)])) }
        }
        func fixedInt(_ name: String) -> Int? {
            spec.fixed.first { $0.name == name }?.value.intValue
        }
        switch spec.kind {
        case "timing", "model-timing":
            axis("seq_len", keep: spec.kind == "timing" ? 3 : 2)
            setting("repeats", 1, when: spec.repeats)
            setting("warmup", 1, when: spec.warmup)
        case "approximation":
            axis("seq_len", keep: 2)
            axis("features", keep: 3)
            setting("samples", 2, when: spec.samples)
        case "kernel-variance":
            setting("samples", max(500, spec.samples / 10), when: spec.samples)
        case "transfer":
            axis("features", keep: 3)
            if let steps = fixedInt("steps") { setting("steps", 60, when: steps) }
            if let interval = fixedInt("eval_interval") { setting("eval_interval", 20, when: interval) }
            if let batches = fixedInt("eval_batches") { setting("eval_batches", 2, when: batches) }
        case "task":
            axis("seed", keep: 1)
            axis("features", keep: 1)
            if let steps = fixedInt("steps") { setting("steps", 40, when: steps) }
            if let interval = fixedInt("eval_interval") { setting("eval_interval", 20, when: interval) }
        case "protein-lm":
            axis("seed", keep: 1)
            if let steps = fixedInt("steps") { setting("steps", 20, when: steps) }
            if let interval = fixedInt("eval_interval") { setting("eval_interval", 10, when: interval) }
            if let n = fixedInt("eval_examples") { setting("eval_examples", 8, when: n) }
        case "protein-attention":
            axis("seed", keep: 1)
            if let steps = fixedInt("steps") { setting("steps", 20, when: steps) }
            if let n = fixedInt("eval_examples") { setting("eval_examples", 8, when: n) }
        case "protein-long":
            axis("seed", keep: 1)
            func fixedDouble(_ name: String) -> Double? { spec.fixed.first { $0.name == name }?.value.doubleValue }
            func settingDouble(_ key: String, _ value: Double) {
                if let current = fixedDouble(key), value < current { out.append(Override(key: key, values: [.double(value)])) }
            }
            settingDouble("train_seconds", 10)
            settingDouble("eval_seconds", 5)
            if let n = fixedInt("eval_examples") { setting("eval_examples", 1, when: n) }
        default:
            for a in spec.sweep where a.values.count > 3 && a.values.allSatisfy({ $0.doubleValue != nil }) { axis(a.name, keep: 3) }
            setting("repeats", 1, when: spec.repeats)
            setting("samples", 2, when: spec.samples)
        }
        return out
    }

    /// `spec` with its quick overrides applied, under its own name.
    public static func apply(_ spec: Spec, source: String) throws -> Spec {
        var quick = try Override.apply(overrides(spec), to: spec, source: source)
        quick.name = spec.name
        return quick
    }
}

extension Override {
    /// An override from its parts (`key=v1,v2`).
    public init(key: String, values: [ParamValue]) {
        self.key = key
        self.values = values
    }
}
