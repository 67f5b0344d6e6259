import Foundation
import ResultsFormat
import Statistics

/// Turns the JSON of a spec into a `Spec`, collecting every problem with its position:
/// unknown keys (with the nearest valid key), wrong types, out-of-range values, unknown
/// mechanisms and kernels. Combinations across parameters are checked per configuration by
/// `SpecValidation` when the sweep is expanded.
public enum SpecDecoder {
    static let topLevelKeys = [
        "name", "description", "kind", "sweep", "fixed", "warmup", "repeats", "samples",
        "memory_budget_bytes", "time_budget_seconds", "total_time_budget_seconds", "max_configurations", "exclude", "plots",
    ]
    static let plotKeys = [
        "name", "x", "y", "series", "filter", "facets", "log_x", "log_y", "title", "x_label", "y_label", "error",
        "overlay", "key", "hlines", "aggregate", "categories", "group_by", "ratio", "y_unit", "memory_budget_line",
        "style", "z", "panels",
    ]
    /// Words a plot's "key" (legend placement) may use.
    static let keyWords: Set<String> = [
        "top", "bottom", "left", "right", "center", "outside", "inside", "above", "below", "horizontal", "vertical",
    ]
    static let hlineKeys = ["label", "y", "filter", "at", "by", "value"]

    /// Parses, decodes and validates a spec text (including the expansion of its sweep).
    public static func load(text: String, source: String) throws -> Spec {
        let json: JSONValue
        do { json = try JSONReader.parse(text) } catch let e as JSONSyntaxError {
            throw SpecError(source: source, "malformed JSON: \(e.message)", at: e.position)
        }
        let spec = try decode(json, source: source)
        _ = try Sweep.expand(spec, source: source)
        return spec
    }

    /// Reads and loads a spec file.
    public static func load(path: String) throws -> Spec {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw SpecError(source: path, "cannot read the file")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw SpecError(source: path, "the file is not UTF-8 text") }
        return try load(text: text, source: path)
    }

    /// Decodes parsed JSON (no sweep expansion).
    static func decode(_ json: JSONValue, source: String) throws -> Spec {
        var d = Decoding()
        let spec = d.spec(json)
        if !d.messages.isEmpty {
            // In file order (messages without a position last).
            let sorted = d.messages.enumerated().sorted { a, b in
                let pa = a.element.position.map { ($0.line, $0.column) } ?? (Int.max, 0)
                let pb = b.element.position.map { ($0.line, $0.column) } ?? (Int.max, 0)
                return pa != pb ? pa < pb : a.offset < b.offset
            }.map(\.element)
            throw SpecError(source: source, messages: sorted)
        }
        return spec!
    }
}

/// The state of one decoding: the messages found so far.
struct Decoding {
    var messages: [SpecMessage] = []

    mutating func fail(_ m: String, _ at: SourcePosition) { messages.append(SpecMessage(m, at: at)) }

    /// Members of an object, reporting keys not in `valid` (keys starting with "_" are comments).
    mutating func members(_ v: JSONValue, _ what: String, valid: [String]?) -> [(key: String, keyPosition: SourcePosition, value: JSONValue)]? {
        guard case .object(let members) = v.kind else {
            fail("\(what) must be an object, got \(v.typeName)", v.position); return nil
        }
        let kept = members.filter { !$0.key.hasPrefix("_") }
        if let valid {
            for m in kept where !valid.contains(m.key) {
                fail("unknown key \"\(m.key)\" in \(what)\(EditDistance.suggestion(m.key, in: valid))", m.keyPosition)
            }
            return kept.filter { valid.contains($0.key) }
        }
        return kept
    }

    mutating func string(_ v: JSONValue, _ what: String) -> String? {
        guard case .string(let s) = v.kind else { fail("\(what) must be a string, got \(v.typeName)", v.position); return nil }
        return s
    }

    mutating func bool(_ v: JSONValue, _ what: String) -> Bool? {
        guard case .bool(let b) = v.kind else { fail("\(what) must be true or false, got \(v.typeName)", v.position); return nil }
        return b
    }

    mutating func int(_ v: JSONValue, _ what: String, min: Int, max: Int? = nil) -> Int? {
        let hi = max ?? Limits.settingMax[what] ?? Limits.defaultIntMax
        guard case .number(let x, let isInteger) = v.kind, isInteger else {
            fail("\(what) must be an integer, got \(v.typeName)", v.position); return nil
        }
        guard let i = Int(exactly: x), i <= hi else {
            fail("\(what) = \(JSONValue(v.kind).canonical) exceeds the limit \(hi)", v.position); return nil
        }
        guard i >= min else { fail("\(what) must be >= \(min), got \(i)", v.position); return nil }
        return i
    }

