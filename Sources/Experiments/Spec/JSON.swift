/// A small JSON reader that keeps what spec validation needs and Foundation's does not give
/// on Linux: the line and column of every value and of every syntax error, object keys in
/// file order, duplicate keys rejected, and integers told apart from decimals.

/// A position in a text: 1-based line and column (columns count Unicode scalars).
public struct SourcePosition: Equatable, CustomStringConvertible {
    public var line: Int, column: Int
    public init(line: Int, column: Int) { self.line = line; self.column = column }
    public var description: String { "line \(line), column \(column)" }
}

/// A JSON value with the position where it starts.
struct JSONValue {
    enum Kind {
        case null
        case bool(Bool)
        /// A number; `isInteger` when written without fraction or exponent.
        case number(Double, isInteger: Bool)
        case string(String)
        case array([JSONValue])
        /// Members in file order.
        case object([(key: String, keyPosition: SourcePosition, value: JSONValue)])
    }
    var kind: Kind
    var position: SourcePosition

    init(_ kind: Kind, at position: SourcePosition = SourcePosition(line: 0, column: 0)) {
        self.kind = kind; self.position = position
    }

    /// A short name of the value's type for messages: "a string", "an integer", ...
    var typeName: String {
        switch kind {
        case .null: return "null"
        case .bool: return "a boolean"
        case .number(_, let isInteger): return isInteger ? "an integer" : "a number"
        case .string: return "a string"
        case .array: return "a list"
        case .object: return "an object"
        }
    }

    /// Canonical text: no whitespace, object keys sorted, integers without a fraction. Two
    /// specs with the same meaning have the same canonical text (the basis of the spec hash).
    var canonical: String {
        switch kind {
        case .null: return "null"
        case .bool(let b): return b ? "true" : "false"
        case .number(let x, let isInteger):
            if isInteger, let i = Int(exactly: x) { return String(i) }
            return "\(x)"
        case .string(let s): return JSONValue.quote(s)
        case .array(let items): return "[" + items.map(\.canonical).joined(separator: ",") + "]"
        case .object(let members):
            let sorted = members.sorted { $0.key < $1.key }
            return "{" + sorted.map { JSONValue.quote($0.key) + ":" + $0.value.canonical }.joined(separator: ",") + "}"
        }
    }

    /// `s` as a JSON string literal.
    static func quote(_ s: String) -> String {
        var out = "\""
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 { out += "\\u" + String(repeating: "0", count: 4 - String(u.value, radix: 16).count) + String(u.value, radix: 16) }
                else { out.unicodeScalars.append(u) }
            }
        }
        return out + "\""
    }
}

/// A syntax error with its position.
struct JSONSyntaxError: Error, CustomStringConvertible {
    var message: String
    var position: SourcePosition
    var description: String { "\(position): \(message)" }
}

/// Recursive-descent reader over Unicode scalars.
struct JSONReader {
    private let scalars: [Unicode.Scalar]
    private var i = 0, line = 1, column = 1

    /// Parses one JSON document (trailing whitespace allowed, nothing else).
    static func parse(_ text: String) throws -> JSONValue {
        var r = JSONReader(scalars: Array(text.unicodeScalars))
        r.skipWhitespace()
        let value = try r.readValue(depth: 0)
        r.skipWhitespace()
        if r.i < r.scalars.count { throw r.error("unexpected '\(r.scalars[r.i])' after the end of the document") }
        return value
    }

    private init(scalars: [Unicode.Scalar]) { self.scalars = scalars }

    private var here: SourcePosition { SourcePosition(line: line, column: column) }
    private func error(_ m: String) -> JSONSyntaxError { JSONSyntaxError(message: m, position: here) }

    private mutating func advance() {
        if scalars[i] == "\n" { line += 1; column = 1 } else { column += 1 }
        i += 1
    }

    private mutating func skipWhitespace() {
        while i < scalars.count, [" ", "\n", "\r", "\t"].contains(scalars[i]) { advance() }
    }

    private mutating func expect(_ c: Unicode.Scalar, _ what: String) throws {
        guard i < scalars.count else { throw error("unexpected end of file, expected \(what)") }
        guard scalars[i] == c else { throw error("expected \(what), found '\(scalars[i])'") }
        advance()
    }

