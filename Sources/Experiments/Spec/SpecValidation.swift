/// The checks of one configuration that involve several parameters at once: presets
/// resolved, ranges that depend on each other (head_dim x heads = d_model, linformer_k <=
/// seq_len), combinations that do not exist (causal Linformer, random-feature kernels
/// without a projection). `Sweep.expand` applies them to every point of a sweep.
public enum SpecValidation {
    /// Resolves one configuration's explicit parameters into the family and the values that
    /// apply, or the first problem.
    /// `kind` decides which kind-scoped parameters (e.g. `pair_norm`) apply.
    public static func resolve(_ explicit: [String: ParamValue], kind: String? = nil) -> Result<(MechanismFamily, [String: ParamValue]), SpecMessage> {
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
            Parameters.applies($0, family: preset.family, model: model, projection: projection, kind: kind,
                               training: (v["steps"]?.intValue ?? 0) > 0)
        }
        var resolved: [String: ParamValue] = [:]
        for p in applicable { resolved[p.name] = v[p.name] }
        return .success((preset.family, resolved))
    }
}