    mutating func scalar(_ v: JSONValue) -> ParamValue? {
        switch v.kind {
        case .bool(let b): return .bool(b)
        case .string(let s): return .string(s)
        case .number(let x, let isInteger):
            if isInteger, let i = Int(exactly: x) { return .int(i) }
            return .double(x)
        default: return nil
        }
    }

    /// A parameter value, checked against the parameter's type and range.
    mutating func parameter(_ name: String, _ v: JSONValue) -> ParamValue? {
        guard let info = Parameters.info(name) else { return nil }
        guard let raw = scalar(v) else { fail("\(name) must be \(info.type.rawValue), got \(v.typeName)", v.position); return nil }
        switch info.check(raw) {
        case .success(let value):
            if let m = Limits.check(name, value) { fail(m, v.position); return nil }
            return value
        case .failure(let m): fail(m.message, v.position); return nil
        }
    }

    mutating func spec(_ json: JSONValue) -> Spec? {
        guard let top = members(json, "the spec", valid: SpecDecoder.topLevelKeys) else { return nil }
        func value(_ key: String) -> JSONValue? { top.first { $0.key == key }?.value }
        var spec = Spec(name: "", description: "", kind: "", sweep: [], fixed: [], warmup: 1, repeats: 3, samples: 5,
                        memoryBudgetBytes: Spec.defaultMemoryBudgetBytes, timeBudgetSeconds: nil,
                        maxConfigurations: Spec.defaultMaxConfigurations, plots: [], raw: json)
        for required in ["name", "kind"] where value(required) == nil {
            fail("missing required key \"\(required)\"", json.position)
        }
        if let v = value("name"), let s = string(v, "name") {
            if s.isEmpty || s.contains(where: { !($0.isLetter || $0.isNumber || "-_.+".contains($0)) }) || s.hasPrefix(".") {
                fail("name must be letters, digits, '-', '_', '.', '+' (a file name), got \"\(s)\"", v.position)
            }
            spec.name = s
        }
        if let v = value("description"), let s = string(v, "description") { spec.description = s }
        if let v = value("kind"), let s = string(v, "kind") {
            if KindRegistry.kind(named: s) == nil {
                fail("unknown kind \"\(s)\"\(EditDistance.suggestion(s, in: KindRegistry.names)); valid: \(KindRegistry.names.joined(separator: ", "))", v.position)
            }
            spec.kind = s
            kindName = s
        }
        if let v = value("warmup"), let i = int(v, "warmup", min: 0) { spec.warmup = i }
        if let v = value("repeats"), let i = int(v, "repeats", min: 1) { spec.repeats = i }
        if let v = value("samples"), let i = int(v, "samples", min: 1) { spec.samples = i }
        if let v = value("max_configurations"), let i = int(v, "max_configurations", min: 1) { spec.maxConfigurations = i }
        if let v = value("memory_budget_bytes") { spec.memoryBudgetBytes = memoryBudget(v) ?? spec.memoryBudgetBytes }
        if let v = value("time_budget_seconds") { spec.timeBudgetSeconds = seconds(v, "time_budget_seconds") }
        if let v = value("total_time_budget_seconds") { spec.totalTimeBudgetSeconds = seconds(v, "total_time_budget_seconds") }
        if let v = value("fixed"), let ms = members(v, "fixed", valid: Parameters.names(forKind: kindName)) {
            for m in ms { if let p = parameter(m.key, m.value) { spec.fixed.append((m.key, p)) } }
        }
        if let v = value("sweep"), let ms = members(v, "sweep", valid: Parameters.names(forKind: kindName)) {
            for m in ms {
                if spec.fixed.contains(where: { $0.name == m.key }) {
                    fail("\(m.key) is both fixed and swept", m.keyPosition)
                }
                if let axis = axis(m.key, m.value) { spec.sweep.append(axis) }
            }
        }
        if let v = value("exclude") { spec.exclude = excludeRules(v, spec: spec) }
        if let v = value("plots") {
            if case .array(let items) = v.kind {
                for (i, item) in items.enumerated() { if let p = plot(item, index: i) { spec.plots.append(p) } }
                let names = spec.plots.map(\.name)
                if Set(names).count != names.count { fail("plot names must differ (give each plot a \"name\")", v.position) }
            } else { fail("plots must be a list of plot objects, got \(v.typeName)", v.position) }
        }
        return spec
    }

