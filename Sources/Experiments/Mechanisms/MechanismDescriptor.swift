import Attention

/// Everything the harness knows about one attention mechanism, declared next to nothing
/// else in its own file (FavorMechanism.swift, ...) and listed once in `MechanismRegistry`:
/// its parameters (type, default, range, doc: the only place a default lives), its named
/// presets, its cross-parameter checks, its forward flop count as a function of the shape,
/// and how to build it from a resolved configuration.
///
/// The spec language (Parameters, SpecValidation), the cost model, `repro list
/// --mechanisms`, the README tables and `repro train --mechanism` all read descriptors.
public struct MechanismDescriptor: Sendable {
    /// The family name configurations carry ("favor", "block-sparse"); unique.
    let family: String
    /// One line for the README and `repro list --mechanisms`.
    let summary: String
    /// The mechanism's own parameters, in CSV column order (scope: this family only).
    public let parameters: [ParameterInfo]
    /// Named parameter points (the names specs use in `mechanism`); each sets only values
    /// that differ from the parameters' defaults.
    let presets: [MechanismPreset]
    /// Whether one of `parameters` applies to a configuration (e.g. FAVOR+'s `features` only
    /// with a projection). Default: every parameter applies.
    let applies: @Sendable (_ parameter: String, _ configuration: Configuration) -> Bool
    /// A problem with a combination of values (resolved with defaults), or nil.
    public let check: @Sendable (Configuration) -> String?
    /// Flops of the BLAS products of one forward call at the configuration's shape (causal
    /// counted as bidirectional: nominal). Used by the cost model and by `repro bench`'s
    /// GFLOP/s figures, so a shape is never typed twice.
    let forwardFlops: @Sendable (Configuration) -> Double
    /// Builds the mechanism; `seed` seeds its own random draws (projections, blocks, E and F).
    let build: @Sendable (_ configuration: Configuration, _ seed: UInt64) throws -> any AttentionMechanism

    public init(family: String, summary: String, parameters: [ParameterInfo] = [],
                presets: [(name: String, values: [String: ParamValue], doc: String)],
                applies: @escaping @Sendable (String, Configuration) -> Bool = { _, _ in true },
                check: @escaping @Sendable (Configuration) -> String? = { _ in nil },
                forwardFlops: @escaping @Sendable (Configuration) -> Double,
                build: @escaping @Sendable (Configuration, UInt64) throws -> any AttentionMechanism) {
        self.family = family
        self.summary = summary
        self.parameters = parameters.map { $0.scoped(.mechanism(family)) }
        self.presets = presets.map { MechanismPreset(name: $0.name, family: family, values: $0.values, doc: $0.doc) }
        self.applies = applies
        self.check = check
        self.forwardFlops = forwardFlops
        self.build = build
    }

    /// A descriptor whose closures work on typed options: `parse` reads the mechanism's
    /// parameters from a configuration once (enums through `Configuration.parse(_:as:)`),
    /// and `applies`, `check`, `forwardFlops` and `build` receive its result. A parse
    /// failure is the check's message; `applies` runs after the check passed, so there its
    /// options parse (a parameter applies when they do not).
    public init<Options>(family: String, summary: String, parameters: [ParameterInfo] = [],
                         presets: [(name: String, values: [String: ParamValue], doc: String)],
                         options parse: @escaping @Sendable (Configuration) throws -> Options,
                         applies: @escaping @Sendable (String, Options) -> Bool = { _, _ in true },
                         check: @escaping @Sendable (Options, Configuration) -> String? = { _, _ in nil },
                         forwardFlops: @escaping @Sendable (Options, AttentionShape) -> Double,
                         build: @escaping @Sendable (Options, Configuration, UInt64) throws -> any AttentionMechanism) {
        self.init(
            family: family, summary: summary, parameters: parameters, presets: presets,
            applies: { name, c in (try? parse(c)).map { applies(name, $0) } ?? true },
            check: { c in
                do { return check(try parse(c), c) } catch { return "\(error)" }
            },
            forwardFlops: { c in
                do { return forwardFlops(try parse(c), c.attentionShape) } catch {
                    preconditionFailure("forward flops of an unchecked configuration: \(error)")
                }
            },
            build: { c, seed in try build(try parse(c), c, seed) })
    }
}

/// The options of a mechanism without parameters of its own.
struct NoOptions: Sendable {
    init(_ c: Configuration) {}
}

/// A named point of a mechanism's parameters: the name specs use in `mechanism`.
public struct MechanismPreset: Sendable {
    public let name: String
    let family: String
    /// Values the preset sets (names from its family's parameters); the rest are defaults.
    let values: [String: ParamValue]
    let doc: String
}

struct MechanismError: Error, CustomStringConvertible {
    let description: String
    init(_ description: String) { self.description = description }
}

extension Configuration {
    /// The descriptor of the configuration's mechanism family.
    var descriptor: MechanismDescriptor {
        guard let d = MechanismRegistry.descriptor(family: family) else {
            preconditionFailure("configuration of unknown mechanism family \(family)")
        }
        return d
    }

    /// (batch, heads, seq_len, head_dim) of the configuration's attention calls.
    public var attentionShape: AttentionShape {
        AttentionShape(batch: int("batch"), heads: int("heads"), length: int("seq_len"), headDim: int("head_dim"))
    }

    /// A string parameter parsed against its enum; a name the enum does not know (which
    /// validation should have caught) is an error naming the valid ones, never a fallback.
    public func parse<E: RawRepresentable & CaseIterable>(_ name: String, as: E.Type) throws -> E where E.RawValue == String {
        let raw = string(name)
        guard let e = E(rawValue: raw) else {
            throw MechanismError("unknown \(name) \"\(raw)\"; valid: \(E.allCases.map(\.rawValue).joined(separator: ", "))")
        }
        return e
    }
}
