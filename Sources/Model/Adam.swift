import CKernels
import PerformerTensor

/// Learning rate as a function of the step (0-based): linear warm-up to `peak` over
/// `warmupSteps`, then constant, inverse square root (peak * sqrt(warmup / (step + 1))) or
/// cosine down to a floor at `totalSteps`.
public struct LearningRateSchedule: Codable, Equatable, Sendable {
    /// After warm-up: `constant` (peak), `inverseSqrt` (peak x sqrt(warmup / step)) or
    /// `cosine` (half a cosine from peak at the end of warm-up down to `floor` x peak at
    /// `totalSteps`, then flat at the floor).
    public enum Decay: String, Codable, Sendable, CaseIterable { case constant, inverseSqrt = "inverse-sqrt", cosine }
    public var peak: Float
    public var warmupSteps: Int
    var decay: Decay
    /// Steps of the whole run (cosine only: where the rate reaches the floor).
    var totalSteps: Int
    /// Final rate as a fraction of the peak (cosine only).
    public var floor: Float

    /// The cosine decay's default final rate as a fraction of peak (the spec parameter
    /// `lr_floor` and `repro train --lr-floor` default to it).
    public static let defaultFloor = 0.1
    /// The default peak learning rate (the spec parameter `learning_rate` defaults to it).
    public static let defaultPeak = 1e-3

    public init(peak: Float = Float(defaultPeak), warmupSteps: Int = 100, decay: Decay = .constant, totalSteps: Int = 0, floor: Float = Float(defaultFloor)) {
        self.peak = peak; self.warmupSteps = warmupSteps; self.decay = decay
        self.totalSteps = totalSteps; self.floor = floor
    }

    /// The rate used at `step` (0-based).
    func rate(at step: Int) -> Float {
        let s = Float(step + 1), w = Float(max(warmupSteps, 0))
        if s <= w { return peak * s / w }
        switch decay {
        case .constant: return peak
        case .inverseSqrt: return w > 0 ? peak * (w / s).squareRoot() : peak / s.squareRoot()
        case .cosine:
            let span = Float(max(totalSteps - max(warmupSteps, 0), 1))
            let progress = min(max((s - w) / span, 0), 1)
            let shape = 0.5 * (1 + Float(cos(Double.pi * Double(progress))))
            return peak * (floor + (1 - floor) * shape)
        }
    }
}

/// Adam with decoupled weight decay (AdamW) and global-norm gradient clipping.
///
/// Defaults are the paper's (beta1 0.9, beta2 0.98, eps 1e-9), clipping at global norm 0.5,
/// weight decay 1e-4 (applied to tensors of rank >= 2 only, see `decays(_:)`).
public final class AdamOptimizer {
    public struct Settings: Codable, Equatable, Sendable {
        public var schedule: LearningRateSchedule
        var beta1: Float
        var beta2: Float
        var eps: Float
        /// Largest global gradient norm; larger gradients are scaled down to it (0 = no clipping).
        var clipNorm: Float
        /// Decoupled weight decay per step, multiplied by the learning rate.
        public var weightDecay: Float
        /// The clipping norm of every training run (the report's explanations cite it).
        public static let defaultClipNorm: Float = 0.5
        public init(schedule: LearningRateSchedule = LearningRateSchedule(), beta1: Float = 0.9,
                    beta2: Float = 0.98, eps: Float = 1e-9, clipNorm: Float = defaultClipNorm, weightDecay: Float = 1e-4) {
            self.schedule = schedule; self.beta1 = beta1; self.beta2 = beta2; self.eps = eps
            self.clipNorm = clipNorm; self.weightDecay = weightDecay
        }
    }

    let settings: Settings
    public let parameters: [Parameter]
    private var moments: [(m: Tensor, v: Tensor)]
    /// Steps taken (the next step's 0-based index).
    public private(set) var step = 0

    public init(parameters: [Parameter], settings: Settings = Settings()) {
        self.parameters = parameters
        self.settings = settings
        moments = parameters.map { (Tensor(zeros: $0.shape), Tensor(zeros: $0.shape)) }
    }

    /// Weight decay applies to tensors of rank >= 2 (weights, embedding, E, F), not to
    /// biases or LayerNorm gains.
    static func decays(_ p: Parameter) -> Bool { p.value.rank >= 2 }

    /// Global L2 norm of all gradients.
    func gradientNorm() -> Double {
        parameters.reduce(0.0) { $0 + ck_sum_squares($1.grad.data, $1.grad.count) }.squareRoot()
    }

    /// Clips, then updates every parameter from its gradient. Returns (gradient norm before
    /// clipping, learning rate used).
    @discardableResult
    func update() -> (gradNorm: Double, learningRate: Float) {
        let norm = gradientNorm()
        var scale: Float = 1
        if settings.clipNorm > 0, norm > Double(settings.clipNorm) { scale = Float(Double(settings.clipNorm) / norm) }
        let lr = settings.schedule.rate(at: step)
        step += 1
        let bc1 = 1 - Float(pow(Double(settings.beta1), Double(step)))
        let bc2 = 1 - Float(pow(Double(settings.beta2), Double(step)))
        for (p, mv) in zip(parameters, moments) {
            let wd = AdamOptimizer.decays(p) ? settings.weightDecay : 0
            let (w, g, m, v) = (p.value.data, p.grad.data, mv.m.data, mv.v.data)
            WorkerPool.forEachChunk(p.value.count, minChunk: 1 << 16) { _, a, b in
                ck_adam_update(w + a, g + a, m + a, v + a, b - a, lr,
                               settings.beta1, settings.beta2, settings.eps, bc1, bc2, wd, scale)
            }
        }
        return (norm, lr)
    }
}

#if canImport(Glibc)
import Glibc
#else
import Foundation
#endif
