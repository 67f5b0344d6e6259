import COpenBLAS
import Foundation

/// Which OpenBLAS kernel core runs our products, and making sure it is the best correct one.
///
/// OpenBLAS picks its kernels once, when the library loads, from the CPU's identity or from
/// the `OPENBLAS_CORETYPE` environment variable. Debian's 0.3.21 does not know some recent
/// CPUs (for example Intel family 6 model 207) and falls back to generic "Prescott" kernels,
/// about 5x slower. `selectBestCore` detects that fallback from `openblas_get_corename()` and
/// the CPU's flags, and re-executes the process with `OPENBLAS_CORETYPE` set to the best core
/// the flags allow; `verify()` then checks the products against a naive product.
///
/// The user overrides by setting `OPENBLAS_CORETYPE` themselves (it is then left alone), or
/// turns selection off with `REPRO_BLAS_SELECT=0`.
public enum BLASRuntime {
    /// The kernel core OpenBLAS is using, e.g. "SkylakeX", "Haswell", "Prescott".
    public static var coreName: String { String(cString: openblas_get_corename()) }

    /// OpenBLAS's build configuration string.
    public static var config: String { String(cString: openblas_get_config()) }

    /// Threads OpenBLAS uses for one product.
    public static var threadCount: Int { Int(openblas_get_num_threads()) }

    /// Generic cores OpenBLAS falls back to when it does not recognise a CPU.
    public static let fallbackCores: Set<String> = [
        "prescott", "core2", "penryn", "dunnington", "nehalem", "atom", "katmai", "coppermine",
        "northwood", "banias", "unknown", "",
    ]

    /// CPU flags from /proc/cpuinfo (empty where it cannot be read).
    public static func cpuFlags() -> Set<String> {
        guard let text = try? String(contentsOfFile: "/proc/cpuinfo", encoding: .utf8) else { return [] }
        for line in text.split(separator: "\n") where line.hasPrefix("flags") {
            guard let colon = line.firstIndex(of: ":") else { continue }
            return Set(line[line.index(after: colon)...].split(separator: " ").map(String.init))
        }
        return []
    }

    /// The best core this Debian OpenBLAS has kernels for, given the CPU's flags, or nil when
    /// the flags allow nothing better than the generic cores.
    public static func bestCore(flags: Set<String>) -> String? {
        let avx512 = ["avx512f", "avx512dq", "avx512bw", "avx512vl", "avx512cd"]
        if avx512.allSatisfy(flags.contains) {
            return flags.contains("avx512_bf16") ? "Cooperlake" : "SkylakeX"
        }
        if flags.contains("avx2") && flags.contains("fma") { return "Haswell" }
        if flags.contains("avx") { return "Sandybridge" }
        return nil
    }

    /// What `selectBestCore` decided, for reporting.
    public enum Selection: Equatable {
        /// The library's own choice was kept (it is not a fallback, or nothing better exists).
        case kept(String)
        /// The user set OPENBLAS_CORETYPE (or REPRO_BLAS_SELECT=0): left alone.
        case userChoice(String)
        /// This process was re-executed with OPENBLAS_CORETYPE set by us.
        case selected(String)
    }

    static let markerVariable = "REPRO_BLAS_SELECTED"
    static let originalVariable = "REPRO_BLAS_ORIGINAL"

    /// Error raised when the products are wrong on the core in use and nothing safer is left.
    public struct VerificationError: Error, CustomStringConvertible {
        public let core: String
        public let relativeError: Double
        public var description: String {
            "OpenBLAS core \(core) fails the start-up check (relative error \(relativeError) > \(BLASRuntime.verifyTolerance)); set OPENBLAS_CORETYPE to another core (e.g. Haswell or Prescott)"
        }
    }

    /// Selects the best core (`selectBestCore`) and verifies it. If a core we selected gives
    /// wrong products, re-executes with the library's own choice; if the user's or the
    /// library's own core gives wrong products, throws.
    @discardableResult
    public static func startUp() throws -> Selection {
        let selection = selectBestCore()
        let error = verify()
        if error <= verifyTolerance { return selection }
        let env = ProcessInfo.processInfo.environment
        if case .selected = selection, let original = env[originalVariable], env["REPRO_BLAS_REJECTED"] == nil {
            FileHandle.standardError.write(
                "warning: OpenBLAS core \(coreName) failed the start-up check; falling back to \(original)\n".data(using: .utf8)!)
            setenv("OPENBLAS_CORETYPE", original, 1)
            setenv("REPRO_BLAS_REJECTED", coreName, 1)
            unsetenv(markerVariable)
            execv("/proc/self/exe", CommandLine.unsafeArgv)
        }
        throw VerificationError(core: coreName, relativeError: error)
    }

    /// If OpenBLAS fell back to a generic core on a CPU that has better kernels, re-executes
    /// this process (same arguments) with OPENBLAS_CORETYPE set; otherwise returns at once.
    /// Call first thing in `main`, before any product.
    @discardableResult
    public static func selectBestCore() -> Selection {
        let env = ProcessInfo.processInfo.environment
        if let chosen = env[markerVariable] { return .selected(chosen) }
        if env["REPRO_BLAS_SELECT"] == "0" { return .userChoice(coreName) }
        if let user = env["OPENBLAS_CORETYPE"], !user.isEmpty { return .userChoice(user) }
        let current = coreName
        guard fallbackCores.contains(current.lowercased()), let best = bestCore(flags: cpuFlags()) else {
            return .kept(current)
        }
        setenv("OPENBLAS_CORETYPE", best, 1)
        setenv(markerVariable, best, 1)
        setenv(originalVariable, current, 1)
        execv("/proc/self/exe", CommandLine.unsafeArgv)
        // execv only returns on failure: carry on with the library's own choice.
        unsetenv("OPENBLAS_CORETYPE")
        unsetenv(markerVariable)
        return .kept(current)
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
    public static let verifyTolerance = 1e-5
}
