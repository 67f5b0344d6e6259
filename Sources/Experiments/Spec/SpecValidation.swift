/// The checks of one configuration that involve several parameters at once: presets
/// resolved, ranges that depend on each other (head_dim x heads = d_model, linformer_k <=
/// seq_len), combinations that do not exist (causal Linformer, random-feature kernels
/// without a projection: each mechanism's descriptor declares its own). `Sweep.expand`
/// applies them to every point of a sweep.
enum SpecValidation {
    /// Resolves one configuration's explicit parameters into the mechanism family and the
    /// values that apply, or the first problem.
    /// `kind` decides which kind-scoped parameters (e.g. `pair_norm`) apply.
    static func resolve(_ explicit: [String: ParamValue], kind: String? = nil) -> Result<(String, [String: ParamValue]), SpecMessage> {
        let mechanism = explicit["mechanism"]?.stringValue ?? "exact"
        guard let preset = MechanismRegistry.preset(mechanism) else {
            return .failure(SpecMessage("unknown mechanism \"\(mechanism)\"\(EditDistance.suggestion(mechanism, in: MechanismRegistry.presetNames))"))
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
        let all = Configuration(index: 0, family: preset.family, values: v, swept: [])
        if let problem = all.descriptor.check(all) { return .failure(SpecMessage(problem)) }
        let applicable = Parameters.all.filter { Parameters.applies($0, all, kind: kind) }
        var resolved: [String: ParamValue] = [:]
        for p in applicable { resolved[p.name] = v[p.name] }
        return .success((preset.family, resolved))
    }
}
