import Foundation

/// File-system steps whose failures are a sentence naming the file and the system's reason
/// ("cannot create the folder results: Permission denied"), never an NSError dump.
public enum FileSystem {
    /// A failed step: what was tried, on which path, and why.
    public struct Failure: Error, CustomStringConvertible {
        public var action: String, path: String, reason: String
        public var description: String { "cannot \(action) \(path): \(reason)" }
    }

    /// The system's text for an errno value ("No such file or directory").
    public static func reason(_ code: Int32) -> String { String(cString: strerror(code)) }

    /// `mkdir -p`: creates `path` and its missing parents (mode 0755).
    public static func createDirectory(_ path: String) throws {
        guard !path.isEmpty else { return }
        var isDir: ObjCBool = false
        if FileManager.default.fileExists(atPath: path, isDirectory: &isDir) {
            guard isDir.boolValue else { throw Failure(action: "create the folder", path: path, reason: "a file of that name is in the way") }
            return
        }
        let parent = (path as NSString).deletingLastPathComponent
        if !parent.isEmpty && parent != path { try createDirectory(parent) }
        guard mkdir(path, 0o755) == 0 || errno == EEXIST else {
            throw Failure(action: "create the folder", path: path, reason: reason(errno))
        }
    }

    /// Why `path` cannot be read (nil when it can be opened).
    public static func readFailure(_ path: String) -> Failure? {
        let fd = open(path, O_RDONLY)
        guard fd < 0 else { close(fd); return nil }
        return Failure(action: "read", path: path, reason: reason(errno))
    }

    /// Removes the temporary files (`.NAME.tmp-PID...`, as `AtomicFile` and plot rendering
    /// write them) in `dir` whose process PID is no longer running: what a killed write left.
    /// Returns the paths removed.
    @discardableResult
    public static func sweepStaleTemporaries(in dir: String) -> [String] {
        guard let names = try? FileManager.default.contentsOfDirectory(atPath: dir) else { return [] }
        var removed: [String] = []
        for name in names where name.hasPrefix(".") {
            guard let r = name.range(of: ".tmp-") else { continue }
            let digits = name[r.upperBound...].prefix { $0.isNumber }
            guard let pid = Int32(digits), pid > 0, pid != getpid() else { continue }
            if kill(pid, 0) == 0 || errno == EPERM { continue }  // still running (or not ours to judge)
            let path = (dir as NSString).appendingPathComponent(name)
            if unlink(path) == 0 { removed.append(path) }
        }
        return removed
    }
}
