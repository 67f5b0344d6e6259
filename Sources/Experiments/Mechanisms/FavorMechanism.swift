import Attention

/// FAVOR+ (FavorAttention): softmax-kernel estimators (positive, hyperbolic, trig) with a
/// random projection, and generalized kernels (relu, ...) with or without one.
public enum FavorMechanism {
    /// Kernels that estimate the softmax kernel with random features (they need a projection).
    static let softmaxKernels: Set<String> = Set(FeatureMapKind.allCases.filter(\.isSoftmaxKernel).map(\.rawValue))

    /// The `projection` value of deterministic features (no random projection).
    static let noProjection = "none"

    static let descriptor = MechanismDescriptor(
        family: "favor", summary: "FAVOR+ random-feature attention, O(L m d) (FavorAttention)",
        parameters: [
            ParameterInfo("kernel", .string, .string("positive"), allowed: FeatureMapKind.allCases.map(\.rawValue), "FAVOR+ feature map"),
            ParameterInfo("projection", .string, .string("orthogonal"), allowed: ProjectionPolicy.Kind.allCases.map(\.rawValue) + [noProjection],
                          "random projection W: orthogonal blocks, iid Gaussian, smreg (rows of length sqrt(d)), or none (deterministic features)"),
            ParameterInfo("features", .int, .int(256), min: 1, "number of random features m (absent without a projection)"),
            ParameterInfo("redraw", .bool, .bool(true), "draw a new projection every step (absent without a projection)"),
            ParameterInfo("epsilon", .double, .double(0), min: 0, "added to generalized features (Performer-ReLU: 1e-3)"),
            ParameterInfo("denominator_guard", .string, .string("underflow"), allowed: DenominatorGuard.allCases.map(\.rawValue),
                          "FAVOR+ denominator guard under numerics strict: underflow (non-negative maps only guard an underflowed D) or reference (D + 2e-6 where |D| <= 1e-6, D the unstabilized denominator); numerics reference always uses the reference code's guard"),
            ParameterInfo("numerics", .string, .string("strict"), allowed: FavorNumerics.allCases.map(\.rawValue),
                          "FAVOR+ numerics: strict (causal rows never read later keys, no per-feature eps, scale-invariant guard) or reference (the reference JAX code's forward: per-feature eps 1e-6, its maxima, its guard on the stabilized D)"),
        ],
        presets: [
            ("performer-softmax", [:], "FAVOR+: positive features, orthogonal, m = 256, redraw"),
            ("performer-softmax-iid", ["projection": .string("iid")], "positive features, iid projection, m = 256, redraw"),
            ("performer-softmax-noredraw", ["redraw": .bool(false)], "positive features, orthogonal, m = 256, one fixed draw"),
            ("performer-softmax-reference", ["numerics": .string("reference")],
             "positive features, orthogonal, m = 256, redraw; the reference JAX code's numerics (per-feature eps 1e-6, its key max, its guard)"),
            ("performer-trig-reference", ["kernel": .string("trig"), "numerics": .string("reference")],
             "trigonometric features, orthogonal, m = 256, redraw; the reference JAX code's numerics"),
            ("performer-hyperbolic", ["kernel": .string("hyperbolic")], "hyperbolic positive features, orthogonal, m = 256, redraw"),
            ("performer-trig", ["kernel": .string("trig")], "trigonometric (sin/cos) features, orthogonal, m = 256, redraw"),
            ("performer-relu", ["kernel": .string("relu"), "projection": .string("none"), "epsilon": .double(1e-3)],
             "generalized attention: relu(x) + 1e-3, no projection"),
        ],
        options: { try Options($0) },
        // Deterministic generalized features have no random projection, so no m and no redraw.
        applies: { name, o in (name != "features" && name != "redraw") || o.projection != nil },
        check: { o, _ in
            o.kernel.isSoftmaxKernel && o.projection == nil
                ? "kernel \(o.kernel.rawValue) estimates softmax with random features: projection \"none\" is not valid (use orthogonal or iid)" : nil
        },
        // With a projection: X W^T for Q and K (2 L m d each); always: phi(K)^T V and
        // phi(Q) S (2 L r d each), r the feature count (2m for hyperbolic and trig; d
        // without a projection). Positive features: 8 L m d per (batch, head).
        forwardFlops: { o, s in
            let L = Double(s.length), d = Double(s.headDim), bh = Double(s.batch * s.heads)
            let r = Double(o.kernel.featureCount(projectionRows: o.features, dim: s.headDim, useProjection: o.projection != nil))
            return bh * ((o.projection != nil ? 4 * L * Double(o.features) * d : 0) + 4 * L * r * d)
        },
        build: { o, c, seed in
            // Without a projection W is never drawn; the policy's kind is then irrelevant.
            let policy = ProjectionPolicy(kind: o.projection ?? .iid, scaling: .gaussianNorms,
                                          redraw: o.projection != nil && o.redraw ? .perStep : .never, seed: seed)
            return FavorAttention(
                featureMap: o.kernel, features: o.projection != nil ? o.features : c.int("head_dim"), projection: policy,
                causal: c.bool("causal"), epsilon: o.epsilon, useProjection: o.projection != nil,
                denominatorGuard: o.denominatorGuard, numerics: o.numerics)
        })

    /// FAVOR+'s parameters of one configuration, parsed once.
    public struct Options: Sendable {
        var kernel: FeatureMapKind
        /// The random projection W; nil for `projection` "none" (deterministic features).
        public var projection: ProjectionPolicy.Kind?
        /// Random features m (read as its default where it does not apply).
        public var features: Int
        public var redraw: Bool
        public var epsilon: Float
        var denominatorGuard: DenominatorGuard
        var numerics: FavorNumerics

        public init(_ c: Configuration) throws {
            kernel = try c.parse("kernel", as: FeatureMapKind.self)
            projection = c.string("projection") == FavorMechanism.noProjection ? nil : try c.parse("projection", as: ProjectionPolicy.Kind.self)
            features = c.int("features")
            redraw = c.bool("redraw")
            epsilon = Float(c.double("epsilon"))
            denominatorGuard = try c.parse("denominator_guard", as: DenominatorGuard.self)
            numerics = try c.parse("numerics", as: FavorNumerics.self)
        }
    }
}
