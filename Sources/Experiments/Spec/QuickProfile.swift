/// The quick profile of a spec (`repro reproduce --quick`, `make reproduce QUICK=1`): the same
/// experiment at reduced sweeps, for a first look on a new machine in minutes. Each kind
/// says how it shrinks (`ExperimentKind.quickOverrides`, described by its `quickRule`; the
/// list is `QuickProfile.rules`), as `--set` overrides applied to the spec; the spec keeps
/// its name, so run it with another output folder (`--out quick`) and the committed results
/// are never overwritten. Every rule only removes work, so quick numbers are for looking,
/// not for the claims.
public enum QuickProfile {
    /// The overrides that turn `spec` into its quick profile (empty when nothing shrinks);
    /// a kind this binary does not know gets the default rule.
    public static func overrides(_ spec: Spec) -> [Override] {
        KindRegistry.kind(named: spec.kind)?.quickOverrides(spec) ?? QuickRules.defaultRule(spec)
    }

    /// Every kind's rule, one "- kind: rule" line each, then the default rule.
    static var rules: String {
        (KindRegistry.all.map { "- \($0.name): \($0.quickRule)" } + ["- any other kind: \(QuickRules.defaultRuleText)"])
            .joined(separator: "\n")
    }

    /// `spec` with its quick overrides applied, under its own name.
    public static func apply(_ spec: Spec, source: String) throws -> Spec {
        var quick = try Override.apply(overrides(spec), to: spec, source: source)
        quick.name = spec.name
        return quick
    }
}

/// The steps quick rules are made of, collecting the overrides of one spec in order.
struct QuickRules {
    let spec: Spec
    /// The overrides so far.
    private(set) var overrides: [Override] = []

    init(_ spec: Spec) { self.spec = spec }

    /// Keeps the first `keep` values of the sweep axis `name` (if it has more).
    mutating func axis(_ name: String, keep: Int) {
        guard let a = spec.sweep.first(where: { $0.name == name }), a.values.count > keep else { return }
        overrides.append(Override(key: name, values: Array(a.values.prefix(keep))))
    }

    /// Sets `key` to `value` when that is less than `current`.
    mutating func setting(_ key: String, _ value: Int, when current: Int) {
        if value < current { overrides.append(Override(key: key, values: [.int(value)])) }
    }

    /// Lowers the fixed integer parameter `name` to `value` (nothing when it is not fixed or
    /// already at most `value`).
    mutating func lowerFixed(_ name: String, to value: Int) {
        if let current = fixedInt(name) { setting(name, value, when: current) }
    }

    /// Lowers the fixed numeric parameter `name` to `value` (nothing when it is not fixed or
    /// already at most `value`).
    mutating func lowerFixed(_ name: String, toNumber value: Double) {
        if let current = spec.fixed.first(where: { $0.name == name })?.value.doubleValue, value < current {
            overrides.append(Override(key: name, values: [.double(value)]))
        }
    }

    /// The value of the fixed integer parameter `name`, if the spec fixes it.
    func fixedInt(_ name: String) -> Int? {
        spec.fixed.first { $0.name == name }?.value.intValue
    }

    /// The rule of a kind that declares none.
    static let defaultRuleText = "numeric axes cut to their first 3 values, 1 repeat, 2 samples"

    static func defaultRule(_ spec: Spec) -> [Override] {
        var q = QuickRules(spec)
        for a in spec.sweep where a.values.count > 3 && a.values.allSatisfy({ $0.doubleValue != nil }) { q.axis(a.name, keep: 3) }
        q.setting("repeats", 1, when: spec.repeats)
        q.setting("samples", 2, when: spec.samples)
        return q.overrides
    }
}

extension Override {
    /// An override from its parts (`key=v1,v2`).
    public init(key: String, values: [ParamValue]) {
        self.key = key
        self.values = values
    }
}
