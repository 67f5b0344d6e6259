extension Spec {
    /// The `arm` column of the training kinds, the x axis of their per-mechanism plots: the
    /// 1-based position of the configuration's mechanism in this spec's `mechanism` sweep
    /// axis (1 when the spec does not sweep mechanisms).
    func arm(of c: Configuration) -> Int {
        let mechanisms = sweep.first { $0.name == "mechanism" }?.values.compactMap(\.stringValue) ?? []
        return (mechanisms.firstIndex(of: c.string("mechanism")) ?? 0) + 1
    }
}
