import Foundation
import ResultsFormat
import PerformerTensor

/// The one lock of a results CSV: held from before the first byte is read until the
/// process ends (or the store is closed), so two runs into one folder never both write the
/// same file. The file is created without replacing anything (`O_CREAT` without
/// `O_TRUNC`), locked with `flock`, and checked to still be the file at `path` (another
/// run may have replaced it between the open and the lock); `--force` keeps the same file
/// and only empties it once the lock is held.
enum ResultsFileLock {
    /// The message of a run that finds the file locked.
    static func busyMessage(_ path: String) -> String {
        "another run is writing this file: \(path) (wait for it to finish, or use --out DIR)"
    }

    /// Opens (creating it empty when missing) and locks `path`; throws `busyMessage` when
    /// another process holds the lock.
    static func openLocked(_ path: String) throws -> FileHandle {
        for _ in 0..<20 {
            let fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
            guard fd >= 0 else { throw CSVError("cannot open \(path) for writing: \(String(cString: strerror(errno)))") }
            guard flock(fd, LOCK_EX | LOCK_NB) == 0 else {
                let code = errno
                close(fd)
                if code == EWOULDBLOCK { throw CSVError(busyMessage(path)) }
                throw CSVError("cannot lock \(path): \(String(cString: strerror(code)))")
            }
            var held = stat(), named = stat()
            if fstat(fd, &held) == 0, stat(path, &named) == 0, held.st_dev == named.st_dev, held.st_ino == named.st_ino {
                return FileHandle(fileDescriptor: fd, closeOnDealloc: true)
            }
            close(fd)  // replaced or removed after the open: lock the file now at `path`
        }
        throw CSVError("cannot lock \(path): the file keeps being replaced by another process")
    }

    /// Copies the locked file's bytes to `backup` (flushed), then empties the file: `--force`
    /// without renaming a file another run may have open.
    static func backUpAndEmpty(_ handle: FileHandle, path: String, backup: String) throws {
        let fd = handle.fileDescriptor
        let size = lseek(fd, 0, SEEK_END)
        guard size > 0 else { return }
        let count = Int(size)
        var bytes = [UInt8](repeating: 0, count: count)
        var offset = 0
        while offset < count {
            let n = bytes.withUnsafeMutableBytes { pread(fd, $0.baseAddress! + offset, count - offset, off_t(offset)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw CSVError("cannot read \(path): \(String(cString: strerror(n == 0 ? EIO : errno)))") }
            offset += n
        }
        try AtomicFile.write(Data(bytes), to: backup)
        guard ftruncate(fd, 0) == 0 else { throw FileWriteError(path: path, errno: errno) }
        fsync(fd)
        lseek(fd, 0, SEEK_SET)
    }

    /// Writes `header` into the locked file when it is empty, or when it holds only an
    /// incomplete first line (a run killed while writing its header).
    static func writeHeaderIfEmpty(_ handle: FileHandle, path: String, headerLine: String) throws {
        let fd = handle.fileDescriptor
        let size = lseek(fd, 0, SEEK_END)
        if size > 0 {
            var probe = [UInt8](repeating: 0, count: Int(min(size, 1 << 16)))
            let n = probe.withUnsafeMutableBytes { pread(fd, $0.baseAddress!, $0.count, 0) }
            if n > 0 && probe[0..<n].contains(UInt8(ascii: "\n")) { return }
            if n == probe.count && size > off_t(probe.count) { return }  // a long first line: let the reader judge it
            guard ftruncate(fd, 0) == 0 else { throw FileWriteError(path: path, errno: errno) }
        }
        let bytes = Array(headerLine.utf8)
        var offset = 0
        while offset < bytes.count {
            let n = bytes.withUnsafeBytes { pwrite(fd, $0.baseAddress! + offset, bytes.count - offset, off_t(offset)) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw FileWriteError(path: path, errno: n == 0 ? ENOSPC : errno) }
            offset += n
        }
        guard fsync(fd) == 0 else { throw FileWriteError(path: path, errno: errno) }
    }
}
