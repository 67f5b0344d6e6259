import Foundation

/// One FASTA record: the defline text after '>' and the residue letters (ASCII, line
/// breaks and spaces removed).
struct FastaRecord: Equatable, Sendable {
    var title: String
    var letters: [UInt8]
}

enum Fasta {
    /// Reads every record of the FASTA file at `path`; throws `ModelError.corpus` naming the
    /// file when it cannot be read or has residues before the first '>'.
    static func read(path: String) throws -> [FastaRecord] {
        guard let data = FileManager.default.contents(atPath: path) else { throw ModelError.corpus("cannot read FASTA file \(path)") }
        var records: [FastaRecord] = []
        var lineNumber = 0
        for rawLine in data.split(separator: UInt8(ascii: "\n"), omittingEmptySubsequences: false) {
            lineNumber += 1
            var line = rawLine
            while let last = line.last, last == UInt8(ascii: "\r") || last == UInt8(ascii: " ") { line = line.dropLast() }
            if line.isEmpty { continue }
            if line.first == UInt8(ascii: ">") {
                records.append(FastaRecord(title: String(decoding: line.dropFirst(), as: UTF8.self), letters: []))
            } else {
                guard !records.isEmpty else { throw ModelError.corpus("\(path): line \(lineNumber): residues before the first '>' header") }
                records[records.count - 1].letters += line.filter { $0 != UInt8(ascii: " ") }
            }
        }
        return records
    }

    /// The accession of a defline: the second field of UniProt's "sp|P00974|BPT1_BOVIN ...",
    /// otherwise the text before the first '|' or space ("B0RED7|GO:0046933" -> "B0RED7").
    static func accession(ofTitle title: String) -> String {
        let fields = title.split(separator: "|", omittingEmptySubsequences: false)
        if fields.count >= 3, fields[0] == "sp" || fields[0] == "tr" { return String(fields[1]) }
        return String(title.prefix { $0 != "|" && $0 != " " })
    }

    /// GO terms in a defline ("GO:0046933"), de-duplicated, in order of first appearance.
    static func goTerms(ofTitle title: String) -> [String] {
        let u = Array(title.utf8)
        var out: [String] = []
        var i = 0
        while i + 3 <= u.count {
            if u[i] == UInt8(ascii: "G") && u[i + 1] == UInt8(ascii: "O") && u[i + 2] == UInt8(ascii: ":") {
                var j = i + 3
                while j < u.count, u[j] != UInt8(ascii: ","), u[j] != UInt8(ascii: "|"), u[j] != UInt8(ascii: " ") { j += 1 }
                let term = String(decoding: u[i..<j], as: UTF8.self)
                if !out.contains(term) { out.append(term) }
                i = j
            } else { i += 1 }
        }
        return out
    }
}
