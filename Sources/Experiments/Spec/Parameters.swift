import Attention
import Model
/// Every parameter a configuration can carry: its type, default, allowed values or range,
/// and which mechanism family or kinds it belongs to. The order of `Parameters.all` is the
/// order of the parameter columns in the CSV. A mechanism's own parameters are declared in its
/// descriptor (Mechanisms/*Mechanism.swift) and a kind's in the kind (Kinds/*Kind.swift);
/// both are gathered here in registry order.

/// The value type of a parameter.
enum ParamType: String, Sendable {
    case int = "an integer", double = "a number", string = "a string", bool = "a boolean"
}

/// Which configurations a parameter is meaningful for; others leave its CSV cell empty.
enum ParamScope: Sendable {
    /// Every configuration.
    case common
    /// Configurations whose mechanism belongs to this family (declared by its descriptor).
    case mechanism(String)
    /// Configurations that time or train a whole model (`model` is not "none").
    case model
    /// Only specs of these kinds (e.g. the pair geometry of `kernel-variance`); other kinds
    /// neither accept the parameter nor carry its CSV column.
    case kinds(Set<String>)
    /// Configurations that train (`steps` > 0: the `transfer` kind).
    case training
}

/// The description of one parameter.
public struct ParameterInfo: Sendable {
    public let name: String
    let type: ParamType
    let defaultValue: ParamValue
    let scope: ParamScope
    /// For string parameters: the valid names.
    let allowed: [String]
    /// Smallest valid value of a numeric parameter (inclusive), if any.
    let minimum: Double?
    /// Largest valid value of a numeric parameter (inclusive), if any.
    let maximum: Double?
    /// One line for the README and `repro validate --help`.
    let doc: String

    init(_ name: String, _ type: ParamType, _ defaultValue: ParamValue, _ scope: ParamScope,
         allowed: [String] = [], min: Double? = nil, max: Double? = nil, _ doc: String) {
        self.name = name; self.type = type; self.defaultValue = defaultValue; self.scope = scope
        self.allowed = allowed; self.minimum = min; self.maximum = max; self.doc = doc
    }

    init(_ name: String, _ type: ParamType, _ defaultValue: ParamValue,
         allowed: [String] = [], min: Double? = nil, max: Double? = nil, _ doc: String) {
        self.init(name, type, defaultValue, .common, allowed: allowed, min: min, max: max, doc)
    }

    /// The same parameter with another scope (descriptors scope their parameters to their family).
    func scoped(_ scope: ParamScope) -> ParameterInfo {
        ParameterInfo(name, type, defaultValue, scope, allowed: allowed, min: minimum, max: maximum, doc)
    }

    /// The same parameter with another doc (a kind's meaning of a parameter kinds share).
    func documented(_ doc: String) -> ParameterInfo {
        ParameterInfo(name, type, defaultValue, scope, allowed: allowed, min: minimum, max: maximum, doc)
    }

    /// Whether `other` is the same column: same name, type, default, valid names and range.
    func sameColumn(as other: ParameterInfo) -> Bool {
        name == other.name && type == other.type && defaultValue == other.defaultValue && allowed == other.allowed
            && minimum == other.minimum && maximum == other.maximum
    }

    /// Checks type and range of one value; returns the (type-coerced) value or a message.
    public func check(_ value: ParamValue) -> Result<ParamValue, SpecMessage> {
        switch (type, value) {
        case (.int, .int), (.string, .string), (.bool, .bool), (.double, .double): break
        case (.double, .int(let i)): return check(.double(Double(i)))
        default:
            let shown = value.stringValue.map { "\"\($0)\"" } ?? value.description
            return .failure(SpecMessage("\(name) must be \(type.rawValue), got \(Self.typeName(value)) \(shown)"))
        }
        if let s = value.stringValue, !allowed.isEmpty, !allowed.contains(s) {
            return .failure(SpecMessage("unknown \(name) \"\(s)\"\(EditDistance.suggestion(s, in: allowed)); valid: \(allowed.joined(separator: ", "))"))
        }
        if let x = value.doubleValue {
            if let lo = minimum, x < lo { return .failure(SpecMessage("\(name) must be >= \(Self.number(lo)), got \(value)")) }
            if let hi = maximum, x > hi { return .failure(SpecMessage("\(name) must be <= \(Self.number(hi)), got \(value)")) }
        }
        return .success(value)
    }

