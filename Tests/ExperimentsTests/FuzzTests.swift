import Foundation
import XCTest
@testable import Analysis
@testable import Experiments
@testable import ResultsFormat
@testable import Statistics

/// Every shipped spec mutated (values replaced by extremes of every type, keys deleted,
/// renamed and duplicated, truncations, bad bytes, deep nesting) through validation in
/// process, and a sample of `--set` overrides: no mutant may crash the process (a trap ends
/// the test run), and every refusal must carry a message. A mutant that validates has its
/// sizes, bytes and time estimates computed too, where the overflow traps used to be.
final class FuzzTests: XCTestCase {
    static let experimentsDir = URL(fileURLWithPath: #filePath).deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().appendingPathComponent("experiments").path

    /// Replacement texts: extremes of every JSON type, including integers just past Int64.
    static let extremes = [
        "0", "-1", "1", "0.5", "-0.0", "1e-320", "1e308", "-1e308", "1e400", "65536", "16777217",
        "4611686018427387904", "9223372036854775807", "9223372036854775808", "-9223372036854775809",
        "\"\"", "\"x\"", "\"16EiB\"", "\"1e308GiB\"", "\"\\u0000\"", "true", "null", "[]", "{}", "[[[[1]]]]",
        "{\"from\": 1, \"to\": 1e308, \"factor\": 2}", "{\"from\": 0, \"to\": 1, \"step\": 1e-300}",
        String(repeating: "[", count: 70) + String(repeating: "]", count: 70),
    ]

    enum Mutation { case replace(String), delete, rename, duplicate }

    /// `v` as JSON text in file order, with `mutation` applied at `target` (a path of child
    /// indices); duplicates and raw replacement texts are possible, unlike `canonical`.
    static func render(_ v: JSONValue, path: [Int] = [], target: [Int], mutation: Mutation) -> String {
        if path == target, case .replace(let text) = mutation { return text }
        switch v.kind {
        case .object(let members):
            var parts: [String] = []
            for (i, m) in members.enumerated() {
                let child = path + [i]
                let value = render(m.value, path: child, target: target, mutation: mutation)
                let isTarget = child == target
                switch (isTarget, mutation) {
                case (true, .delete): continue
                case (true, .rename): parts.append(JSONValue.quote(m.key + "_x") + ":" + value)
                case (true, .duplicate): parts.append(JSONValue.quote(m.key) + ":" + value); parts.append(JSONValue.quote(m.key) + ":" + value)
                default: parts.append(JSONValue.quote(m.key) + ":" + value)
                }
            }
            return "{" + parts.joined(separator: ",") + "}"
        case .array(let items):
            return "[" + items.enumerated().map { render($1, path: path + [$0], target: target, mutation: mutation) }.joined(separator: ",") + "]"
        default: return v.canonical
        }
    }

    /// Paths of every value and whether it is an object member.
    static func paths(_ v: JSONValue, _ path: [Int] = []) -> [(path: [Int], member: Bool)] {
        switch v.kind {
        case .object(let ms): return ms.enumerated().flatMap { [(path + [$0.offset], true)] + paths($0.element.value, path + [$0.offset]).dropFirst() }
        case .array(let items): return items.enumerated().flatMap { [(path + [$0.offset], false)] + paths($0.element, path + [$0.offset]).dropFirst() }
        default: return [(path, false)]
        }
    }

    /// Validates `text`; on success also computes every size and estimate (the arithmetic the
    /// range checks protect). Returns false for a silent refusal (an error without a message).
    @discardableResult
    static func check(text: String, source: String) -> Bool {
        do {
            let spec = try SpecDecoder.load(text: text, source: source)
            exercise(spec, source: source)
            return true
        } catch let e as SpecError {
            return !e.messages.isEmpty && e.messages.allSatisfy { !$0.message.isEmpty } && !e.description.isEmpty
        } catch {
            return !"\(error)".isEmpty
        }
    }

    static func exercise(_ spec: Spec, source: String) {
        guard let kind = KindRegistry.kind(named: spec.kind), let configurations = try? Sweep.expand(spec, source: source) else { return }
        let some = Array(configurations.prefix(12)) + Array(configurations.suffix(4))
        let estimator = TimeEstimate()
        var small: [Configuration] = []
        for c in some {
            // Building a mechanism may allocate its parameters (Linformer's E and F are k x L):
            // only small configurations go that far (large ones are covered by Limits' guard).
            let elements = ["batch", "heads", "seq_len", "linformer_k", "features", "head_dim", "d_model", "d_ff", "vocab"]
                .reduce(1.0) { $0 * max(1, c.values[$1]?.doubleValue ?? 1) }
            if elements <= 0x1p27 { _ = try? kind.predictedBytes(c, spec: spec); small.append(c) }
            _ = estimator.seconds(c, spec: spec, kind: kind)
        }
        _ = estimator.total(small, spec: spec, kind: kind)
    }

    func shippedSpecs() throws -> [(path: String, text: String)] {
        let paths = Catalog.specPaths(Self.experimentsDir)
        XCTAssertGreaterThanOrEqual(paths.count, 5, "shipped specs in \(Self.experimentsDir)")
        return try paths.map { ($0, try String(contentsOfFile: $0, encoding: .utf8)) }
    }

    func testMutatedSpecsNeverCrashAndAlwaysExplain() throws {
        var mutants = 0, refusedSilently: [String] = []
        let started = Date()
        for (path, text) in try shippedSpecs() {
            let json = try JSONReader.parse(text)
            XCTAssertTrue(Self.check(text: text, source: path), "\(path) as shipped")
            let all = Self.paths(json)
            for (n, p) in all.enumerated() {
                // Extremes rotating through the list, so every extreme lands on many keys while
                // the test stays fast: two per value of the settings, fixed and sweep sections
                // (depth <= 3), one per value elsewhere (plots); key operations on members
                // of those sections.
                let deep = p.path.count > 3 || (p.path.first.map { i -> Bool in
                    if case .object(let ms) = json.kind { return ms[i].key == "plots" || ms[i].key == "description" }
                    return false
                } ?? false)
                var mutations: [Mutation] = (0..<(deep ? 1 : 2)).map { .replace(Self.extremes[(n * 2 + $0) % Self.extremes.count]) }
                if p.member && !deep { mutations += [.delete, .rename, .duplicate] }
                for m in mutations {
                    let t = Self.render(json, target: p.path, mutation: m)
                    mutants += 1
                    if !Self.check(text: t, source: path) { refusedSilently.append("\(path) \(p.path) \(m)") }
                }
            }
            // Truncations, bad bytes, deep nesting around the whole document.
            let bytes = Array(text.utf8)
            var texts: [String] = []
            for k in stride(from: 0, to: bytes.count, by: max(1, bytes.count / 12)) {
                texts.append(String(decoding: bytes[..<k], as: UTF8.self))
                var bad = bytes
                bad[k] = [0xFF, 0x00, 0x80, 0x22, 0x7B][k % 5]
                texts.append(String(decoding: bad, as: UTF8.self))
            }
            texts.append(String(repeating: "[", count: 100_000))
            texts.append(String(repeating: "{\"a\":", count: 1000) + "1" + String(repeating: "}", count: 1000))
            texts.append("[" + text + "]")
            for t in texts {
                mutants += 1
                if !Self.check(text: t, source: path) { refusedSilently.append("\(path) text mutant") }
            }
            // Bad bytes through the file reader (not UTF-8).
            let file = NSTemporaryDirectory() + "fuzz-\(getpid()).json"
            var bad = bytes
            bad.insert(0xFF, at: bytes.count / 2)
            FileManager.default.createFile(atPath: file, contents: Data(bad))
            XCTAssertThrowsError(try SpecDecoder.load(path: file)) { XCTAssertTrue("\($0)".contains("not UTF-8"), "\($0)") }
            try? FileManager.default.removeItem(atPath: file)
        }
        XCTAssertEqual(refusedSilently, [], "refusals without a message")
        XCTAssertGreaterThan(mutants, 500)
        print("fuzz: \(mutants) mutants in \(String(format: "%.1f", Date().timeIntervalSince(started))) s")
    }

    func testOverrideSampleNeverCrashes() throws {
        let keys = ["heads", "seq_len", "batch", "head_dim", "features", "warmup", "repeats", "samples", "memory_budget_bytes",
                    "time_budget_seconds", "max_configurations", "mechanism", "steps", "input_scale", "finetune_fraction", "seed", "layers"]
        let values = ["4611686018427387904", "9223372036854775808", "-1", "0", "1e308", "1e999", "-1e999", "nan", "inf", "",
                      "a,b", "1,1", "65536", "16777216", "exact,performer-softmax", "1000000000"]
        for (path, _) in try shippedSpecs() {
            let spec = try SpecDecoder.load(path: path)
            for (i, k) in keys.enumerated() {
                for v in [values[i % values.count], values[(i + 5) % values.count], values[(i + 11) % values.count], values[(i + 3) % values.count]] {
                    do {
                        let o = try Override(parsing: "\(k)=\(v)")
                        let s = try Override.apply([o], to: spec, source: path)
                        Self.exercise(s, source: path)
                    } catch let e as SpecError {
                        XCTAssertFalse(e.messages.isEmpty || e.description.isEmpty, "\(path) --set \(k)=\(v)")
                    } catch {
                        XCTAssertFalse("\(error)".isEmpty, "\(path) --set \(k)=\(v)")
                    }
                }
            }
        }
    }

    /// Malformed specs, each with a message naming the key and the limit.
    func testIssueCasesGiveClearErrors() throws {
        let base = timingSpec()
        for (value, key) in [("1e308", "memory_budget_bytes"), ("9223372036854775808", "memory_budget_bytes"), ("\"1e300TiB\"", "memory_budget_bytes")] {
            let text = base.replacingOccurrences(of: "\"repeats\": 1", with: "\"repeats\": 1, \"\(key)\": \(value)")
            let m = specMessages { try load(text) }
            XCTAssertTrue(m.contains { $0.message.contains(key) }, "\(value): \(m)")
        }
        let spec = try load(base)
        for (set, expected) in [("heads=4611686018427387904", "heads = 4611686018427387904 exceeds the limit 4096"),
                                ("warmup=1000000000", "warmup = 1000000000 exceeds the limit 1000"),
                                ("repeats=1000000000", "repeats = 1000000000 exceeds the limit 1000"),
                                ("samples=9223372036854775807", "exceeds the limit 1000000"),
                                ("seq_len=9223372036854775808", "seq_len must be an integer")] {
            let m = specMessages { try Override.apply([try Override(parsing: set)], to: spec, source: "t.json") }
            XCTAssertTrue(m.contains { $0.message.contains(expected) }, "\(set): \(m)")
        }
        // Each size within its limit, the product over the overflow guard.
        let big = specMessages { try Override.apply([try Override(parsing: "heads=4096"), try Override(parsing: "batch=65536"), try Override(parsing: "seq_len=16777216")], to: spec, source: "t.json") }
        XCTAssertTrue(big.contains { $0.message.contains("configuration too large") }, "\(big)")
        // A range running to 1e308 stops at the limit instead of trapping in Int().
        let range = specMessages { try load(timingSpec(sweep: #""seq_len": {"from": 1, "to": 1e308, "factor": 2}"#)) }
        XCTAssertTrue(range.contains { $0.message.contains("seq_len") }, "\(range)")
    }

    /// `--set` narrowing a sweep drops an exclude entry that no longer matches, with a note.
    func testOverridesComposeWithExcludes() throws {
        let spec = try load(timingSpec(sweep: #""mechanism": ["exact", "linformer"], "causal": [false, true], "seq_len": [256, 512]"#,
                                       extra: #""exclude": [{"mechanism": "linformer", "causal": true}]"#))
        let narrowed = try Override.apply([try Override(parsing: "mechanism=exact")], to: spec, source: "t.json")
        XCTAssertTrue(narrowed.exclude.isEmpty)
        XCTAssertTrue(narrowed.notes.contains { $0.contains("exclude entry 1") && $0.contains("dropped") }, "\(narrowed.notes)")
        XCTAssertEqual(try Sweep.expand(narrowed, source: "t.json").count, 4)
        // Still matching: kept.
        let kept = try Override.apply([try Override(parsing: "seq_len=256")], to: spec, source: "t.json")
        XCTAssertEqual(kept.exclude.count, 1)
        XCTAssertTrue(kept.notes.isEmpty)
        // The shipped timing-attention narrowed as in the issue.
        let shipped = try SpecDecoder.load(path: Self.experimentsDir + "/timing-attention.json")
        XCTAssertNoThrow(try Override.apply([try Override(parsing: "mechanism=exact,performer-softmax")], to: shipped, source: "timing-attention.json"))
    }

    func testRangesStayBounded() throws {
        let m = specMessages { try load(timingSpec(sweep: #""seq_len": {"from": 0, "to": 1, "step": 1e-300}"#)) }
        XCTAssertTrue(m.contains { $0.message.contains("more than 100000 values") }, "\(m)")
    }
}
