import Foundation

/// One results CSV being written: opened (created with its header, or read back to resume),
/// appended to one configuration at a time with a single write each, so a crash or Ctrl-C
/// leaves every finished row valid. Nothing already written is overwritten: a partial last
/// line (a kill mid-write) is cut off, and `--force` first renames the old file aside.
public final class ResultsStore {
    public let path: String
    public let header: [String]
    /// Rows already in the file when it was opened.
    public private(set) var existingRows: [[String: String]] = []
    /// Messages for the user (a partial line cut, a file moved aside).
    public private(set) var notes: [String] = []
    private var handle: FileHandle?

    /// Opens `path` for appending. With `force`, an existing file is renamed to
    /// PATH.bak-DATE first. Throws when an existing file's header differs.
    public init(path: String, header: [String], force: Bool) throws {
        self.path = path
        self.header = header
        let fm = FileManager.default
        try fm.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        if force && fm.fileExists(atPath: path) {
            let backup = path + ".bak-" + Self.stamp()
            try fm.moveItem(atPath: path, toPath: backup)
            notes.append("--force: kept the old results as \(backup)")
        }
        if !fm.fileExists(atPath: path) {
            let headerLine = CSVWriter.line(Dictionary(uniqueKeysWithValues: header.map { ($0, $0) }), header: header)
            guard fm.createFile(atPath: path, contents: Data(headerLine.utf8)) else { throw CSVError("\(path): cannot create the file") }
        }
        guard let h = FileHandle(forUpdatingAtPath: path) else { throw CSVError("\(path): cannot open for writing") }
        // One writer per file: a second run of the same spec stops here instead of mixing rows.
        guard flock(h.fileDescriptor, LOCK_EX | LOCK_NB) == 0 else {
            try? h.close()
            throw CSVError("\(path) is being written by another repro run (wait for it, or use --out DIR)")
        }
        handle = h
        let table = try CSVReader.read(path: path)
        guard table.header == header else {
            throw CSVError("\(path) has other columns than this spec writes (it was written by another version or kind); rerun with --force (the old file is kept as a .bak) or --out DIR")
        }
        existingRows = table.rows
        if table.hadPartialLine {
            guard ftruncate(h.fileDescriptor, __off_t(table.completeBytes)) == 0 else { throw CSVError("\(path): cannot cut the partial last line") }
            notes.append("\(path): dropped an incomplete last line (a run was interrupted mid-write)")
        }
        h.seekToEndOfFile()
    }

    deinit { try? handle?.close() }

    /// Configuration keys with at least `rowsPerConfiguration` final rows (ok,
    /// skipped_memory, skipped_time): a configuration whose rows were cut short by a kill
    /// mid-write counts as unfinished and runs again.
    public func finishedKeys(rowsPerConfiguration: Int) -> Set<String> {
        var counts: [String: Int] = [:]
        for r in existingRows where ResultColumns.Status(rawValue: r["status"] ?? "")?.isFinal ?? false {
            counts[r["config_key"] ?? "", default: 0] += 1
        }
        return Set(counts.filter { $0.value >= rowsPerConfiguration }.keys)
    }

    /// Appends the rows of one configuration in one write and flushes them to the file.
    public func append(_ rows: [[String: String]]) throws {
        let text = rows.map { CSVWriter.line($0, header: header) }.joined()
        guard let handle else { throw CSVError("\(path): closed") }
        try handle.write(contentsOf: Data(text.utf8))
        try handle.synchronize()
    }

    static func stamp() -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyyMMdd-HHmmss"
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
}
