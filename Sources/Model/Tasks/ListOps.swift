import PerformerTensor

/// ListOps (Nangia & Bowman 2018, the Long Range Arena rules): nested MAX, MIN, MED and
/// SUM_MOD over digits 0-9 in bracketed prefix notation, e.g. `[MAX 2 9 [MIN 4 7 ] 0 ]` = 9;
/// the label is the value, 10 classes.
///
/// Generation follows LRA's: below `maxDepth` a node is an operator with probability
/// `branchProbability` (LRA: 0.25), else a digit; an operator takes 2 ... `maxArguments`
/// arguments (LRA: 10). The root is always an operator. Expressions whose token count
/// (with the CLS token) exceeds `length` or falls below `minTokens` are rejected and drawn
/// again (LRA keeps 500-2000 tokens; this machine trains on at most a few hundred).
///
/// Tokens: digits 0-9, `[MAX` 10, `[MIN` 11, `[MED` 12, `[SM` 13, `]` 14, CLS 15, PAD 16.
/// Position 0 is CLS, labelled with the value; the rest is the expression, then PAD.
public struct ListOps: GeneratedTask {
    public enum Op: Int32, CaseIterable, Sendable {
        case max = 10, min, med, sumMod
        public var text: String { ["[MAX", "[MIN", "[MED", "[SM"][Int(rawValue) - 10] }

        /// The operator on its arguments: MED is the median of the sorted arguments (the
        /// floor of the mean of the middle two for an even count, as LRA's int(np.median)),
        /// SM the sum modulo 10.
        public func apply(_ a: [Int]) -> Int {
            precondition(!a.isEmpty, "an operator needs at least one argument")
            switch self {
            case .max: return a.max()!
            case .min: return a.min()!
            case .med:
                let s = a.sorted(), n = s.count
                return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
            case .sumMod: return a.reduce(0, +) % 10
            }
        }
    }

    public indirect enum Expression: Equatable, Sendable {
        case digit(Int)
        case op(Op, [Expression])

        public var value: Int {
            switch self {
            case .digit(let d): return d
            case .op(let o, let args): return o.apply(args.map(\.value))
            }
        }

        public var tokens: [Int32] {
            switch self {
            case .digit(let d): return [Int32(d)]
            case .op(let o, let args): return [o.rawValue] + args.flatMap(\.tokens) + [ListOps.close]
            }
        }

        /// `[MAX 2 9 [MIN 4 7 ] 0 ]`.
        public var text: String {
            switch self {
            case .digit(let d): return String(d)
            case .op(let o, let args): return ([o.text] + args.map(\.text) + ["]"]).joined(separator: " ")
            }
        }

        var depth: Int {
            switch self {
            case .digit: return 0
            case .op(_, let args): return 1 + (args.map(\.depth).max() ?? 0)
            }
        }
    }

    static let close: Int32 = 14, cls: Int32 = 15, pad: Int32 = 16
    static let classes = 10

    public let name = "listops"
    public let seed: UInt64
    public let length: Int
    let minTokens: Int
    let maxDepth: Int
    let maxArguments: Int
    let branchProbability: Double
    public var vocabSize: Int { 17 }

    public init(seed: UInt64, length: Int, minTokens: Int? = nil, maxDepth: Int = 10, maxArguments: Int = 5,
                branchProbability: Double = 0.25) throws {
        guard length >= 5 else { throw ModelError.invalidConfig("listops needs seq_len >= 5 (CLS + [OP d d ]), got \(length)") }
        guard (1...10).contains(maxDepth), maxArguments >= 2, (0..<1).contains(branchProbability) else {
            throw ModelError.invalidConfig("listops: depth 1...10, arguments >= 2, branch probability in [0, 1)")
        }
        self.seed = seed; self.length = length; self.maxDepth = maxDepth
        self.maxArguments = maxArguments; self.branchProbability = branchProbability
        self.minTokens = min(minTokens ?? length / 4, length)
    }

    /// The expression of example `index` of `split`.
    func expression(_ index: Int, split: TaskSplit) -> Expression {
        var rng = exampleStream(seed: seed, task: name, split: split, index: index)
        while true {
            let e = tree(depth: 1, rng: &rng, forceOp: true)
            let n = e.tokens.count + 1
            if n <= length && n >= minTokens { return e }
        }
    }

    public func example(_ index: Int, split: TaskSplit) -> TaskExample {
        let e = expression(index, split: split)
        var tokens = [ListOps.cls] + e.tokens
        tokens += [Int32](repeating: ListOps.pad, count: length - tokens.count)
        var targets = [Int32](repeating: -1, count: length)
        targets[0] = Int32(e.value)
        return TaskExample(tokens: tokens, targets: targets)
    }

    private func tree(depth: Int, rng: inout SeededGenerator, forceOp: Bool = false) -> Expression {
        let branch = forceOp || (depth < maxDepth && rng.nextUniform() < branchProbability)
        guard branch else { return .digit(rng.nextInt(below: 10)) }
        let op = Op.allCases[rng.nextInt(below: 4)]
        let count = 2 + rng.nextInt(below: maxArguments - 1)
        return .op(op, (0..<count).map { _ in tree(depth: depth + 1, rng: &rng) })
    }

    /// Parses and evaluates `[MAX 2 9 [MIN 4 7 ] 0 ]` (tokens separated by spaces).
    public static func parse(_ text: String) throws -> Expression {
        let words = text.split(separator: " ").map(String.init)
        var i = 0
        func node() throws -> Expression {
            guard i < words.count else { throw ModelError.invalidConfig("listops: expression ends early") }
            let w = words[i]; i += 1
            if let d = Int(w), (0...9).contains(d) { return .digit(d) }
            guard let op = Op.allCases.first(where: { $0.text == w }) else { throw ModelError.invalidConfig("listops: unknown token \(w)") }
            var args: [Expression] = []
            while i < words.count, words[i] != "]" { args.append(try node()) }
            guard i < words.count else { throw ModelError.invalidConfig("listops: missing ]") }
            i += 1
            guard !args.isEmpty else { throw ModelError.invalidConfig("listops: \(w) without arguments") }
            return .op(op, args)
        }
        let e = try node()
        guard i == words.count else { throw ModelError.invalidConfig("listops: text after the expression") }
        return e
    }
}