    /// `exclude`: a list of objects {parameter: value or [values]}; every parameter must be
    /// fixed or swept (a rule on anything else could never match).
    mutating func excludeRules(_ v: JSONValue, spec: Spec) -> [ExcludeRule] {
        guard case .array(let items) = v.kind else { fail("exclude must be a list of objects such as {\"mechanism\": \"linformer\", \"causal\": true}, got \(v.typeName)", v.position); return [] }
        let named = Set(spec.fixed.map(\.name) + spec.sweep.map(\.name))
        var rules: [ExcludeRule] = []
        for (i, item) in items.enumerated() {
            let what = "exclude entry \(i + 1)"
            guard let ms = members(item, what, valid: Parameters.names) else { continue }
            if ms.isEmpty { fail("\(what) is empty (it would exclude every configuration)", item.position); continue }
            var rule: [String: [ParamValue]] = [:]
            var ok = true
            for m in ms {
                if !named.contains(m.key) {
                    fail("\(what): \(m.key) is neither swept nor fixed, so the entry can never match", m.keyPosition); ok = false; continue
                }
                let raw: [JSONValue]
                if case .array(let list) = m.value.kind { raw = list } else { raw = [m.value] }
                let values = raw.compactMap { parameter(m.key, $0) }
                if values.count != raw.count || values.isEmpty { ok = false; continue }
                rule[m.key] = values
            }
            if ok { rules.append(ExcludeRule(rule)) }
        }
        return rules
    }

    /// A duration in seconds: a number > 0 and <= `Limits.secondsMax`, or null (no limit).
    mutating func seconds(_ v: JSONValue, _ what: String) -> Double? {
        switch v.kind {
        case .null: return nil
        case .number(let x, _) where x > 0 && x <= Limits.secondsMax: return x
        case .number(let x, _) where x > 0:
            fail("\(what) = \(x) exceeds the limit \(Int(Limits.secondsMax)) (30 days)", v.position)
        default: fail("\(what) must be a number > 0 (or null), got \(v.typeName)", v.position)
        }
        return nil
    }

    mutating func memoryBudget(_ v: JSONValue) -> Int? {
        let limit = "the limit \(Limits.memoryBudgetMax) (1 PiB)"
        switch v.kind {
        case .number(let x, _) where x > 0:
            guard x <= Double(Limits.memoryBudgetMax) else { fail("memory_budget_bytes = \(x) exceeds \(limit)", v.position); return nil }
            return Int(x)
        case .string(let s):
            if let b = ByteSize.parse(s), b > 0 {
                guard b <= Limits.memoryBudgetMax else { fail("memory_budget_bytes \"\(s)\" exceeds \(limit)", v.position); return nil }
                return b
            }
            fail("memory_budget_bytes \"\(s)\" is not a size (examples: 16GiB, 512MiB, 2GB, 1000000)", v.position)
        default: fail("memory_budget_bytes must be a positive number of bytes or a string such as \"16GiB\", got \(v.typeName)", v.position)
        }
        return nil
    }

    /// Axis values: a list of scalars, one scalar, or {"from": a, "to": b, "factor": f}
    /// (geometric: a, a f, a f^2, ... <= b) or {"from": a, "to": b, "step": s} (arithmetic).
    mutating func axis(_ name: String, _ v: JSONValue) -> SweepAxis? {
        var values: [ParamValue] = []
        switch v.kind {
        case .array(let items):
            if items.isEmpty { fail("sweep axis \(name) has no values (the sweep would expand to nothing)", v.position); return nil }
            for item in items { if let p = parameter(name, item) { values.append(p) } }
            guard values.count == items.count else { return nil }
        case .object:
            guard let ms = members(v, "the range of \(name)", valid: ["from", "to", "factor", "step"]) else { return nil }
            let get = { (k: String) -> JSONValue? in ms.first { $0.key == k }?.value }
            guard let fromV = get("from"), let toV = get("to"), let from = scalar(fromV)?.doubleValue, let to = scalar(toV)?.doubleValue else {
                fail("a range of \(name) needs numbers \"from\" and \"to\"", v.position); return nil
            }
            let isInt = Parameters.info(name)?.type == .int
            guard from.magnitude <= Limits.defaultDoubleMax, to.magnitude <= Limits.defaultDoubleMax else {
                fail("a range of \(name) must stay within +-\(Limits.defaultDoubleMax)", v.position); return nil
            }
            var x = from
            if let f = get("factor").flatMap({ scalar($0)?.doubleValue }), get("step") == nil {
                guard f > 1, from > 0 else { fail("range factor must be > 1 and from > 0", v.position); return nil }
                while x <= to * (1 + 1e-12) && values.count <= Limits.rangeValuesMax { values.append(isInt ? .int(Int(x.rounded())) : .double(x)); x *= f }
            } else if let s = get("step").flatMap({ scalar($0)?.doubleValue }), get("factor") == nil {
                guard s > 0 else { fail("range step must be > 0", v.position); return nil }
                while x <= to + s * 1e-9 && values.count <= Limits.rangeValuesMax { values.append(isInt ? .int(Int(x.rounded())) : .double(x)); x += s }
            } else { fail("a range of \(name) needs exactly one of \"factor\" or \"step\"", v.position); return nil }
            if values.count > Limits.rangeValuesMax { fail("the range of \(name) has more than \(Limits.rangeValuesMax) values", v.position); return nil }
            if values.isEmpty { fail("the range of \(name) is empty (from > to): the sweep would expand to nothing", v.position); return nil }
            let checked = values.compactMap { val -> ParamValue? in
                switch Parameters.info(name)!.check(val) {
                case .success(let c):
                    if let m = Limits.check(name, c) { fail(m, v.position); return nil }
                    return c
                case .failure(let m): fail(m.message, v.position); return nil
                }
            }
            guard checked.count == values.count else { return nil }
            values = checked
        default:
            guard let p = parameter(name, v) else { return nil }
            values = [p]
        }
        if Set(values).count != values.count { fail("sweep axis \(name) lists a value twice", v.position); return nil }
        return SweepAxis(name: name, values: values)
    }

