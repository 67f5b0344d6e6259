import Foundation
import PerformerTensor

/// This machine's sgemm and exp rates (`MachineRates`, used by the time estimates), measured
/// once and cached in results/machine-rates.json (git-ignored) so that `repro list` does not
/// measure them on every call. The cache is used when it was written on the same host with
/// the same OpenBLAS core and CPU count less than `maxAgeSeconds` ago; otherwise the rates are
/// measured again (with a note saying so) and the cache rewritten.
enum MachineRatesCache {
    struct Entry: Codable, Equatable {
        var rates: MachineRates
        var host: String
        var blasCore: String
        var cpus: Int
        /// Seconds since 1970 when the rates were measured.
        var measuredAt: Double
    }

    /// A day: long enough to cover a working session, short enough to follow a machine change.
    static let maxAgeSeconds = 24.0 * 3600

    static func path(outDir: String) -> String {
        (outDir as NSString).appendingPathComponent("results/machine-rates.json")
    }

    /// Identity of this machine as far as the rates depend on it.
    static func current(rates: MachineRates, now: Double) -> Entry {
        Entry(rates: rates, host: ProcessInfo.processInfo.hostName,
              blasCore: ProcessInfo.processInfo.environment["OPENBLAS_CORETYPE"] ?? "",
              cpus: ProcessInfo.processInfo.activeProcessorCount, measuredAt: now)
    }

    /// Whether `entry` may stand for this machine at `now`.
    static func usable(_ entry: Entry, now: Double) -> Bool {
        let me = current(rates: entry.rates, now: now)
        return entry.host == me.host && entry.blasCore == me.blasCore && entry.cpus == me.cpus
            && now - entry.measuredAt >= 0 && now - entry.measuredAt < maxAgeSeconds
            && entry.rates.sgemmFlopsPerSecond > 0 && entry.rates.expPerSecond > 0
    }

    /// The cached rates when usable, else measured now (`log` is told before and after, as the
    /// measurement takes seconds to a minute on a loaded machine) and cached (best effort: a
    /// failed write only means measuring again next time).
    static func rates(outDir: String, log: (String) -> Void) -> MachineRates {
        let now = Date().timeIntervalSince1970
        if let data = FileManager.default.contents(atPath: path(outDir: outDir)),
           let entry = try? JSONDecoder().decode(Entry.self, from: data), usable(entry, now: now) {
            return entry.rates
        }
        log("measuring this machine's sgemm and exp rates for the time estimates (cached in \(path(outDir: outDir)) for a day)...")
        let started = Date()
        let rates = MachineRates.measure()
        log(String(format: "measured in %.1f s: sgemm %.1f GFLOP/s, exp %.3g per second", Date().timeIntervalSince(started),
                   rates.sgemmFlopsPerSecond / 1e9, rates.expPerSecond))
        let enc = JSONEncoder()
        enc.outputFormatting = [.prettyPrinted, .sortedKeys]
        if FileManager.default.fileExists(atPath: (outDir as NSString).appendingPathComponent("results")),
           let data = try? enc.encode(current(rates: rates, now: now)) {
            try? AtomicFile.write(data, to: path(outDir: outDir))
        }
        return rates
    }
}
