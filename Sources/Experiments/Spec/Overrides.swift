/// Command-line overrides (`repro run NAME --set key=value --set key=v1,v2`): each replaces a
/// top-level setting, a fixed parameter or a sweep axis (one value: fixed; several: an axis),
/// applied to the spec's JSON and then decoded and validated like the file itself.
public struct Override: Equatable, CustomStringConvertible {
    public var key: String
    var values: [ParamValue]

    /// Parses "key=value" or "key=v1,v2,...".
    public init(parsing text: String) throws {
        guard let eq = text.firstIndex(of: "="), eq != text.startIndex else {
            throw SpecError(source: "--set", "expected key=value or key=v1,v2,..., got \"\(text)\"")
        }
        key = String(text[..<eq])
        let rest = String(text[text.index(after: eq)...])
        guard !rest.isEmpty else { throw SpecError(source: "--set", "\(key) has no value (the sweep would expand to nothing)") }
        values = rest.split(separator: ",", omittingEmptySubsequences: false).map { ParamValue.parse(commandLine: String($0)) }
    }

    public var description: String { "\(key)=" + values.map(\.description).joined(separator: ",") }

    static let settings = SpecDecoder.topLevelKeys.filter { !["name", "kind", "sweep", "fixed", "plots", "description"].contains($0) }

    /// The spec with `overrides` applied, validated. Its name becomes NAME+HASH (8 hex digits
    /// of the overrides), so its results never mix with the spec's own.
    public static func apply(_ overrides: [Override], to spec: Spec, source: String) throws -> Spec {
        guard !overrides.isEmpty else { return spec }
        guard case .object(var members) = spec.raw.kind else { return spec }
        func setMember(_ key: String, _ value: JSONValue?) {
            members.removeAll { $0.key == key }
            if let value { members.append((key, SourcePosition(line: 0, column: 0), value)) }
        }
        func object(_ key: String) -> [(key: String, keyPosition: SourcePosition, value: JSONValue)] {
            if let m = members.first(where: { $0.key == key }), case .object(let inner) = m.value.kind { return inner }
            return []
        }
        for o in overrides {
            if settings.contains(o.key) {
                guard o.values.count == 1 else { throw SpecError(source: "--set", "\(o.key) takes one value") }
                setMember(o.key, o.values[0].json)
            } else if Parameters.info(o.key) != nil {
                var fixed = object("fixed"), sweep = object("sweep")
                fixed.removeAll { $0.key == o.key }
                sweep.removeAll { $0.key == o.key }
                if o.values.count == 1 {
                    fixed.append((o.key, SourcePosition(line: 0, column: 0), o.values[0].json))
                } else {
                    sweep.append((o.key, SourcePosition(line: 0, column: 0), JSONValue(.array(o.values.map(\.json)))))
                }
                setMember("fixed", JSONValue(.object(fixed)))
                setMember("sweep", JSONValue(.object(sweep)))
            } else {
                throw SpecError(source: "--set", "unknown key \"\(o.key)\"\(EditDistance.suggestion(o.key, in: settings + Parameters.names))")
            }
        }
        let tag = Hashing.fnv1a64Hex(overrides.map(\.description).sorted().joined(separator: ";")).prefix(8)
        setMember("name", JSONValue(.string("\(spec.name)+\(tag)")))
        let source = "\(source) with --set \(overrides.map(\.description).joined(separator: " "))"
        var decoded = try SpecDecoder.decode(JSONValue(.object(members)), source: source)
        // An exclude entry that matched the file's own sweep but matches nothing once the
        // overrides narrowed it is dropped with a note (in the file alone it would be a typo).
        let unmatched = Sweep.unmatchedExcludes(decoded)
        if !unmatched.isEmpty {
            let own = Sweep.unmatchedExcludes(spec).map { spec.exclude[$0] }
            var dropped: [Int] = []
            for r in unmatched where !own.contains(decoded.exclude[r]) {
                dropped.append(r)
                decoded.notes.append("note: exclude entry \(r + 1) \(decoded.exclude[r].description) matches nothing after --set; dropped")
            }
            if !dropped.isEmpty, let i = members.firstIndex(where: { $0.key == "exclude" }), case .array(var items) = members[i].value.kind {
                for r in dropped.reversed() where r < items.count { items.remove(at: r) }
                if items.isEmpty { members.remove(at: i) } else { members[i].value = JSONValue(.array(items), at: members[i].value.position) }
                decoded.exclude = dropped.reversed().reduce(into: decoded.exclude) { $0.remove(at: $1) }
            }
        }
        decoded.raw = JSONValue(.object(members))
        _ = try Sweep.expand(decoded, source: source)
        return decoded
    }

}
