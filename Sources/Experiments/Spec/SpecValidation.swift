/// Expansion of a spec's sweep into configurations, with the checks that involve several
/// parameters at once: presets resolved, ranges that depend on each other (head_dim x heads
/// = d_model, linformer_k <= seq_len), combinations that do not exist (causal Linformer,
/// random-feature kernels without a projection), an empty sweep, too many configurations.
public enum SpecValidation {
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
        let swept = axes.map(\.name)
        for n in 0..<total {
            var explicit: [String: ParamValue] = [:]
            for f in spec.fixed { explicit[f.name] = f.value }
            var rest = n
            for a in axes.reversed() {
                explicit[a.name] = a.values[rest % a.values.count]
                rest /= a.values.count
            }
            switch resolve(explicit) {
            case .failure(let m):
                let label = swept.compactMap { k in explicit[k].map { "\(k)=\($0)" } }.joined(separator: " ")
                let text = label.isEmpty ? m.message : "\(m.message) (configuration \(label))"
                if !problems.contains(text) { problems.append(text) }
            case .success(let (family, values)):
                let c = Configuration(index: configurations.count, family: family, values: values, swept: swept)
                if let kind, let m = kind.check(c) {
                    if !problems.contains(m) { problems.append(m) }
                    continue
                }
                if seen.insert(c.key).inserted { configurations.append(c) }
            }
        }
        if !problems.isEmpty {
            throw SpecError(source: source, messages: problems.prefix(20).map { SpecMessage($0) })
        }
        if configurations.isEmpty { throw SpecError(source: source, "the sweep expands to nothing") }
        return configurations
    }

    /// Resolves one configuration's explicit parameters into the family and the values that
    /// apply, or the first problem.
    public static func resolve(_ explicit: [String: ParamValue]) -> Result<(MechanismFamily, [String: ParamValue]), SpecMessage> {
        let mechanism = explicit["mechanism"]?.stringValue ?? "exact"
        guard let preset = MechanismPresets.preset(mechanism) else {
            return .failure(SpecMessage("unknown mechanism \"\(mechanism)\"\(EditDistance.suggestion(mechanism, in: MechanismPresets.names))"))
        }
        let model = explicit["model"]?.stringValue ?? "none"
        var v: [String: ParamValue] = [:]
        for p in Parameters.all { v[p.name] = p.defaultValue }
        v.merge(ModelPresets.values(model)) { $1 }
        v.merge(preset.values) { $1 }
        v.merge(explicit) { $1 }

        let heads = v["heads"]!.intValue!
        if model != "none" {
            let dModel = v["d_model"]!.intValue!
            guard dModel % heads == 0 else {
                return .failure(SpecMessage("heads = \(heads) does not divide d_model = \(dModel)"))
            }
            if let hd = explicit["head_dim"]?.intValue, hd * heads != dModel {
                return .failure(SpecMessage("head_dim = \(hd) times heads = \(heads) is not d_model = \(dModel)"))
            }
            v["head_dim"] = .int(dModel / heads)
        }
        let seqLen = v["seq_len"]!.intValue!
        let causal = v["causal"]!.boolValue!
        switch preset.family {
        case .linformer:
            if causal { return .failure(SpecMessage("linformer is bidirectional only: causal = true is not a valid combination")) }
            let k = v["linformer_k"]!.intValue!
            if k > seqLen { return .failure(SpecMessage("linformer_k = \(k) must be <= seq_len = \(seqLen)")) }
        case .favor:
            let kernel = v["kernel"]!.stringValue!, projection = v["projection"]!.stringValue!
            if Parameters.softmaxKernels.contains(kernel) && projection == "none" {
                return .failure(SpecMessage("kernel \(kernel) estimates softmax with random features: projection \"none\" is not valid (use orthogonal or iid)"))
            }
        case .blockSparse:
            let block = v["block"]!.intValue!
            if seqLen % block != 0 { return .failure(SpecMessage("seq_len = \(seqLen) must be a multiple of block = \(block)")) }
        case .exact, .identity, .local:
            break
        }
        let projection = v["projection"]?.stringValue
        let applicable = Parameters.all.filter {
            Parameters.applies($0, family: preset.family, model: model, projection: projection)
        }
        var resolved: [String: ParamValue] = [:]
        for p in applicable { resolved[p.name] = v[p.name] }
        return .success((preset.family, resolved))
    }
}
