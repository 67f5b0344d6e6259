/// One point of a sweep: every parameter meaningful for its mechanism, resolved from
/// defaults < model preset < mechanism preset < `fixed` < sweep axes.
public struct Configuration: Hashable {
    /// Position in the expanded sweep (0-based, deterministic).
    public let index: Int
    /// The mechanism family (a `MechanismDescriptor.family`, e.g. "favor").
    let family: String
    /// Resolved values of the parameters that apply (others are absent: empty CSV cells).
    let values: [String: ParamValue]
    /// Names of the swept parameters (for the progress label).
    let swept: [String]

    public init(index: Int, family: String, values: [String: ParamValue], swept: [String]) {
        self.index = index; self.family = family; self.values = values; self.swept = swept
    }

    /// `name=value` pairs in CSV column order, joined by ";": the identity of the configuration.
    var canonical: String { Self.canonical(values) }

    /// The configuration key column: FNV-1a 64 of `canonical`, 16 hex digits.
    public var key: String { Hashing.fnv1a64Hex(canonical) }

    /// The key of the configuration's line: everything but seq_len (a plotted line over L).
    var lineKey: String {
        var v = values
        v["seq_len"] = nil
        return Hashing.fnv1a64Hex(Self.canonical(v))
    }

    static func canonical(_ values: [String: ParamValue]) -> String {
        Parameters.names.compactMap { n in values[n].map { "\(n)=\($0)" } }.joined(separator: ";")
    }

    /// The swept parameters as `name=value` (the whole canonical text when nothing is swept).
    public var label: String {
        let names = swept.isEmpty ? Parameters.names : Parameters.names.filter { swept.contains($0) }
        return names.compactMap { n in values[n].map { "\(n)=\($0)" } }.joined(separator: " ")
    }

    public func int(_ name: String) -> Int { values[name]?.intValue ?? Parameters.info(name)!.defaultValue.intValue! }
    func double(_ name: String) -> Double { values[name]?.doubleValue ?? Parameters.info(name)!.defaultValue.doubleValue! }
    func string(_ name: String) -> String { values[name]?.stringValue ?? Parameters.info(name)!.defaultValue.stringValue! }
    public func bool(_ name: String) -> Bool { values[name]?.boolValue ?? Parameters.info(name)!.defaultValue.boolValue! }

    /// The CSV cells of the parameter columns (empty where the parameter does not apply).
    public var cells: [String: String] { values.mapValues(\.description) }
}