    static func typeName(_ v: ParamValue) -> String {
        switch v {
        case .int: return "the integer"
        case .double: return "the number"
        case .string: return "the string"
        case .bool: return "the boolean"
        }
    }

    static func number(_ x: Double) -> String { x == x.rounded() ? String(Int(x)) : "\(x)" }
}

enum Parameters {
    static let models = ["none", "small", "regular"]
    static let inputs = ["gaussian", "uniform"]

    /// All parameters, in CSV column order.
    static let all: [ParameterInfo] = [
        ParameterInfo("mechanism", .string, .string("exact"), allowed: MechanismRegistry.presetNames,
                      "attention mechanism preset (see the presets table)"),
    ] + MechanismRegistry.all.flatMap(\.parameters) + [
        ParameterInfo("model", .string, .string("none"), allowed: models,
                      "whole-model size preset: small (1 head, d 64, d_ff 64) or regular (8 heads, d 512, d_ff 2048), 6 layers"),
        ParameterInfo("d_model", .int, .int(512), .model, min: 1, "model width (must be heads x head_dim)"),
        ParameterInfo("layers", .int, .int(6), .model, min: 1, "Transformer layers"),
        ParameterInfo("d_ff", .int, .int(2048), .model, min: 1, "feed-forward width"),
        ParameterInfo("vocab", .int, .int(256), .model, min: 2, "vocabulary size"),
        ParameterInfo("steps", .int, .int(0), .training, min: 0, "training: steps of the pretrained Transformer (fine-tuning and baselines run finetune_fraction of them); 0: no training"),
        ParameterInfo("finetune_fraction", .double, .double(0.25), .training, min: 0, "training: fine-tuning steps as a fraction of steps"),
        ParameterInfo("eval_interval", .int, .int(50), .training, min: 1, "training: steps between validation evaluations"),
        ParameterInfo("eval_batches", .int, .int(8), .training, min: 1, "training: validation batches (of `batch` windows of seq_len) per evaluation"),
        ParameterInfo("learning_rate", .double, .double(LearningRateSchedule.defaultPeak), .training, min: 0, "training: peak Adam learning rate (linear warm-up over 5% of each phase's steps, then lr_decay)"),
        ParameterInfo("lr_decay", .string, .string("constant"), .training, allowed: LearningRateSchedule.Decay.allCases.map(\.rawValue),
                      "training: learning rate after warm-up in each phase (pretraining, fine-tuning, scratch): constant, inverse-sqrt, or cosine down to lr_floor x learning_rate at the phase's last step"),
        ParameterInfo("lr_floor", .double, .double(LearningRateSchedule.defaultFloor), .training, min: 0, max: 1, "training: final learning rate of the cosine decay as a fraction of learning_rate"),
        ParameterInfo("mask_rate", .double, .double(0.15), .training, min: 0.001, max: 1,
                      "training, bidirectional models only: fraction of positions masked and predicted (masked-LM objective)"),
        ParameterInfo("seq_len", .int, .int(1024), min: 1, "sequence length L"),
        ParameterInfo("head_dim", .int, .int(64), min: 1, "query/key/value width per head d"),
        ParameterInfo("heads", .int, .int(1), min: 1, "attention heads H"),
        ParameterInfo("batch", .int, .int(1), min: 1, "batch size B"),
        ParameterInfo("causal", .bool, .bool(false), "causal (unidirectional) attention"),
        ParameterInfo("input", .string, .string("gaussian"), allowed: inputs,
                      "input distribution: gaussian (Q, K ~ N(0, s^2), V ~ N(0, 1)) or uniform (Q, K ~ U(-s, s), V ~ U(-1, 1))"),
        ParameterInfo("input_scale", .double, .double(1), min: 0, "scale s of the query and key entries"),
        ParameterInfo("seed", .int, .int(0), min: 0, "seed of every random draw of the configuration"),
    ] + kindParameters(KindRegistry.builtIn)

