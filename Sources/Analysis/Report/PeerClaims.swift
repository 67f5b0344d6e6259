import Foundation
import ResultsFormat
import Statistics

/// The REPORT.md section "Compared with PyTorch, performer-pytorch and JAX": the summary rows
/// of results/peers.csv (written by `make compare`, scripts/compare/compare.py) as a table.
/// Each ratio is peer time / project time (> 1: the project is faster), the median over the
/// alternating rounds with its min-max over rounds; each speed is useful flops per second as a
/// fraction of the machine's sgemm rate recorded in peers.meta.json (`repro env`).
enum PeerClaims {
    /// Markdown for the section (a "not measured" note if results/peers.csv is missing).
    /// Throws for a corrupt CSV (naming file and line).
    static func markdown(resultsDir: String) throws -> String {
        let csvPath = (resultsDir as NSString).appendingPathComponent("peers.csv")
        var s = "\n<a id=\"peers\"></a>\n## Compared with PyTorch, performer-pytorch and JAX\n\n"
        guard FileManager.default.fileExists(atPath: csvPath) else {
            s += "**not measured**: results/peers.csv does not exist; `make compare` measures it (it installs the peers into .venv-peers/).\n"
            return s + (try modelSection(resultsDir: resultsDir))
        }
        let table = try CSVReader.read(path: csvPath)
        let meta = metadata((resultsDir as NSString).appendingPathComponent("peers.meta.json"))
        s += "`results/peers.csv`, written by `make compare`. \(meta)\n\n"
        s += "Ratio = peer time / project time (> 1: the project is faster), the median over the alternating rounds and in brackets its min-max over rounds; "
        s += "each implementation ran in its own process per round (1 warm-up, median of 3), the peers with glibc keeping freed memory in the heap (MALLOC_MMAP_THRESHOLD_, MALLOC_TRIM_THRESHOLD_: peers.meta.json's peer_malloc_env), so no implementation pays first-touch page faults in its timed calls (the project reuses its tensors' memory). "
        s += "Speed = useful flops per second as a fraction of this machine's sgemm rate: exact 4BHL²d forward (half of it causal), FAVOR+ 8BHLmd forward, forward+backward 3x the forward. "
        s += "performer-pytorch's causal path on CPU is its non-CUDA fallback (causal_linear_attention_noncuda); the JAX reference is our transcription of its fast_attention.py (jit-compiled).\n\n"
        s += try comparisonTable(table)
        let reformerPath = (resultsDir as NSString).appendingPathComponent("peers-reformer.csv")
        if FileManager.default.fileExists(atPath: reformerPath) {
            let reformer = try CSVReader.read(path: reformerPath)
            let reformerMeta = metadata((resultsDir as NSString).appendingPathComponent("peers-reformer.meta.json"))
            s += "\n### LSH attention (Reformer) against reformer-pytorch\n\n"
            s += "`results/peers-reformer.csv`, written by `scripts/compare/compare.py --mechanisms reformer --peers reformer-pytorch --name peers-reformer` (the same shapes, rounds and ratios as above, for the project's `reformer` preset and reformer-pytorch's LSHAttention with the same chunk length and hashing rounds). \(reformerMeta)\n\n"
            s += try comparisonTable(reformer)
        }
        return s + (try modelSection(resultsDir: resultsDir))
    }

