import Foundation
import PerformerTensor
import ResultsFormat

/// Reading and writing results/NAME.meta.json.
extension ResultsMetadata {
    /// Reads `path`, or nil when it does not exist. A corrupt file is renamed aside (kept).
    public static func read(path: String) -> (ResultsMetadata?, note: String?) {
        guard let data = FileManager.default.contents(atPath: path) else { return (nil, nil) }
        let d = JSONDecoder()
        d.keyDecodingStrategy = .convertFromSnakeCase
        if let m = try? d.decode(ResultsMetadata.self, from: data) { return (m, nil) }
        let aside = path + ".corrupt-" + ResultsStore.stamp()
        try? FileManager.default.moveItem(atPath: path, toPath: aside)
        return (nil, "\(path) was not readable metadata; kept it as \(aside)")
    }

    /// Writes atomically (a temporary file renamed over the old one).
    public func write(path: String) throws {
        let e = JSONEncoder()
        e.outputFormatting = [.prettyPrinted, .sortedKeys]
        e.keyEncodingStrategy = .convertToSnakeCase
        try AtomicFile.write(try e.encode(self), to: path, faultPoint: "meta-write")
    }

    public static func now() -> String {
        let f = ISO8601DateFormatter()
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
}
