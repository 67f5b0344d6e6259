import COpenBLAS
import Foundation

/// Which OpenBLAS kernel core runs our products, and making sure it is the best correct one.
///
/// OpenBLAS picks its kernels once, when the library loads, from the CPU's identity or from
/// the `OPENBLAS_CORETYPE` environment variable. Debian's 0.3.21 does not know some recent
/// CPUs (for example Intel family 6 model 207) and falls back to generic "Prescott" kernels,
/// about 5x slower; some machines also preset `OPENBLAS_CORETYPE` to a generic core.
/// `startUp()` detects a generic core on a CPU whose flags allow better kernels, tries the
/// better core in a child process first (a self-check against a naive product, so a core
/// that crashes or computes wrong results is never adopted), then re-executes the process
/// with `OPENBLAS_CORETYPE` set to it, and verifies the result again.
///
/// Overrides: `REPRO_BLAS_CORE=NAME` runs on exactly that core; `REPRO_BLAS_SELECT=0` keeps
/// whatever the library chose.
public enum BLASRuntime {
    /// The kernel core OpenBLAS is using, e.g. "SkylakeX", "Haswell", "Prescott".
    public static var coreName: String { String(cString: openblas_get_corename()) }

    /// OpenBLAS's build configuration string.
    public static var config: String { String(cString: openblas_get_config()) }

    /// Threads OpenBLAS uses for one product.
    public static var threadCount: Int { Int(openblas_get_num_threads()) }

    /// Generic cores OpenBLAS falls back to when it does not recognise a CPU.
    static let fallbackCores: Set<String> = [
        "prescott", "core2", "penryn", "dunnington", "nehalem", "atom", "katmai", "coppermine",
        "northwood", "banias", "unknown", "",
    ]

