/// What a result row's columns say about its mechanism, for readers that know the CSV only.
///
/// Every row carries its mechanism's parameter columns, empty for the other families: FAVOR+
/// rows are the rows with a `kernel`, Linformer rows the rows with a `linformer_k`. The
/// families without parameters (softmax attention, its tiled twin, the identity) differ only
/// by the preset name in the `mechanism` column: those names live here, and their
/// descriptors name their family and preset with them.
public enum MechanismColumns {
    /// Softmax attention, O(L^2) (family and preset name).
    public static let exact = "exact"
    /// Softmax attention tiled with an online softmax (family and preset name).
    public static let exactFlash = "exact-flash"
    /// The paper's "X": attention replaced by the identity on V (family and preset name).
    public static let identity = "identity"

    /// Whether the row's mechanism is FAVOR+ (it has a feature map).
    public static func isFavor(_ row: [String: String]) -> Bool { !(row["kernel"] ?? "").isEmpty }
    /// Whether the row's mechanism is Linformer (it has a projected length).
    public static func isLinformer(_ row: [String: String]) -> Bool { !(row["linformer_k"] ?? "").isEmpty }
    /// Whether the row's mechanism computes exact softmax attention (plain or tiled).
    public static func isExactSoftmax(_ row: [String: String]) -> Bool { isExactSoftmax(mechanism: row["mechanism"] ?? "") }
    /// Whether a `mechanism` cell names exact softmax attention (plain or tiled).
    public static func isExactSoftmax(mechanism: String) -> Bool { mechanism == exact || mechanism == exactFlash }
}
