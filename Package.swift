// swift-tools-version:5.9
import PackageDescription

// Module arrows point one way:
//   COpenBLAS, CKernels -> PerformerTensor -> Attention -> Model -> Experiments -> repro
//   PerformerTensor -> Statistics -> Analysis -> repro (Analysis also uses PerformerTensor's AtomicFile
//   and Model's training defaults, e.g. the clipping norm its explanations cite)
//   PerformerTensor -> ResultsFormat -> Experiments, Analysis
// Experiments (the harness) writes results; Analysis (report, plots) reads them and does not
// import Experiments, so a change to Analysis never makes a result stale (`Staleness`).
let package = Package(
    name: "performer-repro",
    products: [
        .executable(name: "repro", targets: ["repro"]),
        .library(name: "Experiments", targets: ["Experiments"]),
        .library(name: "Analysis", targets: ["Analysis"]),
    ],
    dependencies: [
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.5.0"),
    ],
    targets: [
        .systemLibrary(
            name: "COpenBLAS",
            pkgConfig: "openblas",
            providers: [.apt(["libopenblas-dev"])]
        ),
        .target(
            name: "CKernels",
            cSettings: [.unsafeFlags(["-O3", "-ffp-contract=fast"])]
        ),
        .target(
            name: "PerformerTensor",
            dependencies: ["COpenBLAS", "CKernels"]
        ),
        .target(
            name: "Attention",
            dependencies: ["PerformerTensor", "CKernels"]
        ),
        .target(
            name: "Model",
            dependencies: ["Attention", "PerformerTensor", "CKernels"]
        ),
        .target(name: "Statistics", dependencies: ["PerformerTensor"]),
        .target(name: "ResultsFormat", dependencies: ["PerformerTensor"]),
        .target(
            name: "Experiments",
            dependencies: ["Attention", "PerformerTensor", "Model", "CKernels", "Statistics", "ResultsFormat"]
        ),
        .target(name: "Analysis", dependencies: ["Statistics", "ResultsFormat", "PerformerTensor", "Model"]),
        .executableTarget(
            name: "repro",
            dependencies: [
                "Experiments", "Analysis", "Statistics", "ResultsFormat", "Model", "Attention", "PerformerTensor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["Attention", "PerformerTensor"]),
        .testTarget(name: "PerformerTensorTests", dependencies: ["PerformerTensor", "CKernels"]),
        .testTarget(name: "AttentionTests", dependencies: ["Attention", "PerformerTensor", "TestSupport"]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "Analysis", "Statistics", "ResultsFormat", "Attention", "PerformerTensor"]),
        .testTarget(name: "ModelTests", dependencies: ["Model", "CKernels", "Attention", "PerformerTensor", "TestSupport"]),
    ]
)