    /// CPU flags from /proc/cpuinfo (empty where it cannot be read).
    static func cpuFlags() -> Set<String> {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return [] }
        for line in text.split(separator: "\n") where line.hasPrefix("flags") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return Set(line[line.index(after: colon)...].split(separator: " ").map(String.init))
        }
        return []
    }

    /// The best core this Debian OpenBLAS has kernels for, given the CPU's flags, or nil when
    /// the flags allow nothing better than the generic cores.
    static func bestCore(flags: Set<String>) -> String? {
        let avx512 = ["avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512cd"]
        if avx512.allSatisfy(flags.contains) {
            return flags.contains("avx512_bf16") ? "Cooperlake" : "SkylakeX"
        }
        if flags.contains("avx2") && flags.contains("fma") { return "Haswell" }
        if flags.contains("avx") { return "Sandybridge" }
        return nil
    }

    /// How the core in use was chosen, for reporting.
    public enum Selection: Equatable, CustomStringConvertible {
        /// The library's own choice was kept (not a fallback, or nothing better passed).
        case kept(String)
        /// The user asked for this core (REPRO_BLAS_CORE) or for no selection (REPRO_BLAS_SELECT=0).
        case user(String)
        /// The library fell back to the first core; we selected the second.
        case selected(from: String, to: String)

        public var description: String {
            switch self {
            case .kept(let c): return "kept \(c) (the library's choice)"
            case .user(let c): return "user choice \(c)"
            case .selected(let from, let to): return "selected \(to) (library fell back to \(from))"
            }
        }
    }

    /// The selection made by `startUp()` in this process.
    nonisolated(unsafe) public static private(set) var selection: Selection = .kept("")

    static let selectedVariable = "REPRO_BLAS_SELECTED_FROM"
    static let selfTestVariable = "REPRO_BLAS_SELFTEST"

    /// Error raised when the products are wrong on the core in use.
    struct VerificationError: Error, CustomStringConvertible {
        let core: String
        let relativeError: Double
        var description: String {
            "OpenBLAS core \(core) fails the start-up check (relative error \(relativeError) > \(BLASRuntime.verifyTolerance)); choose another with REPRO_BLAS_CORE (e.g. Haswell or Prescott)"
        }
    }

    /// Selects and verifies the BLAS core; call first thing in `main`, before any product.
    /// May re-execute the process (same arguments, one extra environment variable). Throws
    /// `VerificationError` if the core finally in use computes wrong products.
    @discardableResult
    public static func startUp() throws -> Selection {
        let env = ProcessInfo.processInfo.environment
        if env[selfTestVariable] == "1" { exit(verify() <= verifyTolerance ? 0 : 1) }
        let current = coreName
        if let wanted = env["REPRO_BLAS_CORE"], !wanted.isEmpty {
            if env["OPENBLAS_CORETYPE"] != wanted {
                setenv("OPENBLAS_CORETYPE", wanted, 1)
                execv("/proc/self/exe", CommandLine.unsafeArgv)
            }
            selection = .user(current)
        } else if let from = env[selectedVariable] {
            selection = .selected(from: from, to: current)
        } else if env["REPRO_BLAS_SELECT"] == "0" {
            selection = .user(current)
        } else if fallbackCores.contains(current.lowercased()), let best = bestCore(flags: cpuFlags()),
                  best.lowercased() != current.lowercased() {
            if selfTestPasses(core: best) {
                setenv("OPENBLAS_CORETYPE", best, 1)
                setenv(selectedVariable, current, 1)
                execv("/proc/self/exe", CommandLine.unsafeArgv)
            }
            FileHandle.standardError.write(
                "warning: OpenBLAS runs generic \(current) kernels; \(best) failed its self-check, keeping \(current)\n".data(using: .utf8)!)
            selection = .kept(current)
        } else {
            selection = .kept(current)
        }
        let error = verify()
        if error > verifyTolerance { throw VerificationError(core: current, relativeError: error) }
        return selection
    }

    /// Runs this executable in a child process on `core` with only the product check; true
    /// when it exits cleanly with a passing check (a crash or wrong products give false).
    static func selfTestPasses(core: String) -> Bool {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/proc/self/exe")
        p.arguments = []
        var env = ProcessInfo.processInfo.environment
        env["OPENBLAS_CORETYPE"] = core
        env[selfTestVariable] = "1"
        p.environment = env
        p.standardOutput = FileHandle.nullDevice
        p.standardError = FileHandle.nullDevice
        do { try p.run() } catch { return false }
        p.waitUntilExit()
        return p.terminationReason == .exit && p.terminationStatus == 0
    }

    /// Checks sgemm against a naive Float64 product in all four transpose cases on a
    /// 67 x 45 x 53 problem; returns the largest relative error (0 means exact).
    public static func verify() -> Double {
        var rng = SeededGenerator(seed: 0xB1A5)
        let m = 67, n = 45, k = 53
        let a = Tensor.gaussian([m * k], rng: &rng), b = Tensor.gaussian([k * n], rng: &rng)
        var worst = 0.0
        for transA in [false, true] {
            for transB in [false, true] {
                let c = Tensor(zeros: [m * n])
                BLAS.gemm(transA: transA, transB: transB, m: m, n: n, k: k,
                          a: a.data, lda: transA ? m : k, b: b.data, ldb: transB ? k : n,
                          c: c.data, ldc: n)
                for i in 0..<m {
                    for j in 0..<n {
                        var ref = 0.0, mag = 0.0
                        for p in 0..<k {
                            let x = Double(transA ? a.data[p * m + i] : a.data[i * k + p])
                            let y = Double(transB ? b.data[j * k + p] : b.data[p * n + j])
                            ref += x * y
                            mag += abs(x * y)
                        }
                        worst = max(worst, abs(Double(c.data[i * n + j]) - ref) / max(mag, 1e-30))
                    }
                }
            }
        }
        return worst
    }

    /// Tolerance for `verify()`: Float32 products of length 53 accumulate at most ~53 * 2^-24
    /// relative to the sum of magnitudes; 1e-5 leaves a margin and catches a broken kernel.
    static let verifyTolerance = 1e-5
}
