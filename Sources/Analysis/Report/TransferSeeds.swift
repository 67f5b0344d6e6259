import Foundation
import ResultsFormat
import Statistics

/// Fig. 5's claims decided over seeds. In the transfer kind each seed pretrains its own
/// Transformer and fine-tunes every variant from that seed's checkpoint, so a seed is an
/// independent replicate of the whole experiment: every effect below is one number per seed,
/// compared with that seed's own pretrained Transformer, and the interval is over seeds.
extension TransferClaims {
    /// The validation rows of a transfer CSV (with its `phase` column) split by seed.
    struct Seeded {
        /// seed -> the pretraining curve (exact only).
        var pretrain: [String: Curve] = [:]
        /// variant -> seed -> its fine-tuning curve (phase finetune, or continue for exact).
        var curves: [String: [String: Curve]] = [:]
        /// variant -> seed -> its from-scratch curve.
        var scratch: [String: [String: Curve]] = [:]

        /// `rows`: the evaluation split's ok rows, every phase.
        init(_ rows: [[String: String]]) {
            for r in rows {
                guard let step = Double(r["step"] ?? ""), let a = Double(r["accuracy"] ?? "") else { continue }
                let loss = Double(r["loss"] ?? "") ?? .nan
                let seed = r["seed"] ?? "", v = r["variant"] ?? ""
                switch r["phase"] {
                case "pretrain": pretrain[seed, default: Curve(variant: "pretrain")].points[step] = (loss, a)
                case "finetune", "continue": curves[v, default: [:]][seed, default: Curve(variant: v)].points[step] = (loss, a)
                case "scratch": scratch[v, default: [:]][seed, default: Curve(variant: v)].points[step] = (loss, a)
                default: break
                }
            }
        }

        /// Whether the rows hold several seeds, each with its own pretrained Transformer: the
        /// claims are then decided over seeds and the curves are means.
        var isReplicated: Bool { pretrain.count >= 2 }

        /// The seeds with a pretrained Transformer, in numeric order.
        var pretrainSeeds: [String] { Self.ordered(pretrain.keys) }

        /// Seeds of `variant` that also have a pretrained Transformer, in numeric order.
        func seeds(_ variant: String) -> [String] {
            Self.ordered((curves[variant] ?? [:]).keys.filter { pretrain[$0]?.last != nil })
        }

        /// Seed labels in numeric order (non-numeric ones first, by text).
        static func ordered<S: Sequence>(_ seeds: S) -> [String] where S.Element == String {
            seeds.sorted { (Int($0) ?? 0, $0) < (Int($1) ?? 0, $1) }
        }

        /// seed -> the pretrained Transformer's last validation accuracy.
        func pretrained(_ seed: String) -> Double? { pretrain[seed]?.last?.accuracy }
    }

    /// The mean over seeds of loss and accuracy at each step (over the seeds that have it).
    static func meanCurve(_ bySeed: [String: Curve], variant: String) -> Curve {
        var sums: [Double: (loss: Double, accuracy: Double, n: Double)] = [:]
        for c in bySeed.values {
            for (step, p) in c.points {
                let s = sums[step] ?? (0, 0, 0)
                sums[step] = (s.loss + p.loss, s.accuracy + p.accuracy, s.n + 1)
            }
        }
        var mean = Curve(variant: variant)
        for (step, s) in sums { mean.points[step] = (s.loss / s.n, s.accuracy / s.n) }
        return mean
    }

    /// Per-seed values as "seed s: x" pairs for the evidence.
    static func perSeed(_ seeds: [String], _ values: [Double]) -> String {
        zip(seeds, values).map { "\($0): \(Fmt.g($1))" }.joined(separator: ", ")
    }

