/// Whole-model size presets of the paper (heads, layers, d_ff, d_model).
enum ModelPresets {
    static func values(_ name: String) -> [String: ParamValue] {
        switch name {
        case "small": return ["heads": .int(1), "layers": .int(6), "d_ff": .int(64), "d_model": .int(64)]
        case "regular": return ["heads": .int(8), "layers": .int(6), "d_ff": .int(2048), "d_model": .int(512)]
        default: return [:]
        }
    }
}
