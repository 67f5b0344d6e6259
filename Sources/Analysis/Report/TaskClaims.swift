import Foundation
import ResultsFormat
import Statistics

/// "Beyond the paper: learning from scratch" (the `task` kind): for each setting of a task
/// (L, pairs, m), each mechanism's final test accuracy over seeds with a 95% t-interval and
/// its difference from exact attention, paired by seed (a seed fixes the data and the
/// initial weights for every mechanism).
///
/// Verdicts, each from a 95% Student-t interval over seeds (PlotAggregate.meanCI95):
/// - "exact learns": exact's accuracy is at least `learnedPoints` above the chance level
///   max(majority-class baseline, guess level): holds if the interval's low end is above
///   that level + 10 points, does not hold if its high end is below, else inconclusive. The
///   guess level is 0 for classification and, for MQAR, 100/pairs %: answering a random one
///   of the `pairs` values present in the context (the "value set" solution, learnable
///   without any key -> value association), so only recall clears it.
/// - "mechanism X matches exact" (non-inferiority): the paired difference X - exact is
///   above -`matchPoints`: holds if the interval's low end is above -2 points, does not hold
///   if its high end is below -2 points, else inconclusive with the seeds that would decide
///   it at the measured spread.
/// - MQAR (a guess level above 0): recall is bimodal over seeds, so each arm's claim is a
///   success rate over seeds with an exact binomial interval instead (RecallClaims.swift).
/// The only inputs are (setting, mechanism, seed, accuracy, baseline) tuples from `finals`;
/// intervals and seeds needed come from the statistics engine.
enum TaskClaims {
    /// The report's hook (Report.figures): one section per task spec.
    static let figures: [(name: String, title: String, build: (String, String, String) throws -> ReportSection)] =
        [("tasks-listops", "Beyond the paper: learning from scratch (ListOps)"),
         ("tasks-mqar", "Beyond the paper: learning from scratch (MQAR, associative recall)"),
         ("tasks-mqar-length", "Beyond the paper: learning from scratch (MQAR recall vs sequence length)"),
         ("tasks-text", "Beyond the paper: learning from scratch (fortune categories, byte-level text)")].map { entry in
            (entry.0, entry.1, { n, p, m in try TaskClaims.section(name: n, title: entry.1, path: p, provenance: m) })
        }

    /// Margin of the non-inferiority claims, in accuracy points.
    static let matchPoints = 2.0
    /// The FAVOR+ feature count of the main performer-softmax arm when a spec sweeps m (the
    /// task specs' accuracy-vs-mechanism plots filter it); other m are separate arms
    /// "performer-softmax m=M". Without it among the values, the largest m is the main arm.
    static let mainFeatureCount = 64
    /// How far above the chance level max(majority baseline, guess level) exact attention
    /// must be, in accuracy points.
    static let learnedPoints = 10.0

    /// LRA test accuracies (Tay et al. 2021, Table 1) of the architectures our arms stand
    /// for: (ListOps, Text). Block-sparse stands for BigBird; performer-softmax and
    /// performer-relu for Performer (LRA's runs used one Performer configuration).
    /// Literature data: a published number belongs to an architecture, which no parameter
    /// column names (LRA's one Performer is both our softmax and our ReLU arm), so the table
    /// is keyed by the preset that stands for it; a mechanism missing here shows "–".
    static let lra: [String: (listops: Double, text: Double)] = [
        "exact": (36.37, 64.27), "performer-softmax": (18.01, 65.40), "performer-relu": (18.01, 65.40),
        "local": (15.82, 52.98), "block-sparse": (36.05, 64.02), "linformer": (35.70, 53.94),
    ]

    /// One configuration's final evaluation.
    struct Final {
        var setting: String, mechanism: String, seed: String
        var accuracy: Double, baseline: Double, seconds: Double
        /// The `arm` column (the mechanism's position in the task specs' order) for a plain
        /// mechanism; infinity for a variant or a separate FAVOR+ m arm (they follow, by name).
        var arm: Double
        /// The accuracy (%) of guessing among the values present in the context: 100/pairs
        /// for MQAR, 0 for the classification tasks.
        var guess: Double
    }

    /// The last evaluation of every ok configuration (largest step per config_key). The
    /// setting groups rows that are compared: seq_len, pairs and, for FAVOR+, m (other than
    /// `mainFeatureCount` it is a separate arm "performer-softmax m=M").
    static func finals(_ r: ResultRows) throws -> [Final] {
        var last: [String: (step: Double, row: [String: String])] = [:]
        for row in r.ok {
            let step = try r.number(row, "step")
            let key = row["config_key"] ?? ""
            if last[key].map({ step >= $0.step }) ?? true { last[key] = (step, row) }
        }
        let featureValues = Set(last.values.compactMap { Int($0.row["features"] ?? "") })
        let mainFeatures = featureValues.count > 1 ? (featureValues.contains(mainFeatureCount) ? mainFeatureCount : featureValues.max()) : nil
        return try last.values.map { (_, row) in
            var setting = "L=\(row["seq_len"] ?? "")"
            var guess = 0.0
            if let p = row["pairs"], !p.isEmpty, row["task"] == "mqar" {
                setting += ", pairs=\(p)"
                guess = 100 / (Double(p) ?? .infinity)
            }
            var mechanism = row["variant"] ?? row["mechanism"] ?? ""
            if let m = Int(row["features"] ?? ""), let main = mainFeatures, m != main { mechanism += " m=\(m)" }
            let arm = mechanism == row["mechanism"] ? Double(row["arm"] ?? "") ?? .infinity : .infinity
            return Final(setting: setting, mechanism: mechanism, seed: row["seed"] ?? "",
                         accuracy: 100 * (try r.number(row, "accuracy")), baseline: 100 * (try r.number(row, "majority_baseline")),
                         seconds: try r.number(row, "seconds"), arm: arm, guess: guess)
        }.sorted { ($0.setting, $0.mechanism, $0.seed) < ($1.setting, $1.mechanism, $1.seed) }
    }

