import Foundation

/// Facts about the machine and software a measurement ran on, recorded with every result.
public struct MachineInfo: Codable, Equatable {
    var hostname: String
    public var cpuModel: String
    public var cores: Int
    public var memoryBytes: Int
    var os: String
    public var blasCore: String
    public var blasThreads: Int
    var blasConfig: String
    /// How the core was chosen (see `BLASRuntime.Selection`).
    var blasSelection: String
    /// SIMD level of our own elementwise kernels: "avx512", "avx2" or "baseline".
    public var simd: String
    public var commit: String

    public init(hostname: String, cpuModel: String, cores: Int, memoryBytes: Int, os: String, blasCore: String,
                blasThreads: Int, blasConfig: String, blasSelection: String, simd: String, commit: String) {
        self.hostname = hostname; self.cpuModel = cpuModel; self.cores = cores; self.memoryBytes = memoryBytes; self.os = os
        self.blasCore = blasCore; self.blasThreads = blasThreads; self.blasConfig = blasConfig
        self.blasSelection = blasSelection; self.simd = simd; self.commit = commit
    }

    /// `key: value` lines, one fact a line.
    public var lines: [String] {
        [
            "hostname: \(hostname)", "cpu: \(cpuModel)", "cores: \(cores)",
            "memory_bytes: \(memoryBytes)", "os: \(os)", "blas_core: \(blasCore)",
            "blas_threads: \(blasThreads)", "blas_config: \(blasConfig)",
            "blas_selection: \(blasSelection)", "simd: \(simd)",
            "commit: \(commit)",
        ]
    }
}
