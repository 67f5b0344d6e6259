/// The token vocabulary of the protein language models (28 tokens):
///
/// | tokens | meaning |
/// | --- | --- |
/// | 0 | pad (after a short protein; never a target) |
/// | 1 | mask (replaces a residue the masked model must predict) |
/// | 2 | separator: start of a protein in causal rows, between proteins when concatenated |
/// | 3 ... 22 | the 20 standard amino acids A C D E F G H I K L M N P Q R S T V W Y |
/// | 23 ... 27 | rare and ambiguous letters B (D or N), Z (E or Q), X (any), U (selenocysteine), O (pyrrolysine) |
///
/// Any other letter (gap '-', stop '*', J, lowercase, digits) is an error naming the file and
/// the record: no silent skip.
public enum ProteinVocabulary {
    public static let pad: Int32 = 0, mask: Int32 = 1, separator: Int32 = 2
    /// The 20 standard amino acids in token order (token = 3 + index).
    public static let standard: [Character] = Array("ACDEFGHIKLMNPQRSTVWY")
    /// Rare and ambiguous letters in token order (token = 23 + index).
    static let rare: [Character] = Array("BZXUO")
    public static let size = 3 + standard.count + rare.count
    public static let firstResidue: Int32 = 3

    /// Token of each ASCII letter, -1 where the letter is not in the vocabulary.
    static let byASCII: [Int32] = {
        var t = [Int32](repeating: -1, count: 256)
        for (i, c) in (standard + rare).enumerated() { t[Int(c.asciiValue!)] = firstResidue + Int32(i) }
        return t
    }()

    /// Token of each NCBIstdaa code (BlastDatabase.stdaaLetters), -1 where not in the vocabulary.
    static let byStdaa: [Int32] = BlastDatabase.stdaaLetters.map { byASCII[Int($0)] }

    /// The letter of a token ("<pad>", "<mask>", "<sep>" for the special ones).
    static func letter(_ token: Int32) -> String {
        switch token {
        case pad: return "<pad>"
        case mask: return "<mask>"
        case separator: return "<sep>"
        default:
            let all = standard + rare
            let i = Int(token - firstResidue)
            return i >= 0 && i < all.count ? String(all[i]) : "<\(token)>"
        }
    }

    /// Tokens of ASCII residue letters; `context` names the file and record in the error.
    public static func tokens(letters: some Collection<UInt8>, context: @autoclosure () -> String) throws -> [Int32] {
        var out = [Int32](); out.reserveCapacity(letters.count)
        for (i, b) in letters.enumerated() {
            let t = byASCII[Int(b)]
            guard t >= 0 else {
                throw ModelError.corpus("\(context()): residue \(i + 1) is '\(Character(UnicodeScalar(b)))', not in the vocabulary (20 standard amino acids and B Z X U O)")
            }
            out.append(t)
        }
        return out
    }

    /// Tokens of NCBIstdaa codes (see `tokens(letters:context:)`).
    public static func tokens(stdaa codes: UnsafeRawBufferPointer, context: @autoclosure () -> String) throws -> [Int32] {
        var out = [Int32](); out.reserveCapacity(codes.count)
        for (i, c) in codes.enumerated() {
            let t = Int(c) < byStdaa.count ? byStdaa[Int(c)] : -1
            guard t >= 0 else {
                let letter = Int(c) < BlastDatabase.stdaaLetters.count ? "'\(Character(UnicodeScalar(BlastDatabase.stdaaLetters[Int(c)])))'" : "code \(c)"
                throw ModelError.corpus("\(context()): residue \(i + 1) is \(letter), not in the vocabulary (20 standard amino acids and B Z X U O)")
            }
            out.append(t)
        }
        return out
    }
}
