import Foundation

/// `nan` and `inf` in an `ok` row are not results: a measurement that overflowed, or a hand
/// edit, would otherwise pass as a number and quietly change a plot or a verdict. Resuming,
/// plotting and the report refuse them, naming file and line, except in the columns declared
/// here.
public enum FiniteValues {
    /// Columns whose `ok` rows may hold nan or +-inf on purpose: the training curves of the
    /// transfer and task kinds write "nan" for the loss (and what is computed from it) of a
    /// run that diverged, and the transfer kind's attention probe the maxima and errors
    /// (logit_max = -inf, attention_error = nan) of a model whose weights became nan: results
    /// (the report counts divergence), not corrupt cells. Declare a column here, with its
    /// reason, before a kind writes such values.
    public static let allowedColumns: Set<String> = ["loss", "accuracy", "bits_per_byte", "grad_norm", "train_loss", "train_accuracy",
                                                     "logit_max", "query_norm2_max", "key_norm2_max", "attention_error"]

    /// Whether `text` spells nan or an infinity, as Swift and printf write them ("nan",
    /// "-inf", "Infinity"; any case and sign). Only the spellings count: a hash such as
    /// "66472521280e8587" parses as a huge exponent but is not a measurement.
    static func isNonFinite(_ text: String) -> Bool {
        var t = text.trimmingCharacters(in: .whitespaces).lowercased()
        if t.hasPrefix("-") || t.hasPrefix("+") { t.removeFirst() }
        return t == "nan" || t == "inf" || t == "infinity"
    }

    /// Throws for the first cell of an `ok` row of `table` (read from `source`) that is nan
    /// or infinite in a column outside `allowed`.
    public static func check(_ table: CSVTable, source: String, allowed: Set<String> = allowedColumns) throws {
        let columns = table.header.filter { !allowed.contains($0) }
        for (row, line) in zip(table.rows, table.lineNumbers) where row["status"] == "ok" {
            for c in columns {
                if let text = row[c], isNonFinite(text) {
                    throw CSVError("\(source):\(line): \(c) = \"\(text)\" in an ok row is not a finite number (an overflow or a hand edit); delete the row so that the configuration runs again, or declare the column in FiniteValues.allowedColumns")
                }
            }
        }
    }
}