    /// Verdict of "the mean is above `threshold`" from values over seeds, with the seeds
    /// that would decide it when inconclusive.
    /// `level`: the interval's two-sided level (95%, or a look's level in a plan of sequential
    /// rounds).
    static func above(_ values: [Double], threshold: Double, level: Double = 0.95) -> (verdict: Verdict, mean: Double, half: Double, note: String) {
        var (mean, half) = PlotAggregate.meanCI95(values)
        if level != 0.95, let i = Stats.tInterval(values, level: level) { (mean, half) = (i.estimate, i.upper - i.estimate) }
        guard values.count >= 2 else { return (.inconclusive, mean, .infinity, "; 1 seed: no interval (>= 2 seeds needed)") }
        if mean - half > threshold { return (.holds, mean, half, "") }
        if mean + half < threshold { return (.doesNotHold, mean, half, "") }
        return (.inconclusive, mean, half, "; " + seedsNeeded(values, threshold: threshold, level: level))
    }

    /// The seeds at which a t-test against `threshold` decides it with 80% power if the
    /// measured mean and spread are the truth (Stats.samplesForPower).
    static func seedsNeeded(_ values: [Double], threshold: Double, level: Double = 0.95) -> String {
        let mean = Stats.mean(values), sd = Stats.variance(values).squareRoot()
        let gap = abs(mean - threshold)
        guard gap > 0, sd > 0 else { return "undecidable at this spread (mean on the threshold)" }
        if let m = Stats.samplesForPower(sd: sd, gap: gap, from: values.count, level: level) { return "about \(m) seeds would decide it (80% power)" }
        return "more than 10000 seeds would be needed (difference too close to the threshold)"
    }

    static func fmt(_ mean: Double, _ half: Double) -> String {
        half.isFinite ? String(format: "%.1f ± %.1f", mean, half) : String(format: "%.1f", mean)
    }