    /// The parameters `kinds` declare, in order of first declaration, each scoped to the kinds
    /// that declare it; a parameter several kinds declare is one column whose doc joins the
    /// kinds' different docs with "; ". Declarations of one name that are not the same column
    /// (`kindParameterConflicts`) stop the program.
    static func kindParameters(_ kinds: [any ExperimentKind]) -> [ParameterInfo] {
        let conflicts = kindParameterConflicts(kinds)
        precondition(conflicts.isEmpty, conflicts.joined(separator: "\n"))
        var order: [String] = []
        var first: [String: ParameterInfo] = [:], owners: [String: Set<String>] = [:], docs: [String: [String]] = [:]
        for kind in kinds {
            for p in kind.parameters {
                if first[p.name] == nil { order.append(p.name); first[p.name] = p }
                owners[p.name, default: []].insert(kind.name)
                if !docs[p.name, default: []].contains(p.doc) { docs[p.name, default: []].append(p.doc) }
            }
        }
        return order.map { n in first[n]!.documented(docs[n]!.joined(separator: "; ")).scoped(.kinds(owners[n]!)) }
    }

    /// One message per kind parameter declared unlike its first declaration (type, default,
    /// valid names or range differ): a shared parameter is declared once (`KindParameters`)
    /// and listed by each kind.
    static func kindParameterConflicts(_ kinds: [any ExperimentKind]) -> [String] {
        var first: [String: (kind: String, info: ParameterInfo)] = [:]
        var out: [String] = []
        for kind in kinds {
            for p in kind.parameters {
                if let seen = first[p.name] {
                    if !seen.info.sameColumn(as: p) {
                        out.append("kind \(kind.name) declares parameter \(p.name) unlike kind \(seen.kind) (type, default, valid names or range): declare it once in KindParameters and list it in both")
                    }
                } else {
                    first[p.name] = (kind.name, p)
                }
            }
        }
        return out
    }

    static let names: [String] = all.map(\.name)
    static let byName: [String: ParameterInfo] = Dictionary(uniqueKeysWithValues: all.map { ($0.name, $0) })

    static func info(_ name: String) -> ParameterInfo? { byName[name] }

    /// Whether specs of `kind` may set `p` (kind-scoped parameters belong to their kinds only).
    static func belongs(_ p: ParameterInfo, toKind kind: String?) -> Bool {
        if case .kinds(let set) = p.scope { return kind.map(set.contains) ?? false }
        return true
    }

    /// The parameter columns of a kind's CSV, in order.
    static func names(forKind kind: String?) -> [String] { all.filter { belongs($0, toKind: kind) }.map(\.name) }

    /// Whether `p` is meaningful for configuration `c` (all values resolved, before the ones
    /// that do not apply are dropped).
    static func applies(_ p: ParameterInfo, _ c: Configuration, kind: String? = nil) -> Bool {
        switch p.scope {
        case .common: return true
        case .kinds(let set): return kind.map(set.contains) ?? false
        case .training: return c.int("steps") > 0
        case .model: return c.string("model") != "none"
        case .mechanism(let family): return family == c.family && c.descriptor.applies(p.name, c)
        }
    }
}

/// A validation message with an optional position in the spec file.
public struct SpecMessage: Error, Equatable, CustomStringConvertible {
    var message: String
    public var position: SourcePosition?
    public init(_ message: String, at position: SourcePosition? = nil) { self.message = message; self.position = position }
    public var description: String { position.map { "\($0): \(message)" } ?? message }
}
