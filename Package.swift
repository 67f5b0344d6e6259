// swift-tools-version:5.9
import PackageDescription

// Module arrows point one way:
//   COpenBLAS, CKernels -> PerformerTensor -> Attention -> Model -> Experiments -> repro
let package = Package(
    name: "performer-repro",
    products: [
        .executable(name: "repro", targets: ["repro"]),
        .library(name: "Experiments", targets: ["Experiments"]),
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
            dependencies: ["COpenBLAS", "CKernels"],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
        .target(
            name: "Attention",
            dependencies: ["PerformerTensor", "CKernels"],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
        .target(
            name: "Model",
            dependencies: ["Attention", "PerformerTensor", "CKernels"],
            swiftSettings: [.unsafeFlags(["-Ounchecked"])]
        ),
        .target(
            name: "Experiments",
            dependencies: ["Attention", "PerformerTensor", "Model", "CKernels"]
        ),
        .executableTarget(
            name: "repro",
            dependencies: [
                "Experiments", "Model", "Attention", "PerformerTensor",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .target(name: "TestSupport", dependencies: ["Attention", "PerformerTensor"]),
        .testTarget(name: "PerformerTensorTests", dependencies: ["PerformerTensor", "CKernels"]),
        .testTarget(name: "AttentionTests", dependencies: ["Attention", "PerformerTensor", "TestSupport"]),
        .testTarget(name: "ExperimentsTests", dependencies: ["Experiments", "Attention", "PerformerTensor"]),
        .testTarget(name: "ModelTests", dependencies: ["Model", "CKernels", "Attention", "PerformerTensor", "TestSupport"]),
    ]
)