    /// One effect per seed decided on its t-interval over seeds (nil below 2 seeds), at 95% or
    /// at the level of its look in a plan of sequential rounds (its p-value set to match).
    static func overSeeds(_ label: String, seeds: [String], values: [Double], threshold: Double, side: Decision.Side,
                          plan: RoundsPlan? = nil) -> Decision? {
        // Finite values give a finite mean and spread, so the interval exists at every level.
        guard values.count >= 2, values.allSatisfy(\.isFinite) else { return nil }
        let make = { (level: Double) -> Decision in
            var i = Stats.tInterval(values, level: level)!
            i.method += " over seeds"
            var d = Decision.decide(label, effect: i, threshold: threshold, side: side)
            d.text += " (per seed \(perSeed(seeds, values)))"
            return d
        }
        return plan?.decide(seeds: values.count, make) ?? make(0.95)
    }

    /// The claims of `section` that have a per-seed form, decided over the seeds in `data`
    /// when at least 2 seeds carry a pretrained Transformer; empty otherwise (the caller keeps
    /// the single-run readings). `scale`: points per accuracy unit (100 for fractions).
    /// `recoveryStep`: the last fine-tuning step inside the recovery window
    /// (`recoveryFractionMax` x the pretraining steps).
    ///
    /// `rounds`: the spec's plan of sequential rounds and its log, when it has one; the claims
    /// it lists are decided at their look's level and say so.
    static func seededClaims(_ data: Seeded, performer: String?, reference: String?, trig: String?, linformer: String?,
                             scale: Double, recoveryStep: Double?, rounds: (plan: RoundsPlan, log: RoundsLog?)? = nil) -> [String: Claim] {
        func planFor(_ id: String) -> RoundsPlan? { rounds?.plan.listing(id) }
        guard data.isReplicated else { return [:] }
        var out: [String: Claim] = [:]

        // The premise: every seed's pretraining reached a plateau.
        do {
            let seeds = data.pretrainSeeds
            var gains: [Double] = []
            for s in seeds {
                let c = data.pretrain[s]!
                guard let last = c.last, last.step > 0 else { continue }
                let from = c.steps.first { $0 >= (1 - plateauFraction) * last.step } ?? last.step
                gains.append(scale * (last.accuracy - (c.accuracy(at: from) ?? last.accuracy)))
            }
            let plateaued = gains.filter { $0 < plateauPoints }.count
            out["pretrain-plateau"] = Claim(
                id: "pretrain-plateau",
                paper: "The Transformer is pretrained until validation accuracy plateaus, in every seed (our threshold: it rose by less than \(Fmt.g(plateauPoints)) point over the last \(Fmt.percent(plateauFraction)) of the pretraining steps)",
                verdict: gains.isEmpty ? .notMeasured : (plateaued == gains.count ? .holds : .doesNotHold),
                evidence: "\(plateaued) of \(gains.count) seeds plateaued; gain over the last \(Fmt.percent(plateauFraction)) (points) per seed \(perSeed(seeds, gains))")
        }

        // Step-0 drop: the pretrained Transformer's accuracy minus the transferred Performer's
        // at fine-tuning step 0, per seed; holds above `recoveryPoints` points.
        if let p = performer {
            let seeds = data.seeds(p).filter { data.curves[p]![$0]!.accuracy(at: 0) != nil }
            let drops = seeds.map { scale * (data.pretrained($0)! - data.curves[p]![$0]!.accuracy(at: 0)!) }
            if let d = overSeeds("pretrained Transformer - \(p) at fine-tuning step 0 (points)", seeds: seeds, values: drops,
                                 threshold: recoveryPoints, side: .above) {
                out["initial-drop"] = Claim(id: "initial-drop",
                                            paper: "Loaded into a Performer, the Transformer's weights first lose accuracy (0.07 on LM1B). Effect per seed: the seed's pretrained Transformer minus the Performer at fine-tuning step 0; holds when the 95% interval over seeds is above \(Fmt.g(recoveryPoints)) points",
                                            checks: [d], empty: "")
            }
        }

        // Recovery: at the last evaluation inside the window, the Performer minus its seed's
        // pretrained Transformer; holds when above -recoveryPoints (within the margin).
        if let p = performer, let window = recoveryStep {
            func gaps(_ v: String) -> (seeds: [String], gaps: [Double], recoveredAt: [Double?]) {
                let seeds = data.seeds(v).filter { data.curves[v]![$0]!.accuracy(at: window) != nil }
                let gaps = seeds.map { scale * (data.curves[v]![$0]!.accuracy(at: window)! - data.pretrained($0)!) }
                let at = seeds.map { s -> Double? in
                    let c = data.curves[v]![s]!, bar = data.pretrained(s)! - recoveryPoints / scale
                    return c.steps.first { $0 <= window && c.points[$0]!.accuracy >= bar }
                }
                return (seeds, gaps, at)
            }
            let g = gaps(p)
            if var d = overSeeds("\(p) - pretrained Transformer at fine-tuning step \(Fmt.g(window)) (points)", seeds: g.seeds, values: g.gaps,
                                 threshold: -recoveryPoints, side: .above, plan: planFor("recovery")) {
                let recovered = g.recoveredAt.compactMap { $0 }.count
                d.text += "; \(recovered) of \(g.seeds.count) seeds within \(Fmt.g(recoveryPoints)) points by step \(Fmt.g(window))"
                var claim = Claim(id: "recovery",
                                  paper: "The transferred Performer recovers to within \(Fmt.g(recoveryPoints)) accuracy points of the Transformer in <= \(Fmt.percent(recoveryFractionMax)) of the original training steps. Effect per seed: the Performer's accuracy at the last evaluation inside that window minus the seed's pretrained Transformer; holds when the 95% interval over seeds is above -\(Fmt.g(recoveryPoints)) points, does not hold when below",
                                  checks: [d], empty: "")
                if let r = reference, r != p {
                    let rg = gaps(r)
                    if !rg.gaps.isEmpty {
                        claim.evidence += "; beside it, \(r) (the reference code's numerics, same seeds): mean \(Fmt.g(Stats.mean(rg.gaps))) points (per seed \(perSeed(rg.seeds, rg.gaps)))"
                    }
                }
                if let plan = planFor("recovery") { plan.annotate(&claim, seeds: g.seeds.count, log: rounds?.log) }
                out["recovery"] = claim
            }
        }

        // Trig instability: a seed is unstable with a non-finite loss or a loss spike; the
        // claim is a success rate over seeds (exact binomial interval).
        if let t = trig {
            let seeds = data.seeds(t)
            let unstable = seeds.filter { let c = data.curves[t]![$0]!; return c.nonFinite > 0 || c.spikes > 0 }
            let d = Decision.proportion("\(t): \(unstable.count) of \(seeds.count) seeds unstable", successes: unstable.count, of: seeds.count,
                                        threshold: 0.5, side: .above)
            out["trig-unstable"] = Claim(id: "trig-unstable",
                                         paper: "Trigonometric features train unstably: in most seeds, a non-finite loss or a loss spike > \(Fmt.g(spikeFactor))x the lowest loss so far (success rate > 0.5, exact 95% interval)",
                                         checks: [d], empty: "no seeds")
                .withEvidenceSuffix(" (per seed: " + seeds.map { s in let c = data.curves[t]![s]!; return "\(s): \(c.nonFinite) non-finite, \(c.spikes) spikes" }.joined(separator: "; ") + ")")
        }

        // Linformer plateaus below: its last accuracy minus the seed's pretrained
        // Transformer; holds below -recoveryPoints.
        if let l = linformer {
            let seeds = data.seeds(l)
            let gaps = seeds.map { scale * (data.curves[l]![$0]!.last!.accuracy - data.pretrained($0)!) }
            if let d = overSeeds("\(l) - pretrained Transformer at its last fine-tuning step (points)", seeds: seeds, values: gaps,
                                 threshold: -recoveryPoints, side: .below) {
                out["linformer-plateau"] = Claim(id: "linformer-plateau",
                                                 paper: "Linformer plateaus below the Transformer. Effect per seed: its accuracy at the last fine-tuning step minus the seed's pretrained Transformer; holds when the 95% interval over seeds is below -\(Fmt.g(recoveryPoints)) points",
                                                 checks: [d], empty: "")
            }
        }
        return out
    }
}