    /// The subsection "Whole training steps against PyTorch" from results/peers-model.csv
    /// (scripts/compare/peers_model.py): per training case and mechanism, PyTorch's step time /
    /// the project's (> 1: the project is faster), median over rounds with its min-max, tokens
    /// per second and step times of both, speeds as fractions of the sgemm rate. Empty when the
    /// file does not exist. Throws for a corrupt CSV.
    static func modelSection(resultsDir: String) throws -> String {
        let path = (resultsDir as NSString).appendingPathComponent("peers-model.csv")
        guard FileManager.default.fileExists(atPath: path) else { return "" }
        let table = try CSVReader.read(path: path)
        let meta = (resultsDir as NSString).appendingPathComponent("peers-model.meta.json")
        var s = "\n### Whole training steps against PyTorch\n\n"
        s += "`results/peers-model.csv`, written by `make compare` (or `make compare-model`; scripts/compare/peers_model.py). \(modelMetadata(meta))\n\n"
        s += "Each case is a committed training spec's model (its heads, layers, d_ff, d_model, L and batch; byte vocabulary 256) written twice: the project's Transformer (`repro train`) and the same layers in PyTorch (the same parameter count, checked), "
        s += "exact attention against PyTorch with `scaled_dot_product_attention`, FAVOR+ (positive orthogonal features, a new projection every step) against the same PyTorch model with performer-pytorch's FastAttention. "
        s += "A step is redraw, forward, loss, backward, clipping at norm 0.5 and AdamW; each process runs untimed warm-up steps, then reports the median of its timed steps. "
        s += "Ratio = PyTorch step time / project step time (> 1: the project is faster), the median over rounds and in brackets its min-max; speed = the model's useful flops per second (6 flops per weight per token plus the attention's) as a fraction of the sgemm rate.\n\n"
        s += "| case | shape (heads, layers, d_ff, d_model, L, batch) | project | PyTorch | ratio | rounds decide | tokens/s (ours / PyTorch) | step (ours / PyTorch) | speed (ours / PyTorch) |\n"
        s += "|---|---|---|---|---|---|---|---|---|\n"
        for r in table.rows where r["row_type"] == "summary" {
            let causal = r["causal"] == "true" ? "causal" : "bidirectional"
            let shape = ["heads", "layers", "d_ff", "d_model", "seq_len", "batch"].map { r[$0] ?? "?" }.joined(separator: ", ")
            var line = "| \(r["case"] ?? "") (\(causal)) | \(shape) | \(r["implementation"] ?? "") | \(r["versus"] ?? "") | \(ratio(r)) |"
            if r["status"] == "ok", let lo = Double(r["ratio_min"] ?? ""), let hi = Double(r["ratio_max"] ?? ""),
               let ours = Double(r["median_s"] ?? ""), let theirs = Double(r["versus_median_s"] ?? ""),
               let f = Double(r["sgemm_fraction"] ?? ""), let g = Double(r["versus_sgemm_fraction"] ?? "") {
                let decided = lo > 1 ? "project faster in every round" : hi < 1 ? "PyTorch faster in every round" : "mixed"
                line += " \(decided) | \(r["tokens_per_second"] ?? "") / \(r["versus_tokens_per_second"] ?? "") |" + String(format: " %.2f ms / %.2f ms |", ours * 1000, theirs * 1000)
                line += String(format: " %.1f%% / %.1f%% |", f * 100, g * 100)
            } else {
                line += " | | | |"
            }
            s += line + "\n"
        }
        let failed = table.rows.filter { $0["row_type"] == "round" && $0["status"] != "ok" }
            .map { "\($0["implementation"] ?? "") \($0["case"] ?? "") round \($0["round"] ?? ""): \($0["status"] ?? "") \($0["note"] ?? "")" }
        if !failed.isEmpty { s += "\nNot timed: " + failed.joined(separator: "; ") + ".\n" }
        return s
    }

    /// One sentence from peers-model.meta.json: date, rounds, steps, versions, threads, sgemm rate.
    static func modelMetadata(_ path: String) -> String {
        guard let m = MetaFile(path: path) else { return "No readable peers-model.meta.json: versions and machine unknown." }
        return "Run \(m["date"]), \(m["rounds"]) rounds of \(m["warmup_steps"]) warm-up + \(m["steps"]) timed steps, \(m.runAndMachine); "
            + "PyTorch \(m.version("torch")), performer-pytorch \(m.version("performer-pytorch"))."
    }

