import CKernels
import Foundation
import PerformerTensor
import ResultsFormat

/// The facts of the machine this process runs on, and the commit of its source tree.
extension MachineInfo {
    /// Reads the facts of this process's machine (cheap: no benchmark).
    public static func current() -> MachineInfo {
        MachineInfo(
            hostname: ProcessInfo.processInfo.hostName,
            cpuModel: cpuModelName(),
            cores: ProcessInfo.processInfo.activeProcessorCount,
            memoryBytes: Int(ProcessInfo.processInfo.physicalMemory),
            os: ProcessInfo.processInfo.operatingSystemVersionString,
            blasCore: BLASRuntime.coreName,
            blasThreads: BLASRuntime.threadCount,
            blasConfig: BLASRuntime.config.trimmingCharacters(in: .whitespaces),
            blasSelection: BLASRuntime.selection.description,
            simd: ["baseline", "avx2", "avx512"][Int(ck_simd_level())],
            commit: gitCommit())
    }

    static func cpuModelName() -> String {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return "unknown" }
        for line in text.split(separator: "\n") where line.hasPrefix("model name") {
            if let colon = line.firstIndex(of: ":") {
                return line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            }
        }
        return "unknown"
    }

    /// The commit of the source tree (REPRO_COMMIT overrides; "unknown" outside a checkout),
    /// with "-dirty" when the measuring code (Sources except `Staleness.notMeasuring`,
    /// Package.swift, experiments, Makefile, scripts) has uncommitted changes.
    public static func gitCommit() -> String {
        if let c = ProcessInfo.processInfo.environment["REPRO_COMMIT"], !c.isEmpty { return c }
        guard let head = run(["git", "rev-parse", "--short=12", "HEAD"]), !head.isEmpty else { return "unknown" }
        // Only the measuring code counts: a run's own
        // outputs (results/, plots/) are tracked files, and writing them must not make the next
        // spec of the same run "-dirty".
        let dirty = run(["git", "status", "--porcelain", "--untracked-files=no", "--",
                         "Sources", "Package.swift", "experiments", "Makefile", "scripts"] + Staleness.notMeasuring) ?? ""
        return dirty.isEmpty ? head : head + "-dirty"
    }

    static func run(_ args: [String]) -> String? {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = args
        let pipe = Pipe()
        p.standardOutput = pipe
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return nil }
        let data = pipe.fileHandleForReading.readDataToEndOfFile()
        p.waitUntilExit()
        guard p.terminationStatus == 0 else { return nil }
        return String(data: data, encoding: .utf8)?.trimmingCharacters(in: .whitespacesAndNewlines)
    }
}
