/// Axis labels of result columns.
public enum ColumnLabels {
    /// Axis labels with units for well-known columns.
    public static func label(_ column: String) -> String {
        let known: [String: String] = [
            "seq_len": "sequence length L (tokens)", "features": "random features m",
            "median_s": "time (seconds, median)", "min_s": "time (seconds, min)", "max_s": "time (seconds, max)",
            "peak_bytes": "peak memory (bytes)", "predicted_bytes": "predicted memory (bytes)",
            "mse": "MSE of the attention output", "rel_frobenius": "relative Frobenius error",
            "head_dim": "head dimension d", "batch": "batch size B", "heads": "heads H",
            "config_seconds": "wall time per configuration (seconds)", "input_scale": "input scale s",
            "window": "window (tokens)", "linformer_k": "Linformer k",
            "kernel_value": "softmax kernel value SM(x, y) = exp(x.y)", "mse_theory": "Lemma 2 (iid)",
            "mse_bound_thm2": "Theorem 2 bound (orthogonal)", "mse_ratio": "measured MSE / Lemma 2",
            "relative_mse": "MSE / SM^2", "pair_cos": "cos of the angle between x and y", "pair_norm": "|x| = |y|",
        ]
        return known[column] ?? column
    }
}
