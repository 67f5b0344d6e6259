/// Hard limits on every number read from a spec, `--set`, a CSV or the command line. They
/// sit far above any experiment one machine can run and far below the point where the Int
/// arithmetic on sizes (bytes, flops, configuration counts) could overflow, so a typo gets a
/// clear message naming the key and the limit instead of a trap or a run that never ends.
public enum Limits {
    /// Largest value of an integer parameter, by name (others: `defaultIntMax`).
    static let intMax: [String: Int] = [
        "seq_len": 1 << 24, "head_dim": 1 << 16, "heads": 1 << 12, "batch": 1 << 16,
        "features": 1 << 20, "window": 1 << 24, "block": 1 << 24, "window_blocks": 1 << 20,
        "global_blocks": 1 << 20, "random_blocks": 1 << 20, "linformer_k": 1 << 24,
        "d_model": 1 << 20, "layers": 1 << 12, "d_ff": 1 << 22, "vocab": 1 << 24,
        "steps": 1 << 30, "eval_interval": 1 << 30, "eval_batches": 1 << 20,
    ]
    /// Largest integer parameter not listed in `intMax` (seeds, ...): 2^53, exact in Double.
    static let defaultIntMax = 1 << 53
    /// Largest magnitude of a decimal parameter, by name (others: `defaultDoubleMax`).
    static let doubleMax: [String: Double] = [
        "finetune_fraction": 16, "input_scale": 1e6, "pair_norm": 1e3, "learning_rate": 1e30, "epsilon": 1e6,
    ]
    /// (learning_rate may be absurd on purpose, to provoke divergence; it stays within Float.)
    static let defaultDoubleMax = 1e12

    /// Top-level integer settings: the largest value each may take.
    static let settingMax: [String: Int] = [
        "warmup": 1000, "repeats": 1000, "samples": 1_000_000, "max_configurations": 100_000,
    ]
    /// memory_budget_bytes: at most 1 PiB (the run caps it at 80% of the machine anyway).
    static let memoryBudgetMax = 1 << 50
    /// time_budget_seconds and total_time_budget_seconds: at most 30 days.
    static let secondsMax = 30.0 * 86400
    /// Values a sweep range ({"from", "to", "factor"|"step"}) may produce.
    static let rangeValuesMax = 100_000

    /// Overflow guard of one configuration: batch x heads x seq_len x max(seq_len, widths) x
    /// layers, with widths the head, feature, projection, window, block, model, feed-forward
    /// and vocabulary sizes. The largest shipped configurations are near 2^46; byte and flop
    /// counts multiply this by small constants, so 2^56 leaves them far from Int.max (2^63).
    static let configurationWorkMax = 0x1p56

    /// The problem with a parameter value (type already checked), or nil.
    public static func check(_ name: String, _ value: ParamValue) -> String? {
        switch value {
        case .int(let i):
            let hi = intMax[name] ?? defaultIntMax
            if i > hi { return "\(name) = \(i) exceeds the limit \(hi)" }
            if i < -defaultIntMax { return "\(name) = \(i) is below the limit -\(defaultIntMax)" }
        case .double(let x):
            let hi = doubleMax[name] ?? defaultDoubleMax
            if !x.isFinite { return "\(name) must be a finite number, got \(x)" }
            if abs(x) > hi { return "\(name) = \(x) exceeds the limit \(hi) in magnitude" }
        default: break
        }
        return nil
    }

    /// The overflow guard of `values` (a resolved configuration; missing parameters take their
    /// defaults), computed in Double so that it cannot overflow itself.
    public static func checkConfiguration(_ values: [String: ParamValue]) -> String? {
        func get(_ name: String) -> Double {
            let v = values[name] ?? Parameters.info(name)?.defaultValue
            return max(1, v?.doubleValue ?? 1)
        }
        let widths = ["head_dim", "features", "linformer_k", "window", "block", "d_model", "d_ff", "vocab"].map(get)
        let work = get("batch") * get("heads") * get("seq_len") * max(get("seq_len"), widths.max()!) * get("layers")
        guard work <= configurationWorkMax else {
            return String(format: "configuration too large: batch x heads x seq_len x max(seq_len, widths) x layers = %.3g exceeds the limit 2^56 = %.3g that keeps byte and flop counts from overflowing", work, configurationWorkMax)
        }
        return nil
    }
}
