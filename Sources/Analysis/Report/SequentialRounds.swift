import Foundation
import ResultsFormat
import Statistics

/// Sequential rounds: more seeds for the claims that a spec's planned run leaves undecided,
/// with the error rate spent over the looks so that looking again does not inflate it.
///
/// A plan sits beside the specs, in `experiments/sequential/NAME.json` for the spec NAME (a
/// subfolder, so `repro` never reads it as a spec). It names the claims (ids in the spec's
/// report section) the rounds serve, the seeds of the planned run, the seeds a round adds,
/// the most rounds, and the cap on the minutes all rounds of the spec may cost:
///
///     {"spec": "proteins-attention", "claims": ["relu-recovers-similarity"],
///      "planned_seeds": 3, "seeds_per_round": 1, "max_rounds": 3, "cap_minutes": 3}
///
/// `scripts/sequential.py`, which `make reproduce` runs after the planned runs, adds a round's
/// seeds to the spec's `seed` axis and runs the spec (resuming: only the new seeds run) while a
/// listed claim is inconclusive, a round is left, and the round's cost (the measured minutes
/// per seed) fits both the cap and what is left of the run's time budget. It logs each round
/// in `results/NAME.rounds.json` (`RoundsLog`).
///
/// **Error control.** Look k is the data after k - 1 rounds (look 1: the planned run), of
/// K = 1 + max_rounds looks; its information fraction is t_k = n_k / n_K (seeds). Look k
/// decides at the two-sided level 1 - (a(t_k) - a(t_(k-1))), with the Pocock-type spending
/// function of Lan and DeMets (1983, Biometrika 70:659),
///
///     a(t) = alpha ln(1 + (e - 1) t),   a(0) = 0, a(1) = alpha,
///
/// which spends most of alpha at the first looks, so the planned run loses little (3 planned
/// seeds of 6: 96.9% instead of 95%). The increments sum to alpha, and the event "look k
/// happens and decides wrongly" lies inside "look k's interval misses the truth", whose
/// probability is at most look k's increment, whatever rule decides whether look k happens. So
/// by the union bound every claim of the plan is decided wrongly at most alpha of the time
/// under optional stopping (conservative: the looks' correlation is not used). The planned
/// seeds and the round size are fixed in the plan before the data; the look is read off the
/// number of seeds in the CSV. `SequentialTests` shows the rate by simulation under the null.
struct RoundsPlan: Decodable, Equatable {
    var spec: String
    /// Claim ids of the spec's report section that the rounds serve.
    var claims: [String]
    /// Seeds of the planned run (look 1).
    var plannedSeeds: Int
    /// Seeds each round adds.
    var seedsPerRound: Int
    /// Most rounds (looks: 1 + maxRounds).
    var maxRounds: Int
    /// Cap on the minutes all rounds of the spec may cost together (measured minutes per seed
    /// times the seeds a round adds, checked before each round).
    var capMinutes: Double
    /// Overall two-sided error rate of each claim; 0.05 when absent.
    var alpha: Double?

    static let defaultAlpha = 0.05
    var errorRate: Double { alpha ?? Self.defaultAlpha }
    var looks: Int { 1 + maxRounds }

    /// Seeds at look k (1-based).
    func seeds(atLook k: Int) -> Int { plannedSeeds + (k - 1) * seedsPerRound }

    /// The Pocock-type spending function at information fraction t in [0, 1].
    func spent(_ t: Double) -> Double {
        errorRate * Foundation.log(1 + (Foundation.exp(1.0) - 1) * Swift.min(1, Swift.max(0, t)))
    }

    /// The error rate look k spends.
    func increment(look k: Int) -> Double {
        precondition(k >= 1 && k <= looks, "look \(k) outside 1...\(looks)")
        let all = Double(seeds(atLook: looks))
        return spent(Double(seeds(atLook: k)) / all) - (k == 1 ? 0 : spent(Double(seeds(atLook: k - 1)) / all))
    }

    /// The look whose seed count is n, or nil when n fits none.
    func look(seeds n: Int) -> Int? {
        guard n >= plannedSeeds, (n - plannedSeeds) % seedsPerRound == 0 else { return nil }
        let k = 1 + (n - plannedSeeds) / seedsPerRound
        return k <= looks ? k : nil
    }

    /// The two-sided level to decide at with n seeds: its look's, or, when n fits no look,
    /// the smallest increment's (the most conservative), with look nil.
    func level(seeds n: Int) -> (level: Double, look: Int?) {
        if let k = look(seeds: n) { return (1 - increment(look: k), k) }
        return (1 - (1...looks).map { increment(look: $0) }.min()!, nil)
    }

    /// What is wrong with the plan for spec `name`, or nil.
    func problem(name: String) -> String? {
        if spec != name { return "names spec \(spec), not \(name)" }
        if claims.isEmpty { return "lists no claims" }
        // One planned seed serves claims whose units lie within a seed (fig4-confirmatory's
        // input draws); claims over seeds say "inconclusive (1 run)" until a round adds one.
        if plannedSeeds < 1 { return "planned_seeds must be >= 1" }
        if seedsPerRound < 1 { return "seeds_per_round must be >= 1" }
        if maxRounds < 0 { return "max_rounds must be >= 0" }
        if !(capMinutes >= 0) { return "cap_minutes must be >= 0" }
        if !(errorRate > 0 && errorRate < 1) { return "alpha must lie in (0, 1)" }
        return nil
    }

