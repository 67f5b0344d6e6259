import Foundation
import PerformerTensor
import ResultsFormat

/// One results CSV being written: opened (created with its header, or read back to resume),
/// appended to one configuration at a time with a single write each, so a crash or Ctrl-C
/// leaves every finished row valid. Nothing already written is overwritten: a partial last
/// line (a kill mid-write) is cut off, and `--force` first copies the old file aside. The file
/// is locked (`flock`) from before it is read until the store is released.
final class ResultsStore {
    let path: String
    let header: [String]
    /// Rows already in the file when it was opened.
    private(set) var existingRows: [[String: String]] = []
    /// Messages for the user (a partial line cut, a file moved aside).
    private(set) var notes: [String] = []
    private var handle: FileHandle?

    /// Opens `path` for appending. With `force`, an existing file's rows are copied to
    /// PATH.bak-DATE and the file emptied, under the lock. Throws when an existing file's header differs.
    init(path: String, header: [String], force: Bool) throws {
        self.path = path
        self.header = header
        let folder = (path as NSString).deletingLastPathComponent
        try FileSystem.createDirectory(folder)
        FileSystem.sweepStaleTemporaries(in: folder.isEmpty ? "." : folder).forEach { notes.append("removed \($0), the temporary file of a killed write") }
        // One writer per file, for the file's whole life: locked before anything is read,
        // moved aside or written, so a second run of the same spec stops here.
        let h = try ResultsFileLock.openLocked(path)
        if force && lseek(h.fileDescriptor, 0, SEEK_END) > 0 {
            let backup = path + ".bak-" + Self.stamp()
            try ResultsFileLock.backUpAndEmpty(h, path: path, backup: backup)
            notes.append("--force: kept the old results as \(backup)")
        }
        let headerLine = CSVWriter.line(Dictionary(uniqueKeysWithValues: header.map { ($0, $0) }), header: header)
        try ResultsFileLock.writeHeaderIfEmpty(h, path: path, headerLine: headerLine)
        handle = h
        let table = try CSVReader.read(path: path)
        guard table.header == header else {
            throw CSVError("\(path) has other columns than this spec writes (it was written by another version or kind); rerun with --force (the old file is kept as a .bak) or --out DIR")
        }
        try FiniteValues.check(table, source: path)
        existingRows = table.rows
        if table.hadPartialLine {
            guard ftruncate(h.fileDescriptor, __off_t(table.completeBytes)) == 0 else { throw CSVError("\(path): cannot cut the partial last line") }
            notes.append("\(path): dropped an incomplete last line (a run was interrupted mid-write)")
        }
        h.seekToEndOfFile()
    }

    deinit { try? handle?.close() }

    /// Cuts the rows of a configuration left incomplete at the end of the file (fewer than
    /// `rowsPerConfiguration` rows: a write torn by a crash), so that its rerun does not
    /// duplicate the rows that made it. The cut bytes are checked against the rows'
    /// serialization first; returns a note when something was cut.
    func dropIncompleteTail(rowsPerConfiguration: Int) throws -> String? {
        guard rowsPerConfiguration > 1, let last = existingRows.last?["config_key"], let handle else { return nil }
        let tail = existingRows.reversed().prefix { $0["config_key"] == last }.count
        guard tail < rowsPerConfiguration else { return nil }
        let tailRows = Array(existingRows.suffix(tail))
        let tailBytes = Array(tailRows.map { CSVWriter.line($0, header: header) }.joined().utf8)
        let fd = handle.fileDescriptor
        let end = lseek(fd, 0, SEEK_END)
        guard end >= tailBytes.count else { return nil }
        var found = [UInt8](repeating: 0, count: tailBytes.count)
        guard pread(fd, &found, tailBytes.count, end - off_t(tailBytes.count)) == tailBytes.count, found == tailBytes else { return nil }
        guard ftruncate(fd, end - off_t(tailBytes.count)) == 0 else { throw FileWriteError(path: path, errno: errno) }
        fsync(fd)
        lseek(fd, 0, SEEK_END)
        existingRows.removeLast(tail)
        return "\(path): dropped \(tail) row(s) of a configuration whose other rows were never written (a run was interrupted mid-write); it runs again"
    }

    /// Configuration keys with at least `rowsPerConfiguration` final rows (ok,
    /// skipped_memory, skipped_time): a configuration whose rows were cut short by a kill
    /// mid-write counts as unfinished and runs again.
    func finishedKeys(rowsPerConfiguration: Int) -> Set<String> {
        var counts: [String: Int] = [:]
        for r in existingRows where ResultColumns.Status(rawValue: r["status"] ?? "")?.isFinal ?? false {
            counts[r["config_key"] ?? "", default: 0] += 1
        }
        return Set(counts.filter { $0.value >= rowsPerConfiguration }.keys)
    }

    /// Appends the rows of one configuration in one write and flushes them to the file. A
    /// write that fails part-way (a full disk, a file-size limit) is cut back to the rows
    /// before it, so the file never ends in a partial configuration, and throws the reason.
    func append(_ rows: [[String: String]]) throws {
        let bytes = Array(rows.map { CSVWriter.line($0, header: header) }.joined().utf8)
        guard let handle else { throw CSVError("\(path): closed") }
        let fd = handle.fileDescriptor
        let start = lseek(fd, 0, SEEK_END)
        if FaultPoint.fires("csv-append") {
            // Half the rows' bytes reach the disk, then the process dies (a kill mid-write).
            _ = bytes.withUnsafeBytes { write(fd, $0.baseAddress!, bytes.count / 2) }
            fsync(fd)
            FaultPoint.kill()
        }
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + offset, bytes.count - offset) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else {
                let code = errno
                if start >= 0 { _ = ftruncate(fd, start); _ = lseek(fd, start, SEEK_SET) }
                throw FileWriteError(path: path, errno: n == 0 ? ENOSPC : code)
            }
            offset += n
        }
        guard fsync(fd) == 0 else { throw FileWriteError(path: path, errno: errno) }
    }

    static func stamp() -> String {
        let f = DateFormatter()
        f.dateFormat = "yyyyMMdd-HHmmss"
        f.timeZone = TimeZone(identifier: "UTC")
        return f.string(from: Date())
    }
}
