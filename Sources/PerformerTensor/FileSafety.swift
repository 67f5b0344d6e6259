import Foundation

/// Named write points where a test can make the process kill itself (SIGKILL, as `kill -9`
/// would): `REPRO_FAULT=NAME:N` kills the process the N-th time (1-based) the point NAME is
/// reached, after the point's partial work (half a CSV append, a temporary file not yet
/// renamed). Points: `csv-append`, `meta-write`, `checkpoint-save`, `plot-render`. Without
/// the variable nothing happens (one dictionary lookup per write).
public enum FaultPoint {
    public static let names = ["csv-append", "meta-write", "checkpoint-save", "plot-render"]

    private static let target: (name: String, count: Int)? = {
        guard let text = ProcessInfo.processInfo.environment["REPRO_FAULT"], !text.isEmpty else { return nil }
        let parts = text.split(separator: ":")
        guard parts.count == 2, names.contains(String(parts[0])), let n = Int(parts[1]), n >= 1 else {
            FileHandle.standardError.write(Data("warning: REPRO_FAULT=\(text) ignored (expected NAME:N, NAME one of \(names.joined(separator: ", ")))\n".utf8))
            return nil
        }
        return (String(parts[0]), n)
    }()
    private static let lock = NSLock()
    nonisolated(unsafe) private static var counts: [String: Int] = [:]

    /// Whether this arrival at `name` is the one REPRO_FAULT names (the caller does its
    /// partial work, then calls `kill()`).
    public static func fires(_ name: String) -> Bool {
        guard let target, target.name == name else { return false }
        lock.lock(); defer { lock.unlock() }
        counts[name, default: 0] += 1
        return counts[name] == target.count
    }

    /// SIGKILL to this process (never returns).
    public static func kill() -> Never {
        FileHandle.standardError.write(Data("REPRO_FAULT: killing the process at \(target?.name ?? "?")\n".utf8))
        Foundation.kill(getpid(), SIGKILL)
        while true { pause() }
    }
}

/// Writes that survive a crash: the whole file or nothing.
public enum AtomicFile {
    /// Writes `data` to a temporary file next to `path`, flushes it to disk, then renames it
    /// over `path` (and flushes the directory). A failure (a full disk, a file-size limit)
    /// throws a message naming the path and the system's reason, and leaves `path` as it
    /// was. `faultPoint`: the `FaultPoint` fired between the write and the rename.
    public static func write(_ data: Data, to path: String, faultPoint: String? = nil) throws {
        let dir = (path as NSString).deletingLastPathComponent
        let tmp = (dir.isEmpty ? "" : dir + "/") + ".\((path as NSString).lastPathComponent).tmp-\(getpid())"
        let fd = open(tmp, O_WRONLY | O_CREAT | O_TRUNC, 0o644)
        guard fd >= 0 else { throw FileWriteError(path: tmp, errno: errno) }
        let ok = data.withUnsafeBytes { raw -> Bool in
            var offset = 0
            while offset < raw.count {
                let n = Foundation.write(fd, raw.baseAddress! + offset, raw.count - offset)
                if n < 0 { if errno == EINTR { continue }; return false }
                offset += n
            }
            return fsync(fd) == 0
        }
        let code = errno
        close(fd)
        guard ok else { unlink(tmp); throw FileWriteError(path: path, errno: code) }
        if let faultPoint, FaultPoint.fires(faultPoint) { FaultPoint.kill() }
        guard rename(tmp, path) == 0 else { let e = errno; unlink(tmp); throw FileWriteError(path: path, errno: e) }
        syncDirectory(dir.isEmpty ? "." : dir)
    }

    /// fsync of a directory, so that a rename in it is on disk.
    public static func syncDirectory(_ dir: String) {
        let fd = open(dir, O_RDONLY)
        if fd >= 0 { fsync(fd); close(fd) }
    }
}

/// A write that failed, with the system's reason and what it usually means.
public struct FileWriteError: Error, CustomStringConvertible {
    var path: String
    var code: Int32
    public init(path: String, errno: Int32) { self.path = path; self.code = errno }
    public var description: String {
        let reason = String(cString: strerror(code))
        let hint: String
        switch code {
        case ENOSPC, EDQUOT: hint = " (the disk is full: free space and rerun; finished results are kept)"
        case EFBIG: hint = " (a file-size limit was hit, ulimit -f, or the disk is full; finished results are kept)"
        default: hint = ""
        }
        return "cannot write \(path): \(reason)\(hint)"
    }
}
