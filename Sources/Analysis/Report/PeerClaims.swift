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
            return s + "**not measured**: results/peers.csv does not exist; `make compare` measures it (it installs the peers into .venv-peers/).\n"
        }
        let table = try CSVReader.read(path: csvPath)
        let meta = metadata((resultsDir as NSString).appendingPathComponent("peers.meta.json"))
        s += "`results/peers.csv`, written by `make compare`. \(meta)\n\n"
        s += "Ratio = peer time / project time (> 1: the project is faster), the median over the alternating rounds and in brackets its min-max over rounds; "
        s += "each implementation ran in its own process per round (1 warm-up, median of 3). "
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
        return s
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
        guard let data = FileManager.default.contents(atPath: path),
              let obj = try? JSONSerialization.jsonObject(with: data) as? [String: Any] else {
            return "No readable peers.meta.json: versions and machine unknown."
        }
        let v = obj["peer_versions"] as? [String: Any] ?? [:]
        let machine = obj["machine"] as? [String: Any] ?? [:]
        func str(_ x: Any?) -> String { x.map { "\($0)" } ?? "?" }
        return "Run \(str(obj["date"])), \(str(obj["rounds"])) rounds, \(str(obj["seconds"])) s, commit \(str(machine["commit"])); "
            + "\(str(machine["cpu"])), \(str(obj["threads"])) threads, sgemm \(str(obj["sgemm_gflops"])) GFLOP/s; "
            + "PyTorch \(str(v["torch"])), performer-pytorch \(str(v["performer-pytorch"])), JAX \(str(v["jax"])) (jaxlib \(str(v["jaxlib"])))"
            + (v["reformer-pytorch"].map { ", reformer-pytorch \($0)" } ?? "") + "."
    }
}
