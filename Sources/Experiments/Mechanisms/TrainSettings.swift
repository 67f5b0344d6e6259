/// `repro train --set key=value` for mechanism parameters: parsed and type-checked here so
/// the command holds no logic a test cannot reach.
public enum TrainSettings {
    /// The values of `key=value` texts, each checked against its parameter (only mechanism
    /// parameters: sizes and training settings have their own options).
    public static func mechanismValues(_ texts: [String]) throws -> [String: ParamValue] {
        let mechanismParameters = MechanismRegistry.all.flatMap(\.parameters)
        var values: [String: ParamValue] = [:]
        for text in texts {
            let o = try Override(parsing: text)
            guard let info = mechanismParameters.first(where: { $0.name == o.key }) else {
                throw MechanismError("--set \(o.key): not a mechanism parameter\(EditDistance.suggestion(o.key, in: mechanismParameters.map(\.name))); valid: \(mechanismParameters.map(\.name).joined(separator: ", "))")
            }
            guard o.values.count == 1 else { throw MechanismError("--set \(o.key) takes one value") }
            switch info.check(o.values[0]) {
            case .success(let v): values[o.key] = v
            case .failure(let m): throw MechanismError("--set \(m.message)")
            }
        }
        return values
    }
}
