import COpenBLAS

extension BLASRuntime {
    /// Runs `body` with OpenBLAS limited to `threads` threads per product, then restores the
    /// previous count. Used when our own workers each run products on disjoint data: one
    /// OpenBLAS thread per worker avoids oversubscribing the cores. The setting is global to
    /// the process, so do not nest this in concurrently running code.
    public static func withThreadCount<T>(_ threads: Int, _ body: () throws -> T) rethrows -> T {
        precondition(threads >= 1)
        let previous = Int(openblas_get_num_threads())
        if previous == threads { return try body() }
        openblas_set_num_threads(Int32(threads))
        defer { openblas_set_num_threads(Int32(previous)) }
        return try body()
    }
}
