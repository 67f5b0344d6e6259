import Foundation

/// An amino-acid substitution matrix in NCBI's text format (e.g. /usr/share/ncbi/data/BLOSUM62
/// from Debian's ncbi-data): '#' comment lines, a header row of column letters, then one row
/// per letter: the letter followed by one integer score per column.
public struct SubstitutionMatrix: Equatable, Sendable {
    /// Column (and row) letters in file order.
    let letters: [Character]
    /// scores[i][j]: the score of letters[i] against letters[j].
    let scores: [[Int]]

    /// Debian ncbi-data's BLOSUM62.
    public static let blosum62Path = "/usr/share/ncbi/data/BLOSUM62"

    /// Parses `text`; `source` names the file in errors (line numbers from 1).
    public init(text: String, source: String) throws {
        var header: [Character]?, rows: [Character: [Int]] = [:], order: [Character] = []
        for (n, raw) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = raw.trimmingCharacters(in: .whitespaces)
            if line.isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(whereSeparator: { $0 == " " || $0 == "\t" }).map(String.init)
            guard let columns = header else {
                guard fields.allSatisfy({ $0.count == 1 }) else { throw ModelError.corpus("\(source): line \(n + 1): expected the header row of single letters") }
                header = fields.map { Character($0) }
                continue
            }
            guard fields.count == columns.count + 1, fields[0].count == 1 else {
                throw ModelError.corpus("\(source): line \(n + 1): expected a letter and \(columns.count) scores, found \(fields.count) fields")
            }
            let values = try fields.dropFirst().map { f -> Int in
                guard let v = Int(f) else { throw ModelError.corpus("\(source): line \(n + 1): '\(f)' is not an integer score") }
                return v
            }
            let letter = Character(fields[0])
            guard rows[letter] == nil else { throw ModelError.corpus("\(source): line \(n + 1): row \(letter) repeated") }
            rows[letter] = values; order.append(letter)
        }
        guard let columns = header, order == columns else {
            throw ModelError.corpus("\(source): rows \(String(order)) do not match the header \(String(header ?? []))")
        }
        letters = columns
        scores = columns.map { rows[$0]! }
    }

    /// Reads the matrix file at `path`; a missing file names the package that ships BLOSUM62.
    public static func read(path: String = blosum62Path) throws -> SubstitutionMatrix {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelError.corpus("cannot read \(path): install Debian's ncbi-data (scripts/install-protein-data.sh, or apt-get install ncbi-data)")
        }
        return try SubstitutionMatrix(text: String(decoding: data, as: UTF8.self), source: path)
    }

    /// The score of letters `a` against `b`; nil when either is not in the matrix.
    public func score(_ a: Character, _ b: Character) -> Int? {
        guard let i = letters.firstIndex(of: a), let j = letters.firstIndex(of: b) else { return nil }
        return scores[i][j]
    }
}
