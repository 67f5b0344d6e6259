import Foundation
import PerformerTensor

/// RFC 4180 CSV: fields with a comma, quote or line break are quoted, quotes doubled.
public enum CSVWriter {
    static func field(_ s: String) -> String {
        guard s.contains(where: { $0 == "," || $0 == "\"" || $0 == "\n" || $0 == "\r" }) else { return s }
        return "\"" + s.replacingOccurrences(of: "\"", with: "\"\"") + "\""
    }

    /// One line (with its "\n") of `cells` in `header` order; missing cells are empty.
    public static func line(_ cells: [String: String], header: [String]) -> String {
        header.map { field(cells[$0] ?? "") }.joined(separator: ",") + "\n"
    }
}

/// A CSV file read back: header, rows as dictionaries, and whether the last line was cut
/// short (a run killed mid-write; the partial line is dropped).
public struct CSVTable {
    public var header: [String]
    public var rows: [[String: String]]
    /// 1-based line numbers of `rows` in the file.
    public var lineNumbers: [Int]
    /// Bytes of the file up to the end of the last complete line.
    public var completeBytes: Int
    /// Whether the file ended in an incomplete line (dropped from `rows`).
    public var hadPartialLine: Bool
}

public struct CSVError: Error, CustomStringConvertible {
    public let description: String
    public init(_ d: String) { description = d }
}

public enum CSVReader {
    /// Reads a CSV file; throws a message naming the file and line for a missing or corrupt file.
    public static func read(path: String) throws -> CSVTable {
        guard FileManager.default.fileExists(atPath: path) else { throw CSVError("\(path): no such results file (run the experiment first)") }
        guard let data = FileManager.default.contents(atPath: path) else {
            throw CSVError("cannot read \(path): \(FileSystem.readFailure(path)?.reason ?? "the read failed")")
        }
        guard let text = String(data: data, encoding: .utf8) else { throw CSVError("\(path): not UTF-8 text (corrupt results file)") }
        return try parse(text, source: path)
    }

    public static func parse(_ text: String, source: String) throws -> CSVTable {
        var records: [(fields: [String], line: Int, endByte: Int)] = []
        var fields: [String] = [], field = "", inQuotes = false, line = 1, recordLine = 1, byte = 0
        var partial = false
        var iterator = text.unicodeScalars.makeIterator()
        var pending: Unicode.Scalar? = nil
        while let c = pending ?? iterator.next() {
            pending = nil
            byte += String(c).utf8.count
            if inQuotes {
                if c == "\"" {
                    if let n = iterator.next() {
                        if n == "\"" { field.unicodeScalars.append("\""); byte += 1 } else { inQuotes = false; pending = n }
                    } else { inQuotes = false }
                } else {
                    if c == "\n" { line += 1 }
                    field.unicodeScalars.append(c)
                }
                continue
            }
            switch c {
            case "\"" where field.isEmpty: inQuotes = true
            case ",": fields.append(field); field = ""
            case "\r": break
            case "\n":
                fields.append(field); field = ""
                records.append((fields, recordLine, byte))
                fields = []
                line += 1; recordLine = line
            default: field.unicodeScalars.append(c)
            }
        }
        if inQuotes || !field.isEmpty || !fields.isEmpty { partial = true }
        guard let headerRecord = records.first else {
            throw CSVError("\(source): empty or corrupt results file (no complete header line)")
        }
        let header = headerRecord.fields
        guard header.contains("status"), header.contains("config_key") else {
            throw CSVError("\(source):1: not a results file (the header has no status and config_key columns)")
        }
        var rows: [[String: String]] = [], lines: [Int] = []
        for r in records.dropFirst() {
            if r.fields == [""] { continue }
            guard r.fields.count == header.count else {
                throw CSVError("\(source):\(r.line): corrupt row: \(r.fields.count) fields, the header has \(header.count)")
            }
            rows.append(Dictionary(uniqueKeysWithValues: zip(header, r.fields)))
            lines.append(r.line)
        }
        let complete = records.last!.endByte
        return CSVTable(header: header, rows: rows, lineNumbers: lines, completeBytes: complete, hadPartialLine: partial)
    }
}
