import Foundation

/// A byte corpus split into training and validation parts.
///
/// Sources: the plain-text fortune files of Debian's `fortunes` package (regular files of
/// /usr/share/games/fortunes, skipping the .dat indexes, .u8 links and other symlinks,
/// concatenated in name order), or any named file: plain text as is, FASTA (first line
/// starting with '>') with header lines dropped and only sequence letters kept. The split is
/// deterministic: the last `validationFraction` of the bytes is validation.
public struct Corpus {
    /// Where the bytes came from (paths), for reports.
    let source: String
    public let train: [UInt8]
    public let validation: [UInt8]

    /// The two parts of the corpus.
    public enum Split: String, Sendable { case train, validation }

    /// The bytes of one split.
    public func bytes(_ split: Split) -> [UInt8] { split == .train ? train : validation }

    /// Folders where Debian's `fortunes` package puts its text files.
    static let fortuneDirectories = ["/usr/share/games/fortunes", "/usr/share/fortunes"]

    public init(bytes: [UInt8], source: String, validationFraction: Double = 0.1) throws {
        guard validationFraction > 0, validationFraction < 1 else {
            throw ModelError.corpus("validation fraction \(validationFraction) must be in (0, 1)")
        }
        guard !bytes.isEmpty else { throw ModelError.corpus("\(source) holds no text") }
        let cut = bytes.count - Int((Double(bytes.count) * validationFraction).rounded())
        self.source = source
        train = Array(bytes[..<cut])
        validation = Array(bytes[cut...])
    }

    /// The fortunes corpus (or `directory` read the same way). Throws, naming the package to
    /// install, when no folder exists or it holds no text.
    public static func fortunes(directory: String? = nil, validationFraction: Double = 0.1) throws -> Corpus {
        let install = "install Debian's fortunes package: apt-get install fortunes"
        let candidates = directory.map { [$0] } ?? fortuneDirectories
        let fm = FileManager.default
        guard let dir = candidates.first(where: { var isDir: ObjCBool = false
            return fm.fileExists(atPath: $0, isDirectory: &isDir) && isDir.boolValue }) else {
            throw ModelError.corpus("no fortunes folder at \(candidates.joined(separator: " or ")); \(install)")
        }
        let files = try textFiles(in: dir)
        var bytes: [UInt8] = []
        for f in files { bytes += try readBytes(f) }
        guard !bytes.isEmpty else { throw ModelError.corpus("no fortune text in \(dir); \(install)") }
        return try Corpus(bytes: bytes, source: "\(dir) (\(files.count) files)", validationFraction: validationFraction)
    }

    /// A named file (plain text or FASTA) or folder (read like the fortunes folder).
    public static func load(path: String, validationFraction: Double = 0.1) throws -> Corpus {
        var isDir: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isDir) else {
            throw ModelError.corpus("no file or folder at \(path)")
        }
        if isDir.boolValue { return try fortunes(directory: path, validationFraction: validationFraction) }
        var bytes = try readBytes(path)
        var source = path
        if bytes.first == UInt8(ascii: ">") { bytes = fastaSequence(bytes); source += " (FASTA)" }
        guard !bytes.isEmpty else { throw ModelError.corpus("\(path) is empty") }
        return try Corpus(bytes: bytes, source: source, validationFraction: validationFraction)
    }

    /// Regular files of `dir` (not symlinks, not .dat or .u8), sorted by name.
    static func textFiles(in dir: String) throws -> [String] {
        let names = try FileManager.default.contentsOfDirectory(atPath: dir).sorted()
        return names.compactMap { name in
            if name.hasSuffix(".dat") || name.hasSuffix(".u8") || name.hasPrefix(".") { return nil }
            let path = dir + "/" + name
            guard let attrs = try? FileManager.default.attributesOfItem(atPath: path),
                  attrs[.type] as? FileAttributeType == .typeRegular else { return nil }
            return path
        }
    }

    static func readBytes(_ path: String) throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ModelError.corpus("cannot read \(path)")
        }
        return [UInt8](data)
    }

    /// Sequence letters of a FASTA text: lines starting with '>' dropped, only A-Z / a-z kept
    /// (so line breaks, digits and spaces go).
    static func fastaSequence(_ bytes: [UInt8]) -> [UInt8] {
        var out: [UInt8] = []
        out.reserveCapacity(bytes.count)
        var header = false, lineStart = true
        for b in bytes {
            if lineStart { header = b == UInt8(ascii: ">") }
            lineStart = b == UInt8(ascii: "\n")
            if header || lineStart { continue }
            if (b >= 65 && b <= 90) || (b >= 97 && b <= 122) { out.append(b) }
        }
        return out
    }

    /// Cross-entropy (nats per byte) on the validation bytes of a unigram model of the
    /// training bytes (add-one smoothed over 256 values, so unseen bytes cost finite loss):
    /// the baseline a language model has to beat.
    var unigramBaseline: Double {
        var counts = [Double](repeating: 1, count: 256)
        for b in train { counts[Int(b)] += 1 }
        let total = counts.reduce(0, +)
        var loss = 0.0
        for b in validation { loss -= Foundation.log(counts[Int(b)] / total) }
        return loss / Double(max(validation.count, 1))
    }
}
