import XCTest
@testable import Model
import PerformerTensor

/// The task generators: determinism from the seed, the ListOps evaluator on hand-made
/// expressions, the layout of MQAR, the fortunes split, and the majority baselines.
final class TaskGeneratorTests: XCTestCase {
    func testListOpsEvaluatorOnHandMadeExpressions() throws {
        let cases: [(String, Int)] = [
            ("[MAX 2 9 [MIN 4 7 ] 0 ]", 9),
            ("[MIN 2 9 [MAX 4 7 ] 0 ]", 0),
            ("[SM 5 6 7 ]", 8),                       // 18 mod 10
            ("[MED 3 1 2 ]", 2),
            ("[MED 1 2 3 8 ]", 2),                    // (2 + 3) / 2 = 2.5 -> 2 (LRA: int(np.median))
            ("[MED 9 8 ]", 8),                        // 8.5 -> 8
            ("[SM [MAX 9 1 ] [MIN 8 3 ] [MED 4 5 6 ] ]", 7),  // 9 + 3 + 5 = 17 -> 7
            ("[MAX [MIN [SM 9 9 ] 5 ] [MED 1 1 ] ]", 5),      // min(8, 5) = 5, med = 1 -> 5
            ("7", 7),
        ]
        for (text, value) in cases {
            let e = try ListOps.parse(text)
            XCTAssertEqual(e.value, value, text)
            XCTAssertEqual(e.text, text, "text round trip")
        }
        for bad in ["[MAX 1 2", "[FOO 1 ]", "[MAX ]", "[MAX 1 ] 2", "12"] {
            XCTAssertThrowsError(try ListOps.parse(bad), bad)
        }
    }

    func testListOpsGeneratorIsDeterministicAndConsistent() throws {
        let a = try ListOps(seed: 7, length: 64), b = try ListOps(seed: 7, length: 64), c = try ListOps(seed: 8, length: 64)
        var differs = 0
        for i in 0..<200 {
            let ea = a.example(i, split: .train)
            XCTAssertEqual(ea, b.example(i, split: .train), "same seed, same example")
            if ea != c.example(i, split: .train) { differs += 1 }
            // The label is the evaluator's value of the generated expression, and the
            // tokens parse back into that expression.
            let e = a.expression(i, split: .train)
            XCTAssertEqual(ea.targets[0], Int32(e.value))
            XCTAssertEqual(try ListOps.parse(e.text), e)
            XCTAssertLessThanOrEqual(e.depth, 10)
            XCTAssertEqual(ea.tokens[0], ListOps.cls)
            XCTAssertEqual(ea.tokens.count, 64)
            XCTAssertTrue(ea.targets.dropFirst().allSatisfy { $0 == -1 })
            XCTAssertGreaterThanOrEqual(e.tokens.count + 1, a.minTokens)
        }
        XCTAssertGreaterThan(differs, 150, "another seed gives other examples")
        XCTAssertNotEqual(a.example(0, split: .train), a.example(0, split: .test), "the splits are different streams")
    }

    func testListOpsClassBalanceAndMajorityBaseline() throws {
        let task = try ListOps(seed: 1, length: 64)
        let n = 2000
        var counts = [Int](repeating: 0, count: 10)
        for i in 0..<n { counts[Int(task.example(i, split: .test).targets[0])] += 1 }
        let majority = task.majorityBaseline(testExamples: n)
        XCTAssertEqual(majority, Double(counts.max()!) / Double(n), accuracy: 1e-12)
        // Every class occurs, and ListOps is imbalanced (MAX pushes to 9, MIN to 0) but no
        // class dominates: the majority baseline lies between 1/10 and 1/2.
        XCTAssertTrue(counts.allSatisfy { $0 > 0 }, "\(counts)")
        XCTAssertGreaterThan(majority, 0.1)
        XCTAssertLessThan(majority, 0.5)
    }

    func testMQARLayoutAndDeterminism() throws {
        let task = try MQAR(seed: 3, length: 40, pairs: 6)
        XCTAssertEqual(task.example(5, split: .train), try MQAR(seed: 3, length: 40, pairs: 6).example(5, split: .train))
        for i in 0..<50 {
            let e = task.example(i, split: .test)
            var value: [Int32: Int32] = [:]
            for p in 0..<6 {
                let k = e.tokens[2 * p], v = e.tokens[2 * p + 1]
                XCTAssertTrue(k >= 0 && k < 32 && v >= 32 && v < 64)
                XCTAssertNil(value[k], "keys are distinct")
                value[k] = v
                XCTAssertEqual(e.targets[2 * p], -1); XCTAssertEqual(e.targets[2 * p + 1], -1)
            }
            for j in 12..<34 { XCTAssertEqual(e.tokens[j], task.pad); XCTAssertEqual(e.targets[j], -1) }
            // Each key is queried once; the target is its value.
            XCTAssertEqual(Set(e.tokens[34...]), Set(value.keys))
            for j in 34..<40 { XCTAssertEqual(e.targets[j], value[e.tokens[j]]) }
        }
        // Values are uniform over 32 tokens: the majority baseline is near 1/32 (its excess
        // over 1/32 is the maximum of 32 binomial counts: a few standard errors).
        let b = task.majorityBaseline(testExamples: 500)
        XCTAssertGreaterThan(b, 1.0 / 32)
        XCTAssertLessThan(b, 0.06)
        XCTAssertThrowsError(try MQAR(seed: 1, length: 10, pairs: 4))
    }

    func testFortuneCategoriesSplitIsDisjointAndDeterministic() throws {
        let dir = Corpus.fortuneDirectories.first { FileManager.default.fileExists(atPath: $0) }
        try XCTSkipIf(dir == nil, "fortunes not installed")
        let a = try FortuneCategories(seed: 1, length: 64), b = try FortuneCategories(seed: 1, length: 64)
        XCTAssertEqual(a.example(17, split: .train), b.example(17, split: .train))
        XCTAssertEqual(a.example(3, split: .test), b.example(3, split: .test))
        let trainSet = Set(a.train.map(\.bytes)), testSet = Set(a.test.map(\.bytes))
        XCTAssertTrue(trainSet.isDisjoint(with: testSet), "no quote in both splits")
        let total = Double(a.train.count + a.test.count)
        XCTAssertEqual(Double(a.test.count) / total, 0.2, accuracy: 0.01)
        // The majority baseline is the largest category's share of the test split (imbalanced).
        let counts = (0..<4).map { c in a.test.filter { $0.label == c }.count }
        XCTAssertEqual(a.majorityBaseline(testExamples: a.test.count), Double(counts.max()!) / Double(a.test.count), accuracy: 1e-12)
        XCTAssertGreaterThan(a.majorityBaseline(testExamples: a.test.count), 0.25)
        // An epoch of training examples visits every training quote once.
        let epoch = Set((0..<a.train.count).map { a.example($0, split: .train).tokens })
        XCTAssertGreaterThan(epoch.count, a.train.count * 9 / 10, "distinct quotes (some share their first 63 bytes)")
        XCTAssertEqual(FortuneCategories.quotes(Array("a\n%\n\n%\nb c\n  \n".utf8)), [Array("a".utf8), Array("b c".utf8)])
    }
}
