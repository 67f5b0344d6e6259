/// The verdict on one claim of the paper, decided from its checks (`Decision`).
public enum Verdict: String, Equatable, Sendable {
    case holds = "holds"
    case doesNotHold = "does not hold"
    /// The effect's interval straddles the threshold: more samples would decide it (the claim
    /// carries how many, `Claim.nNeeded`).
    case inconclusive = "inconclusive"
    case notMeasured = "not measured"

    /// Several checks of one claim: not measured if none was measured; does not hold if any
    /// measured check does not; else inconclusive if any is; else holds.
    public static func all(_ verdicts: [Verdict]) -> Verdict {
        let measured = verdicts.filter { $0 != .notMeasured }
        if measured.isEmpty { return .notMeasured }
        if measured.contains(.doesNotHold) { return .doesNotHold }
        return measured.contains(.inconclusive) ? .inconclusive : .holds
    }
}
