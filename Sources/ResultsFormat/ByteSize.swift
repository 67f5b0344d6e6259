import Foundation

/// Byte sizes written as integers or strings such as "16GiB", "512 MiB", "2GB", "1e9".
public enum ByteSize {
    public static func parse(_ text: String) -> Int? {
        let t = text.trimmingCharacters(in: .whitespaces)
        let units: [(String, Double)] = [
            ("KiB", 1024), ("MiB", 1024 * 1024), ("GiB", 1024 * 1024 * 1024), ("TiB", 1024 * 1024 * 1024 * 1024),
            ("KB", 1e3), ("MB", 1e6), ("GB", 1e9), ("TB", 1e12), ("B", 1),
        ]
        for (suffix, factor) in units where t.hasSuffix(suffix) {
            let number = t.dropLast(suffix.count).trimmingCharacters(in: .whitespaces)
            guard let x = Double(number), x >= 0, x * factor < 0x1p62 else { return nil }
            return Int(x * factor)
        }
        guard let x = Double(t), x >= 0, x < 0x1p62 else { return nil }
        return Int(x)
    }

    /// "1.5 GiB", "256 MiB", "12 KiB", "100 B".
    public static func format(_ bytes: Int) -> String {
        let b = Double(bytes)
        if b >= Double(1 << 30) { return String(format: "%.2f GiB", b / Double(1 << 30)) }
        if b >= Double(1 << 20) { return String(format: "%.1f MiB", b / Double(1 << 20)) }
        if b >= Double(1 << 10) { return String(format: "%.1f KiB", b / Double(1 << 10)) }
        return "\(bytes) B"
    }
}