    /// The ratio table of one compare.py CSV (its "summary" rows) and the rounds it could not
    /// time.
    static func comparisonTable(_ table: CSVTable) throws -> String {
        var s = ""
        s += "| L | case | project | peer | forward ratio | forward speed (ours / peer) | fwd+bwd ratio | fwd+bwd speed (ours / peer) |\n"
        s += "|---|---|---|---|---|---|---|---|\n"
        let summary = table.rows.filter { $0["row_type"] == "summary" }
        var seen = Set<String>()
        for r in summary {
            let key = [r["seq_len"], r["case"], r["causal"], r["implementation"], r["versus"]].map { $0 ?? "" }.joined(separator: "|")
            guard seen.insert(key).inserted else { continue }
            let cells = ["forward", "forward_backward"].map { pass in
                summary.first { row in
                    row["pass"] == pass && [row["seq_len"], row["case"], row["causal"], row["implementation"], row["versus"]].map { $0 ?? "" }.joined(separator: "|") == key
                }
            }
            let caseName = "\(caseTitle(r["case"] ?? "")), \(r["causal"] == "true" ? "causal" : "bidirectional")"
            var line = "| \(r["seq_len"] ?? "") | \(caseName) | \(r["implementation"] ?? "") | \(r["versus"] ?? "") |"
            for c in cells { line += " \(ratio(c)) | \(speeds(c)) |" }
            s += line + "\n"
        }
        let notes = Set(table.rows.filter { $0["row_type"] == "round" && $0["status"] != "ok" }
            .map { "\($0["implementation"] ?? "") \($0["case"] ?? "") causal=\($0["causal"] ?? "") \($0["pass"] ?? "") at L = \($0["seq_len"] ?? ""): \($0["status"] ?? "") \($0["note"] ?? "")" })
        if !notes.isEmpty { s += "\nNot timed: " + notes.sorted().joined(separator: "; ") + ".\n" }
        return s
    }

    static func caseTitle(_ c: String) -> String {
        switch c {
        case "exact": return "exact"
        case "favor-softmax": return "FAVOR+ softmax"
        case "favor-relu": return "ReLU features, projection"
        case "lsh": return "LSH attention (Reformer, 2 rounds)"
        default: return c
        }
    }

    /// "1.52 [1.20-1.80]" from a summary row, or "not measured".
    static func ratio(_ row: [String: String]?) -> String {
        guard let row, row["status"] == "ok", let m = Double(row["ratio_median"] ?? ""),
              let lo = Double(row["ratio_min"] ?? ""), let hi = Double(row["ratio_max"] ?? "") else { return "not measured" }
        let n = row["rounds"] ?? "?"
        return String(format: "**%.2f** [%.2f-%.2f, %@ rounds]", m, lo, hi, n)
    }

    /// "41% / 63% (0.123 s / 0.456 s)" of the sgemm rate, ours then the peer's.
    static func speeds(_ row: [String: String]?) -> String {
        guard let row, row["status"] == "ok", let ours = Double(row["sgemm_fraction"] ?? ""),
              let theirs = Double(row["versus_sgemm_fraction"] ?? ""), let t = Double(row["median_s"] ?? ""),
              let u = Double(row["versus_median_s"] ?? "") else { return "" }
        return String(format: "%.0f%% / %.0f%% (%@ / %@)", ours * 100, theirs * 100, seconds(t), seconds(u))
    }

    static func seconds(_ t: Double) -> String { t < 1 ? String(format: "%.0f ms", t * 1000) : String(format: "%.2f s", t) }

    /// One sentence from peers.meta.json: date, rounds, versions, threads, sgemm rate.
    static func metadata(_ path: String) -> String {
        guard let m = MetaFile(path: path) else { return "No readable peers.meta.json: versions and machine unknown." }
        return "Run \(m["date"]), \(m["rounds"]) rounds, \(m.runAndMachine); "
            + "PyTorch \(m.version("torch")), performer-pytorch \(m.version("performer-pytorch")), JAX \(m.version("jax")) (jaxlib \(m.version("jaxlib")))"
            + (m.versions["reformer-pytorch"].map { ", reformer-pytorch \($0)" } ?? "") + "."
    }

    /// A compare script's meta.json (scripts/compare/*.py): its fields as text, "?" when absent.
    struct MetaFile {
        let fields: [String: Any], machine: [String: Any], versions: [String: Any]

        init?(path: String) {
            guard let data = FileManager.default.contents(atPath: path),
                  let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else { return nil }
            fields = obj
            machine = obj["machine"] as? [String: Any] ?? [:]
            versions = obj["peer_versions"] as? [String: Any] ?? [:]
        }

        static func text(_ x: Any?) -> String { x.map { "\($0)" } ?? "?" }
        subscript(key: String) -> String { MetaFile.text(fields[key]) }
        func version(_ key: String) -> String { MetaFile.text(versions[key]) }

        /// "S s, commit C; CPU, T threads, sgemm G GFLOP/s": the run's length, commit and machine.
        var runAndMachine: String {
            "\(self["seconds"]) s, commit \(MetaFile.text(machine["commit"])); \(MetaFile.text(machine["cpu"])), \(self["threads"]) threads, sgemm \(self["sgemm_gflops"]) GFLOP/s"
        }
    }
}
