/// A mechanism whose forward call allocates scratch that it frees before returning (so the
/// scratch is part of `predictedExtraBytes(_, backward: false)`, the call's peak, but not of
/// what the call leaves alive). Whole-model memory predictions use it to count that scratch
/// as a transient of the call rather than as part of the kept cache; a mechanism that does
/// not conform keeps everything its forward figure counts.
public protocol TransientForwardScratch {
    /// Bytes of the forward call's scratch, freed when `forward` returns; included in
    /// `predictedExtraBytes(shape, backward: false)`.
    func predictedForwardScratchBytes(_ shape: AttentionShape) -> Int
}