    private mutating func readValue(depth: Int) throws -> JSONValue {
        guard depth < 64 else { throw error("nesting deeper than 64 levels") }
        guard i < scalars.count else { throw error("unexpected end of file, expected a value") }
        let start = here
        switch scalars[i] {
        case "{": return JSONValue(try readObject(depth: depth), at: start)
        case "[": return JSONValue(try readArray(depth: depth), at: start)
        case "\"": return JSONValue(.string(try readString()), at: start)
        case "t": try readWord("true"); return JSONValue(.bool(true), at: start)
        case "f": try readWord("false"); return JSONValue(.bool(false), at: start)
        case "n": try readWord("null"); return JSONValue(.null, at: start)
        case "-", "0"..."9": return JSONValue(try readNumber(), at: start)
        default: throw error("unexpected '\(scalars[i])', expected a value")
        }
    }

    private mutating func readWord(_ word: String) throws {
        for c in word.unicodeScalars {
            guard i < scalars.count, scalars[i] == c else { throw error("invalid literal, expected '\(word)'") }
            advance()
        }
    }

    private mutating func readObject(depth: Int) throws -> JSONValue.Kind {
        advance()
        var members: [(key: String, keyPosition: SourcePosition, value: JSONValue)] = []
        skipWhitespace()
        if i < scalars.count, scalars[i] == "}" { advance(); return .object(members) }
        while true {
            skipWhitespace()
            let keyPosition = here
            guard i < scalars.count else { throw error("unexpected end of file inside an object") }
            guard scalars[i] == "\"" else { throw error("expected a quoted key, found '\(scalars[i])'") }
            let key = try readString()
            if members.contains(where: { $0.key == key }) {
                throw JSONSyntaxError(message: "duplicate key \"\(key)\"", position: keyPosition)
            }
            skipWhitespace()
            try expect(":", "':' after key \"\(key)\"")
            skipWhitespace()
            let value = try readValue(depth: depth + 1)
            members.append((key, keyPosition, value))
            skipWhitespace()
            guard i < scalars.count else { throw error("unexpected end of file, expected ',' or '}'") }
            if scalars[i] == "," { advance(); continue }
            if scalars[i] == "}" { advance(); return .object(members) }
            throw error("expected ',' or '}', found '\(scalars[i])'")
        }
    }

    private mutating func readArray(depth: Int) throws -> JSONValue.Kind {
        advance()
        var items: [JSONValue] = []
        skipWhitespace()
        if i < scalars.count, scalars[i] == "]" { advance(); return .array(items) }
        while true {
            skipWhitespace()
            items.append(try readValue(depth: depth + 1))
            skipWhitespace()
            guard i < scalars.count else { throw error("unexpected end of file, expected ',' or ']'") }
            if scalars[i] == "," { advance(); continue }
            if scalars[i] == "]" { advance(); return .array(items) }
            throw error("expected ',' or ']', found '\(scalars[i])'")
        }
    }

    private mutating func readString() throws -> String {
        advance()
        var out = String.UnicodeScalarView()
        while true {
            guard i < scalars.count else { throw error("unterminated string") }
            let c = scalars[i]
            if c == "\"" { advance(); return String(out) }
            if c == "\n" { throw error("line break inside a string") }
            if c != "\\" { out.append(c); advance(); continue }
            advance()
            guard i < scalars.count else { throw error("unterminated string") }
            let e = scalars[i]
            advance()
            switch e {
            case "\"": out.append("\"")
            case "\\": out.append("\\")
            case "/": out.append("/")
            case "n": out.append("\n")
            case "t": out.append("\t")
            case "r": out.append("\r")
            case "b": out.append("\u{8}")
            case "f": out.append("\u{c}")
            case "u":
                var v: UInt32 = 0
                for _ in 0..<4 {
                    guard i < scalars.count, let d = Int(String(scalars[i]), radix: 16) else { throw error("bad \\u escape") }
                    v = v * 16 + UInt32(d); advance()
                }
                out.append(Unicode.Scalar(v) ?? "\u{FFFD}")
            default: throw error("unknown escape '\\\(e)'")
            }
        }
    }

    private mutating func readNumber() throws -> JSONValue.Kind {
        var text = ""
        var isInteger = true
        while i < scalars.count, "+-0123456789.eE".unicodeScalars.contains(scalars[i]) {
            if [".", "e", "E"].contains(scalars[i]) { isInteger = false }
            text.unicodeScalars.append(scalars[i]); advance()
        }
        guard let x = Double(text), x.isFinite else { throw error("invalid number '\(text)'") }
        return .number(x, isInteger: isInteger)
    }
}
