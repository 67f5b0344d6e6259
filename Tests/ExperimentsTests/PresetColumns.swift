import Experiments

/// The mechanism parameter columns the report reads to pick lines and curves.
let mechanismColumns = ["kernel", "projection", "redraw", "numerics", "linformer_k"]

/// `row` with `mechanism` = `name` and the cells of `mechanismColumns` the harness writes for
/// preset `name` (empty for other families): a synthetic result row that the report picks
/// by its columns as it picks committed rows. The row's own cells win.
func withPresetColumns(_ name: String, _ row: [String: String]) -> [String: String] {
    let cells = (try? MechanismRegistry.configuration(name).cells) ?? [:]
    var own: [String: String] = ["mechanism": name]
    for c in mechanismColumns { own[c] = cells[c] ?? "" }
    return own.merging(row) { _, mine in mine }
}
