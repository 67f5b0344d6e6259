import Attention

/// BigBird-style block-sparse attention: sliding, global and random key blocks per query block.
///
/// Defaults (block, window_blocks, global_blocks, random_blocks) = (64, 1, 2, 3): what every
/// committed result ran.
public enum BlockSparseMechanism {
    public static let descriptor = MechanismDescriptor(
        family: "block-sparse", summary: "BigBird-style local + global + random blocks (BlockSparseAttention)",
        parameters: [
            ParameterInfo("block", .int, .int(64), min: 1, "block-sparse: block size in tokens"),
            ParameterInfo("window_blocks", .int, .int(1), min: 0, "block-sparse: sliding blocks on each side of the query block (1: BigBird's 3 sliding blocks)"),
            ParameterInfo("global_blocks", .int, .int(2), min: 0, "block-sparse: global blocks"),
            ParameterInfo("random_blocks", .int, .int(3), min: 0, "block-sparse: random blocks per row block"),
        ],
        presets: [("block-sparse", [:], "BigBird-style: block 64, 1 sliding block each side, 2 global, 3 random blocks")],
        check: { c in
            let L = c.int("seq_len"), b = c.int("block")
            return L % b == 0 ? nil : "seq_len = \(L) must be a multiple of block = \(b)"
        },
        // Each query block meets (2 window + 1) sliding, 2 global (rows and columns) and the
        // random key blocks: 4 L b (2w + 1 + 2g + r) d per (batch, head).
        forwardFlops: { c in
            let s = c.attentionShape
            let blocks = 2 * c.int("window_blocks") + 1 + 2 * c.int("global_blocks") + c.int("random_blocks")
            return 4 * Double(s.batch * s.heads * s.length) * Double(c.int("block") * blocks) * Double(s.headDim)
        },
        build: { c, seed in
            BlockSparseAttention(blockSize: c.int("block"), windowBlocks: c.int("window_blocks"), globalBlocks: c.int("global_blocks"),
                                 randomBlocks: c.int("random_blocks"), causal: c.bool("causal"), seed: seed)
        })
}
