import Foundation
import Model
import ResultsFormat
import Statistics

/// Explanation paragraphs of the transfer sections, each generated only when every premise it
/// rests on holds in the data. A premise is a checked condition printed with its numbers; if
/// one fails (or cannot be checked) the paragraph is left out: the report says nothing its
/// numbers do not support.
enum Explanation {
    /// One premise: what is checked, the numbers, and whether it holds.
    struct Premise { var text: String; var holds: Bool }

    /// The paragraph, or nil unless every premise holds.
    static func paragraph(_ title: String, premises: [Premise], conclusion: String) -> String? {
        guard !premises.isEmpty, premises.allSatisfy(\.holds) else { return nil }
        return "\(title) Premises (each checked in this run's data): " + premises.enumerated().map { "(\($0.offset + 1)) \($0.element.text)" }.joined(separator: "; ") + ". Hence: " + conclusion
    }

    /// The gradient clipping norm of the fine-tuning runs (TransferTraining uses Adam's default).
    static let clipNorm = Double(AdamOptimizer.Settings.defaultClipNorm)
    /// Attention at step 0 is "far from exact" when some layer's relative error is at least this.
    static let largeAttentionError = 0.1

    /// Why the transferred Performer starts low. Premises: the step-0 accuracy is more than
    /// `points` below the reference; some layer's attention is >= 10% (relative) away from
    /// exact; and with the largest trained |q|^2/sqrt(d) + |k|^2/sqrt(d) = s, Lemma 2's
    /// relative MSE of the kernel estimate for an aligned pair, (e^s - 1)/m, exceeds 1.
    static func drop(variant: String, accuracy a0: Double, reference: Double, points: Double, errors: String,
                     q: Double?, k: Double?, features m: Double?) -> String? {
        let layerErrors = errors.split(whereSeparator: { " ,;/".contains($0) }).compactMap { Double($0) }
        guard let worst = layerErrors.max(), let q, let k, let m, m > 0 else { return nil }
        let relative = (Foundation.exp(q + k) - 1) / m
        return paragraph("Why the drop.", premises: [
            Premise(text: "step-0 accuracy \(Fmt.g(a0)) is more than \(Fmt.g(points)) below the reference \(Fmt.g(reference))", holds: a0 < reference - points),
            Premise(text: "the transferred attention is \(errors) (relative error by layer) from exact softmax attention, up to \(Fmt.g(worst)) >= \(Fmt.g(largeAttentionError))", holds: worst >= largeAttentionError),
            Premise(text: "largest |q|^2/sqrt(d) = \(Fmt.g(q)), |k|^2/sqrt(d) = \(Fmt.g(k)): Lemma 2's relative MSE (e^(\(Fmt.g(q + k))) - 1)/m with m = \(Fmt.g(m)) is \(Fmt.g(relative)) > 1", holds: relative > 1),
        ], conclusion: "with these trained query and key lengths m = \(Fmt.g(m)) features cannot estimate the sharp trained attention of \(variant); fine-tuning has to reshape it.")
    }

    /// The denominator guard. Premises: without the reference guard the final accuracy is more
    /// than `points` lower; its median gradient norm is more than twice the guarded run's; and
    /// it is above the clipping norm (so clipping shrinks the updates).
    static func guardEffect(unguarded: String, guarded: String, accuracy: (Double, Double), medianGradNorm: (Double, Double), points: Double) -> String? {
        paragraph("The denominator guard.", premises: [
            Premise(text: "\(unguarded) ends at accuracy \(Fmt.g(accuracy.0)), more than \(Fmt.g(points)) below \(guarded) at \(Fmt.g(accuracy.1))", holds: accuracy.0 < accuracy.1 - points),
            Premise(text: "its median gradient norm before clipping \(Fmt.g(medianGradNorm.0)) is more than 2x that of \(guarded) (\(Fmt.g(medianGradNorm.1)))", holds: medianGradNorm.0 > 2 * medianGradNorm.1),
            Premise(text: "\(Fmt.g(medianGradNorm.0)) exceeds the clipping norm \(Fmt.g(clipNorm))", holds: medianGradNorm.0 > clipNorm),
        ], conclusion: "without the reference code's absolute eps on the stabilized denominator, tiny denominators inflate the gradients and clipping shrinks the updates.")
    }
}