    mutating func plot(_ v: JSONValue, index: Int) -> PlotSpec? {
        let what = "plot \(index + 1)"
        guard let ms = members(v, what, valid: SpecDecoder.plotKeys) else { return nil }
        func get(_ k: String) -> JSONValue? { ms.first { $0.key == k }?.value }
        var p = PlotSpec(name: index == 0 ? "" : "plot\(index + 1)", x: "", y: "", series: [], filter: [:], facets: [],
                         logX: false, logY: false, title: "", xLabel: "", yLabel: "", error: nil)
        for required in ["x", "y"] where get(required) == nil { fail("\(what) needs \"\(required)\" (a column name)", v.position) }
        if let n = get("name"), let s = string(n, "\(what) name") {
            if s.contains(where: { !($0.isLetter || $0.isNumber || "-_.".contains($0)) }) { fail("plot name must be letters, digits, '-', '_', '.'", n.position) }
            p.name = s
        }
        if let x = get("x"), let s = string(x, "\(what) x") { p.x = s }
        if let y = get("y"), let s = string(y, "\(what) y") { p.y = s }
        if let e = get("error"), let s = string(e, "\(what) error") { p.error = s }
        if let g = get("aggregate"), let s = string(g, "\(what) aggregate") {
            if PlotAggregate.names.contains(s) { p.aggregate = s } else { fail("\(what) aggregate must be one of \(PlotAggregate.names.joined(separator: ", ")), got \"\(s)\"", g.position) }
        }
        if let t = get("title"), let s = string(t, "\(what) title") { p.title = s }
        if let t = get("x_label"), let s = string(t, "\(what) x_label") { p.xLabel = s }
        if let t = get("y_label"), let s = string(t, "\(what) y_label") { p.yLabel = s }
        if let b = get("log_x"), let x = bool(b, "\(what) log_x") { p.logX = x }
        if let b = get("log_y"), let x = bool(b, "\(what) log_y") { p.logY = x }
        p.series = stringList(get("series"), "\(what) series")
        p.facets = stringList(get("facets"), "\(what) facets")
        p.overlay = stringList(get("overlay"), "\(what) overlay")
        if let k = get("key"), let s = string(k, "\(what) key") {
            let words = s.split(separator: " ").map(String.init)
            if words.isEmpty || words.contains(where: { !SpecDecoder.keyWords.contains($0) }) {
                fail("\(what) key must be gnuplot placement words (\(SpecDecoder.keyWords.sorted().joined(separator: ", "))), got \"\(s)\"", k.position)
            } else { p.key = s }
        }
        if let f = get("filter") { p.filter = filter(f, "\(what) filter") }
        if let h = get("hlines") {
            if case .array(let items) = h.kind {
                for (i, item) in items.enumerated() {
                    let hw = "\(what) hline \(i + 1)"
                    guard let hm = members(item, hw, valid: SpecDecoder.hlineKeys) else { continue }
                    func hget(_ k: String) -> JSONValue? { hm.first { $0.key == k }?.value }
                    var line = HLine(label: "", y: p.y, filter: [:])
                    if let l = hget("label"), let s = string(l, "\(hw) label") { line.label = s }
                    if let y = hget("y"), let s = string(y, "\(hw) y") { line.y = s }
                    if let b = hget("by"), let s = string(b, "\(hw) by") { line.by = s }
                    if let f = hget("filter") { line.filter = filter(f, "\(hw) filter") }
                    if let c = hget("value") {
                        if let x = scalar(c)?.doubleValue, x.isFinite { line.value = x } else { fail("\(hw) value must be a number", c.position) }
                    }
                    if let a = hget("at"), let s = string(a, "\(hw) at") {
                        if s == "first" || s == "last" { line.atLast = s == "last" } else { fail("\(hw) at must be \"first\" or \"last\"", a.position) }
                    }
                    p.hlines.append(line)
                }
            } else { fail("\(what) hlines must be a list of objects", h.position) }
        }
        p.categories = stringList(get("categories"), "\(what) categories")
        if let g = get("group_by"), let s = string(g, "\(what) group_by") { p.groupBy = s }
        if let u = get("y_unit"), let s = string(u, "\(what) y_unit") {
            if PlotUnits.divisors[s] != nil { p.yUnit = s } else { fail("\(what) y_unit must be one of \(PlotUnits.divisors.keys.sorted().joined(separator: ", ")), got \"\(s)\"", u.position) }
        }
        if let b = get("memory_budget_line"), let x = bool(b, "\(what) memory_budget_line") { p.memoryBudgetLine = x }
        if let t = get("style"), let s = string(t, "\(what) style") {
            if PlotSpec.styles.contains(s) { p.style = s } else { fail("\(what) style must be one of \(PlotSpec.styles.joined(separator: ", ")), got \"\(s)\"", t.position) }
        }
        if let z = get("z"), let s = string(z, "\(what) z") { p.z = s }
        p.panels = stringList(get("panels"), "\(what) panels")
        if p.style == "heatmap" {
            if p.z == nil { fail("\(what): a heatmap needs \"z\" (the column coloured)", v.position) }
            if p.panels.count > 2 { fail("\(what): a heatmap takes at most 2 panel columns (rows, columns), got \(p.panels.count)", v.position) }
        } else if p.z != nil || !p.panels.isEmpty {
            fail("\(what): \"z\" and \"panels\" belong to \"style\": \"heatmap\"", v.position)
        }
        if let r = get("ratio"), let rm = members(r, "\(what) ratio", valid: ["column", "numerator", "denominator"]) {
            func rget(_ k: String) -> String? { rm.first { $0.key == k }.flatMap { string($0.value, "\(what) ratio \(k)") } }
            if let c = rget("column"), let n = rget("numerator"), let d = rget("denominator") {
                p.ratio = PlotRatio(column: c, numerator: n, denominator: d)
            } else { fail("\(what) ratio needs \"column\", \"numerator\" and \"denominator\" (strings)", r.position) }
        }
        let columns = ResultColumns.all(kind: kindName.flatMap { KindRegistry.kind(named: $0) })
        let hlineColumns = p.hlines.flatMap { [$0.y] + Array($0.filter.keys) + ($0.by.map { [$0] } ?? []) }
        for c in [p.x, p.y] + p.series + p.facets + Array(p.filter.keys) + (p.error.map { [$0] } ?? []) + p.overlay + hlineColumns
            + (p.z.map { [$0] } ?? []) + p.panels
            + p.categories + (p.groupBy.map { [$0] } ?? []) + (p.ratio.map { [$0.column] } ?? []) where !c.isEmpty && !columns.contains(c) {
            fail("\(what): unknown column \"\(c)\"\(EditDistance.suggestion(c, in: columns))", v.position)
        }
        return p
    }

    /// A plot filter: column -> one value or a list of values (as CSV text).
    mutating func filter(_ f: JSONValue, _ what: String) -> [String: [String]] {
        var out: [String: [String]] = [:]
        guard let fs = members(f, what, valid: nil) else { return out }
        for m in fs {
            switch m.value.kind {
            case .array(let items): out[m.key] = items.compactMap { scalar($0)?.description }
            default:
                if let s = scalar(m.value) { out[m.key] = [s.description] }
                else { fail("filter \(m.key) must be a value or a list of values", m.value.position) }
            }
        }
        return out
    }

    /// The kind being decoded (plot columns depend on it); set before plots are decoded.
    var kindName: String?

    mutating func stringList(_ v: JSONValue?, _ what: String) -> [String] {
        guard let v else { return [] }
        if case .string(let s) = v.kind { return [s] }
        guard case .array(let items) = v.kind else { fail("\(what) must be a column name or a list of them", v.position); return [] }
        return items.compactMap { string($0, what) }
    }
}
