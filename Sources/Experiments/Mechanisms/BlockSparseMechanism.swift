import Attention

/// BigBird-style block-sparse attention: sliding, global and random key blocks per query block.
///
/// Defaults (block, window_blocks, global_blocks, random_blocks) = (64, 1, 2, 3): what every
/// committed result ran.
enum BlockSparseMechanism {
    static let descriptor = MechanismDescriptor(
        family: "block-sparse", summary: "BigBird-style local + global + random blocks (BlockSparseAttention)",
        parameters: [
            ParameterInfo("block", .int, .int(64), min: 1, "block-sparse: block size in tokens"),
            ParameterInfo("window_blocks", .int, .int(1), min: 0, "block-sparse: sliding blocks on each side of the query block (1: BigBird's 3 sliding blocks)"),
            ParameterInfo("global_blocks", .int, .int(2), min: 0, "block-sparse: global blocks"),
            ParameterInfo("random_blocks", .int, .int(3), min: 0, "block-sparse: random blocks per row block"),
        ],
        presets: [("block-sparse", [:], "BigBird-style: block 64, 1 sliding block each side, 2 global, 3 random blocks")],
        options: { Options($0) },
        check: { o, c in
            let L = c.int("seq_len")
            return L % o.block == 0 ? nil : "seq_len = \(L) must be a multiple of block = \(o.block)"
        },
        // Each query block meets (2 window + 1) sliding, 2 global (rows and columns) and the
        // random key blocks: 4 L b (2w + 1 + 2g + r) d per (batch, head).
        forwardFlops: { o, s in
            let blocks = 2 * o.windowBlocks + 1 + 2 * o.globalBlocks + o.randomBlocks
            return 4 * Double(s.batch * s.heads * s.length) * Double(o.block * blocks) * Double(s.headDim)
        },
        build: { o, c, seed in
            BlockSparseAttention(blockSize: o.block, windowBlocks: o.windowBlocks, globalBlocks: o.globalBlocks,
                                 randomBlocks: o.randomBlocks, causal: c.bool("causal"), seed: seed)
        })

    /// The block-sparse parameters of one configuration, parsed once.
    struct Options: Sendable {
        var block: Int
        var windowBlocks: Int
        var globalBlocks: Int
        var randomBlocks: Int

        init(_ c: Configuration) {
            block = c.int("block")
            windowBlocks = c.int("window_blocks")
            globalBlocks = c.int("global_blocks")
            randomBlocks = c.int("random_blocks")
        }
    }
}
