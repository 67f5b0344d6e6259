import Foundation
import PerformerTensor
import ResultsFormat

/// gnuplot as a child process: killed when it outlives a timeout, and its images checked
/// to be whole before anyone is told they were written.
enum GnuplotProcess {
    /// Seconds gnuplot may take for one script: REPRO_GNUPLOT_TIMEOUT, else 120 (the largest
    /// committed plot renders in well under a second; a hung gnuplot would otherwise hang
    /// `repro plot` and `repro run` forever).
    static var timeoutSeconds: Double {
        if let text = ProcessInfo.processInfo.environment["REPRO_GNUPLOT_TIMEOUT"], let s = Double(text), s > 0 { return s }
        return 120
    }

    static func run(script: String, in dir: String) throws {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        // coreutils `timeout` puts gnuplot (and anything it starts) in its own process group and
        // signals the whole group: TERM at the limit, KILL 2 s later; it exits 124 or 137 then.
        let limit = timeoutSeconds
        p.arguments = ["timeout", "-k", "2", String(format: "%g", limit), "gnuplot", (script as NSString).lastPathComponent]
        p.currentDirectoryURL = URL(fileURLWithPath: dir)
        let err = Pipe()
        p.standardError = err
        p.standardOutput = FileHandle.nullDevice
        p.standardInput = FileHandle.nullDevice
        do { try p.run() } catch {
            throw CSVError("cannot start /usr/bin/env (to run timeout and gnuplot): \((error as NSError).localizedDescription)")
        }
        // stderr is drained on another thread so a chatty gnuplot cannot block on a full pipe.
        final class Box: @unchecked Sendable { var data = Data() }
        let box = Box(), drained = DispatchSemaphore(value: 0)
        DispatchQueue.global().async { box.data = err.fileHandleForReading.readDataToEndOfFile(); drained.signal() }
        let deadline = Date().addingTimeInterval(limit + 10)
        while p.isRunning && Date() < deadline { usleep(10_000) }
        if p.isRunning {
            kill(p.processIdentifier, SIGKILL)
            p.waitUntilExit()
            _ = drained.wait(timeout: .now() + 2)
            throw CSVError(String(format: "gnuplot did not finish %@ within %g s and was killed (set REPRO_GNUPLOT_TIMEOUT=SECONDS to allow longer)", script, limit))
        }
        p.waitUntilExit()
        _ = drained.wait(timeout: .now() + 5)
        if p.terminationReason == .exit && (p.terminationStatus == 124 || p.terminationStatus == 137) {
            throw CSVError(String(format: "gnuplot did not finish %@ within %g s and was killed (set REPRO_GNUPLOT_TIMEOUT=SECONDS to allow longer)", script, limit))
        }
        let message = String(decoding: box.data, as: UTF8.self).trimmingCharacters(in: .whitespacesAndNewlines)
        if p.terminationStatus == 127 {
            throw CSVError("cannot run gnuplot (not found on PATH): install gnuplot with the cairo terminals (apt-get install gnuplot-nox)")
        }
        guard p.terminationStatus == 0, p.terminationReason == .exit else {
            let how = p.terminationReason == .exit ? "exited with status \(p.terminationStatus)" : "was killed by signal \(p.terminationStatus)"
            throw CSVError("gnuplot \(how) on \(script)\(message.isEmpty ? "" : ":\n" + message)")
        }
    }

    /// Why the image at `path` is not whole (nil when it is): a PNG must start with the PNG
    /// signature and end with the IEND chunk; an SVG must end with </svg>.
    static func incompleteImage(_ path: String, ext: String) -> String? {
        guard let data = FileManager.default.contents(atPath: path) else {
            return FileSystem.readFailure(path).map { "cannot read it: \($0.reason)" } ?? "gnuplot wrote nothing"
        }
        if ext == "png" {
            let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
            let iend: [UInt8] = [0x00, 0x00, 0x00, 0x00, 0x49, 0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82]
            guard Array(data.prefix(8)) == signature else { return "\(data.count) bytes, no PNG signature" }
            guard Array(data.suffix(12)) == iend else { return "\(data.count) bytes, no PNG end chunk" }
            return nil
        }
        let tail = String(decoding: data.suffix(64), as: UTF8.self)
        return tail.contains("</svg>") ? nil : "\(data.count) bytes, no closing </svg>"
    }
}
