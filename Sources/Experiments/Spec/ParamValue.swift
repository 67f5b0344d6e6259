/// One scalar value of a parameter: what a sweep axis lists and a CSV cell holds.
public enum ParamValue: Hashable, CustomStringConvertible, Sendable {
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)

    /// The CSV and configuration-key text: integers plain, booleans `true`/`false`.
    public var description: String {
        switch self {
        case .int(let i): return String(i)
        case .double(let x): return x == x.rounded() && abs(x) < 1e15 ? String(format: "%.1f", x) : "\(x)"
        case .string(let s): return s
        case .bool(let b): return b ? "true" : "false"
        }
    }

    var intValue: Int? { if case .int(let i) = self { return i }; return nil }
    var doubleValue: Double? {
        switch self {
        case .double(let x): return x
        case .int(let i): return Double(i)
        default: return nil
        }
    }
    var stringValue: String? { if case .string(let s) = self { return s }; return nil }
    var boolValue: Bool? { if case .bool(let b) = self { return b }; return nil }

    /// The value as JSON (for overrides and the canonical spec text).
    var json: JSONValue {
        switch self {
        case .int(let i): return JSONValue(.number(Double(i), isInteger: true))
        case .double(let x): return JSONValue(.number(x, isInteger: false))
        case .string(let s): return JSONValue(.string(s))
        case .bool(let b): return JSONValue(.bool(b))
        }
    }

    /// Reads a command-line value: `true`/`false`, an integer, a decimal, else a string.
    public static func parse(commandLine text: String) -> ParamValue {
        if text == "true" { return .bool(true) }
        if text == "false" { return .bool(false) }
        if let i = Int(text) { return .int(i) }
        if let x = Double(text), text.contains(where: { ".eE".contains($0) }) { return .double(x) }
        return .string(text)
    }
}

import Foundation

/// Levenshtein distance and "did you mean" suggestions for unknown names.
enum EditDistance {
    static func distance(_ a: String, _ b: String) -> Int {
        let x = Array(a.lowercased()), y = Array(b.lowercased())
        if x.isEmpty { return y.count }
        if y.isEmpty { return x.count }
        var previous = Array(0...y.count)
        var current = [Int](repeating: 0, count: y.count + 1)
        for i in 1...x.count {
            current[0] = i
            for j in 1...y.count {
                current[j] = Swift.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (x[i - 1] == y[j - 1] ? 0 : 1))
            }
            swap(&previous, &current)
        }
        return previous[y.count]
    }

    /// The candidate closest to `name` (ties: the first in `candidates`).
    static func nearest(_ name: String, in candidates: [String]) -> String? {
        candidates.min { distance(name, $0) < distance(name, $1) }
    }

    /// " (did you mean \"x\"?)" or "" when there are no candidates.
    static func suggestion(_ name: String, in candidates: [String]) -> String {
        guard let n = nearest(name, in: candidates) else { return "" }
        return " (did you mean \"\(n)\"?)"
    }
}
