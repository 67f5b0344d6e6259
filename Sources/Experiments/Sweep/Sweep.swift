/// Expansion of a spec's sweep into configurations: the cartesian product of the axes in a
/// deterministic order, each point resolved and checked by `SpecValidation.resolve` and the
/// kind's `check`; an empty sweep or one larger than max_configurations is an error.
public enum Sweep {
    /// The configurations of `spec`, in sweep order (first axis slowest; seq_len ascending),
    /// duplicates (same resolved parameters) removed. Throws every problem found.
    public static func expand(_ spec: Spec, source: String) throws -> [Configuration] {
        var axes = spec.sweep
        for i in axes.indices where axes[i].name == "seq_len" {
            axes[i].values.sort { ($0.intValue ?? 0) < ($1.intValue ?? 0) }
        }
        var total = 1
        for a in axes {
            let (p, overflow) = total.multipliedReportingOverflow(by: a.values.count)
            total = overflow ? Int.max : p
        }
        if total == 0 { throw SpecError(source: source, "the sweep expands to nothing") }
        if total > spec.maxConfigurations {
            throw SpecError(source: source, "the sweep expands to \(total == Int.max ? "too many" : String(total)) configurations, more than max_configurations = \(spec.maxConfigurations) (raise max_configurations or shrink the sweep)")
        }
        let kind = KindRegistry.kind(named: spec.kind)
        var configurations: [Configuration] = []
        var seen = Set<String>()
        var problems: [String] = []
        var excludedBy = Array(repeating: 0, count: spec.exclude.count)
        let swept = axes.map(\.name)
        for n in 0..<total {
            var explicit: [String: ParamValue] = [:]
            for f in spec.fixed { explicit[f.name] = f.value }
            var rest = n
            for a in axes.reversed() {
                explicit[a.name] = a.values[rest % a.values.count]
                rest /= a.values.count
            }
            if let r = spec.exclude.firstIndex(where: { $0.matches(explicit) }) {
                excludedBy[r] += 1
                continue
            }
            switch SpecValidation.resolve(explicit, kind: spec.kind) {
            case .failure(let m):
                let label = swept.compactMap { k in explicit[k].map { "\(k)=\($0)" } }.joined(separator: " ")
                let text = label.isEmpty ? m.message : "\(m.message) (configuration \(label))"
                if !problems.contains(text) { problems.append(text) }
            case .success(let (family, values)):
                if let m = Limits.checkConfiguration(values) {
                    let label = swept.compactMap { k in explicit[k].map { "\(k)=\($0)" } }.joined(separator: " ")
                    let text = label.isEmpty ? m : "\(m) (configuration \(label))"
                    if !problems.contains(text) { problems.append(text) }
                    continue
                }
                let c = Configuration(index: configurations.count, family: family, values: values, swept: swept)
                if let kind, let m = kind.check(c) {
                    if !problems.contains(m) { problems.append(m) }
                    continue
                }
                if seen.insert(c.key).inserted { configurations.append(c) }
            }
        }
        for (r, n) in excludedBy.enumerated() where n == 0 {
            problems.append("exclude entry \(r + 1) \(spec.exclude[r].description) matches no configuration of the sweep (a typo?)")
        }
        if !problems.isEmpty {
            throw SpecError(source: source, messages: problems.prefix(20).map { SpecMessage($0) })
        }
        if configurations.isEmpty { throw SpecError(source: source, "the sweep expands to nothing") }
        return configurations
    }

    /// Indices of the `exclude` entries that match no point of the sweep (before
    /// validation), for dropping the entries a `--set` override made moot. Assumes the sweep
    /// size was checked (at most max_configurations points are visited).
    static func unmatchedExcludes(_ spec: Spec) -> [Int] {
        guard !spec.exclude.isEmpty else { return [] }
        var total = 1
        for a in spec.sweep {
            let (p, overflow) = total.multipliedReportingOverflow(by: a.values.count)
            total = overflow ? Int.max : p
        }
        guard total > 0, total <= spec.maxConfigurations else { return [] }
        var matched = Array(repeating: false, count: spec.exclude.count)
        for n in 0..<total {
            var explicit: [String: ParamValue] = [:]
            for f in spec.fixed { explicit[f.name] = f.value }
            var rest = n
            for a in spec.sweep.reversed() {
                explicit[a.name] = a.values[rest % a.values.count]
                rest /= a.values.count
            }
            if let r = spec.exclude.firstIndex(where: { $0.matches(explicit) }) { matched[r] = true }
        }
        return matched.indices.filter { !matched[$0] }
    }

}