    /// The plan of spec `name` for the results CSV at `csvPath` (OUT/results/NAME.csv ->
    /// OUT/experiments/sequential/NAME.json); nil when there is none. A plan that does not
    /// parse or check throws, naming the file.
    static func load(csvPath: String, name: String) throws -> RoundsPlan? {
        let out = ((csvPath as NSString).deletingLastPathComponent as NSString).deletingLastPathComponent
        let path = ((out as NSString).appendingPathComponent("experiments/sequential") as NSString).appendingPathComponent("\(name).json")
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        let plan: RoundsPlan
        do { plan = try d.decode(RoundsPlan.self, from: data) } catch {
            throw CSVError("\(path): not a sequential plan (\(error))")
        }
        if let p = plan.problem(name: name) { throw CSVError("\(path): \(p)") }
        return plan
    }

    /// `make` at the level of `plan`'s look for n seeds when the plan lists `claim`, else at 95%.
    static func decide(_ plan: RoundsPlan?, claim: String, seeds n: Int, _ make: (Double) -> Decision) -> Decision {
        plan?.listing(claim)?.decide(seeds: n, make) ?? make(0.95)
    }

    /// The plan when it lists `claim`, else nil.
    func listing(_ claim: String) -> RoundsPlan? { claims.contains(claim) ? self : nil }

    /// A decision at this plan's level for n seeds: `make` builds it from the level; its
    /// p-value is the one the level implies, so the figure's Holm step uses the right one.
    /// Its "n needed" is the 95% projection (`Stats.requiredN`: n (z sum x se / gap)^2) scaled
    /// to this level, (z_(1 - a/2) + z_power)^2 / (z_0.975 + z_power)^2.
    func decide(seeds n: Int, _ make: (Double) -> Decision) -> Decision {
        let level = level(seeds: n).level
        var d = make(level)
        if d.pValue == nil { d.pValue = Multiplicity.pValue(d, level: level) }
        if let need = d.nNeeded {
            let zp = Stats.normalQuantile(Stats.power)
            let scale = (Stats.normalQuantile(0.5 + level / 2) + zp) / (Stats.normalQuantile(0.975) + zp)
            let scaled = Swift.max(need, Int((Double(need) * scale * scale).rounded(.up)))
            d.nNeeded = scaled
            d.text = d.text.replacingOccurrences(of: "n needed: \(need))", with: "n needed: \(scaled))")
        }
        return d
    }

    /// Appends `note` to a claim the plan lists (others are left alone) and marks it sequential.
    func annotate(_ claim: inout Claim, seeds n: Int, log: RoundsLog?) {
        guard claims.contains(claim.id) else { return }
        claim.sequential = true
        let verdicts = claim.isFaceted ? claim.facets.map(\.verdict) : [claim.verdict]
        let text = note(seeds: n, decided: verdicts.allSatisfy { $0 == .holds || $0 == .doesNotHold }, log: log)
        claim.sequentialNote = text
        claim.evidence += "; " + text
    }

    /// The sentence the report appends to a claim of the plan: the look, its level, and how the
    /// rounds ended (decided, cap reached, budget spent, or rounds left).
    func note(seeds n: Int, decided: Bool, log: RoundsLog?) -> String {
        let (level, look) = level(seeds: n)
        let rounds = log?.rounds.count ?? 0
        let minutes = log?.rounds.reduce(0) { $0 + $1.minutes } ?? 0
        var s = "sequential (\(Fmt.percent(errorRate)) spent over up to \(looks) looks, Pocock-type spending of Lan and DeMets 1983): "
        if let look {
            s += "look \(look) of \(looks) ("
                + (look == 1 ? (n == 1 ? "the planned seed" : "the \(n) planned seeds") : "\(n) seeds: \(plannedSeeds) planned + \(look - 1) round\(look == 2 ? "" : "s") of \(seedsPerRound)")
                + "), interval at \(Fmt.g(100 * level, 4))%"
        } else {
            s += "\(n) seeds fit no look of the plan (\(plannedSeeds) + k x \(seedsPerRound)), so decided at the strictest look's level \(Fmt.g(100 * level, 4))%"
        }
        if rounds > 0 { s += "; \(rounds) round\(rounds == 1 ? "" : "s") run here, \(Fmt.g(minutes, 2)) min" }
        if decided { return s + (look.map { $0 > 1 ? "; decided at look \($0)" : "; decided by the planned run" } ?? "") }
        if let look, look >= looks { return s + "; undecided with every round run: cap reached (\(maxRounds) rounds)" }
        switch log?.stopped {
        case "cap": return s + "; undecided: the next round would pass the cap of \(Fmt.g(capMinutes, 2)) min"
        case "budget": return s + "; undecided: the run's time budget left no room for the next round"
        default: return s + "; undecided: rounds left (the next adds \(seedsPerRound) seed\(seedsPerRound == 1 ? "" : "s"); `make reproduce` runs them within its budget and the cap of \(Fmt.g(capMinutes, 2)) min)"
        }
    }
}

/// `results/NAME.rounds.json`, written by `scripts/sequential.py`: the rounds run for spec NAME
/// and why they stopped ("decided", "cap", "budget"; absent while rounds may follow).
struct RoundsLog: Decodable, Equatable {
    struct Round: Decodable, Equatable {
        var seedsAdded: [Int]
        var minutes: Double
    }
    var rounds: [Round]
    var stopped: String?

    /// The log beside the results CSV at `csvPath`, or nil.
    static func load(csvPath: String, name: String) -> RoundsLog? {
        let path = ((csvPath as NSString).deletingLastPathComponent as NSString).appendingPathComponent("\(name).rounds.json")
        guard let data = FileManager.default.contents(atPath: path) else { return nil }
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        return try? d.decode(RoundsLog.self, from: data)
    }
}