    /// The section of one task spec's CSV (`task`: "listops", "mqar" or "text" for the LRA column).
    static func section(name: String, title: String, path: String, provenance: String) throws -> ReportSection {
        let r = try ResultRows(path: path, required: ["variant", "step", "accuracy", "majority_baseline", "seconds", "seed", "seq_len"])
        let finals = try finals(r)
        var claims: [Claim] = [], details: [String] = []
        // Sequential rounds (experiments/sequential/NAME.json): the claims it lists are decided at
        // the level of their look.
        let plan = try RoundsPlan.load(csvPath: path, name: name), log = RoundsLog.load(csvPath: path, name: name)
        let lraColumn: ((listops: Double, text: Double)) -> Double? =
            name.contains("listops") ? { $0.listops } : name.contains("text") ? { $0.text } : { _ in nil }
        for setting in Set(finals.map(\.setting)).sorted() {
            let rows = finals.filter { $0.setting == setting }
            let exact = rows.filter { $0.mechanism == MechanismColumns.exact }
            guard !exact.isEmpty else { continue }
            let baseline = exact.map(\.baseline).reduce(0, +) / Double(exact.count)
            let guess = exact.map(\.guess).max() ?? 0
            let chance = max(baseline, guess)
            let learned = above(exact.map(\.accuracy), threshold: chance + learnedPoints)
            let levels = guess > 0
                ? "max(majority baseline \(String(format: "%.1f", baseline))%, guessing among the values in the context \(String(format: "%.1f", guess))%)"
                : "majority baseline \(String(format: "%.1f", baseline))%"
            let what = guess > 0 ? "max(majority baseline, 1/pairs)" : "majority baseline"
            if guess > 0 {
                claims.append(recallClaim(id: "exact-learns \(setting)", setting: setting, mechanism: "exact", rows: exact, chance: chance, levels: levels))
                for mechanism in orderedMechanisms(rows) where mechanism != MechanismColumns.exact {
                    claims.append(recallClaim(id: "\(mechanism) matches exact \(setting)", setting: setting, mechanism: mechanism,
                                              rows: rows.filter { $0.mechanism == mechanism }, chance: chance, levels: levels))
                }
            } else {
                claims.append(Claim(id: "exact-learns \(setting)",
                                    paper: "\(setting): exact attention learns the task: test accuracy >= \(what) + \(Int(learnedPoints)) points",
                                    verdict: learned.verdict,
                                    evidence: "exact \(fmt(learned.mean, learned.half))% over \(exact.count) seeds vs \(levels)\(learned.note)"))
            }
            var table = guess > 0
                ? "**\(setting)** (final step; accuracy in % per seed; seeds that recall, accuracy >= \(String(format: "%.1f", chance + learnedPoints))%, with the 95% Clopper-Pearson interval on the rate)\n\n"
                    + "| mechanism | seeds | accuracy per seed | recall rate | train seconds | LRA |\n|---|---|---|---|---|---|\n"
                : "**\(setting)** (final step; accuracy in %, mean ± 95% t-interval half-width over seeds; difference from exact paired by seed)\n\n"
                    + "| mechanism | seeds | accuracy | − exact | train seconds | LRA |\n|---|---|---|---|---|---|\n"
            var ours: [(String, Double)] = []
            for mechanism in orderedMechanisms(rows) {
                let mine = rows.filter { $0.mechanism == mechanism }
                let (mean, half) = PlotAggregate.meanCI95(mine.map(\.accuracy))
                let secs = mine.map(\.seconds).reduce(0, +) / Double(mine.count)
                ours.append((mechanism, mean))
                let lraText = lra[mechanism].flatMap(lraColumn).map { String(format: "%.2f", $0) } ?? "–"
                var diffText = "–"
                if mechanism != MechanismColumns.exact {
                    let bySeed = Dictionary(exact.map { ($0.seed, $0.accuracy) }, uniquingKeysWith: { a, _ in a })
                    let diffs = mine.compactMap { m in bySeed[m.seed].map { m.accuracy - $0 } }
                    if !diffs.isEmpty && guess == 0 {
                        let id = "\(mechanism) matches exact \(setting)"
                        let planned = plan?.listing(id)
                        let level = planned?.level(seeds: diffs.count).level ?? 0.95
                        let v = above(diffs, threshold: -matchPoints, level: level)
                        diffText = fmt(v.mean, v.half)
                        let interval = level == 0.95 ? "" : " (\(Fmt.g(100 * level, 4))% t-interval half-width)"
                        var claim = Claim(id: id,
                                          paper: "\(setting): \(mechanism) learns what exact attention learns (accuracy − exact > −\(Int(matchPoints)) points, paired by seed)",
                                          verdict: v.verdict,
                                          evidence: "\(mechanism) − exact = \(fmt(v.mean, v.half)) points\(interval) over \(diffs.count) paired seeds (\(mechanism) \(fmt(mean, half))%)\(v.note)")
                        planned?.annotate(&claim, seeds: diffs.count, log: log)
                        claims.append(claim)
                    }
                }
                if guess > 0 {
                    let (k, n) = recalled(mine, level: chance + learnedPoints)
                    let ci = Stats.clopperPearson(k, of: n)
                    diffText = "\(k) of \(n) [\(Fmt.g(ci.lower)), \(Fmt.g(ci.upper))]"
                }
                let accuracyText = guess > 0 ? mine.map { String(format: "%.1f", $0.accuracy) }.joined(separator: ", ") : fmt(mean, half)
                table += "| \(mechanism) | \(mine.count) | \(accuracyText) | \(diffText) | \(String(format: "%.1f", secs)) | \(lraText) |\n"
            }
            details.append(table)
            if let pairs = setting.split(separator: ",").compactMap({ $0.contains("pairs=") ? Double($0.split(separator: "=").last!) : nil }).first {
                details.append(String(format: "Answering a random value among the %.0f in the context scores about %.1f%%: accuracy near that level means the model learned which tokens are values, not the key-value association (recall).", pairs, 100 / pairs))
            }
            let ranked = ours.sorted { $0.1 > $1.1 }.map(\.0)
            let lraRanked = ranked.filter { lra[$0].flatMap(lraColumn) != nil }
                .sorted { lraColumn(lra[$0]!)! > lraColumn(lra[$1]!)! }
            if !lraRanked.isEmpty {
                details.append("Ordering by mean accuracy, ours: \(ranked.joined(separator: " > ")); LRA (same architectures): \(lraRanked.joined(separator: " > ")).")
            }
        }
        if claims.isEmpty {
            claims.append(Claim(id: "no-exact", paper: "exact attention is the reference of every comparison", verdict: .notMeasured,
                                evidence: "\(path) has no finished exact-attention run"))
        }
        return ReportSection(name: name, title: title, claims: claims, details: details, provenance: provenance)
    }

    /// The mechanisms of `rows` by their `arm` column, then the others (variants, FAVOR+ m
    /// arms) by name.
    static func orderedMechanisms(_ rows: [Final]) -> [String] {
        let arm = Dictionary(rows.map { ($0.mechanism, $0.arm) }, uniquingKeysWith: Swift.min)
        return arm.keys.sorted { a, b in
            let ia = arm[a]!, ib = arm[b]!
            return ia != ib ? ia < ib : a.localizedStandardCompare(b) == .orderedAscending
        }
    }
}
