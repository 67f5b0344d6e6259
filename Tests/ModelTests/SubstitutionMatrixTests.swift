@testable import Model
import XCTest

final class SubstitutionMatrixTests: XCTestCase {
    func testParsesATinyMatrixAndRejectsBadOnes() throws {
        let text = "# a comment\n   A  R  D\nA  4 -1 -2\nR -1  5 -2\nD -2 -2  6\n"
        let m = try SubstitutionMatrix(text: text, source: "tiny")
        XCTAssertEqual(m.letters, ["A", "R", "D"])
        XCTAssertEqual(m.score("R", "A"), -1)
        XCTAssertEqual(m.score("D", "D"), 6)
        XCTAssertNil(m.score("A", "W"))
        XCTAssertThrowsError(try SubstitutionMatrix(text: "   A R\nA 1 x\nR 0 1\n", source: "bad")) {
            XCTAssertTrue("\($0)".contains("bad: line 2") && "\($0)".contains("'x'"), "\($0)")
        }
        XCTAssertThrowsError(try SubstitutionMatrix(text: "   A R\nA 1 0\n", source: "short")) { XCTAssertTrue("\($0)".contains("short"), "\($0)") }
        XCTAssertThrowsError(try SubstitutionMatrix.read(path: "/nonexistent/BLOSUM62")) { XCTAssertTrue("\($0)".contains("ncbi-data"), "\($0)") }
    }

    /// The installed BLOSUM62 (skipped without ncbi-data): symmetric, the known entries
    /// W/W = 11, D/E = 2, F/Y = 3, C/C = 9.
    func testBlosum62FromNcbiData() throws {
        guard FileManager.default.fileExists(atPath: SubstitutionMatrix.blosum62Path) else { throw XCTSkip("ncbi-data not installed") }
        let m = try SubstitutionMatrix.read()
        for a in m.letters { for b in m.letters { XCTAssertEqual(m.score(a, b), m.score(b, a)) } }
        XCTAssertEqual(m.score("W", "W"), 11); XCTAssertEqual(m.score("D", "E"), 2)
        XCTAssertEqual(m.score("F", "Y"), 3); XCTAssertEqual(m.score("C", "C"), 9)
    }
}
