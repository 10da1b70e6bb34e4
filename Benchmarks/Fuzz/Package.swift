// swift-tools-version:6.0
import PackageDescription

// libFuzzer targets, kept out of the main package because they only link with `-sanitize=fuzzer`
// (libFuzzer supplies `main`). Built and run by `Benchmarks/fuzz.sh`.
let package = Package(
    name: "NuncioFuzz",
    dependencies: [
        .package(path: "../.."),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
    ],
    targets: [
        .executableTarget(
            name: "FuzzConfigLoader",
            dependencies: [.product(name: "NuncioConfig", package: "Nuncio")]
        ),
        .executableTarget(
            name: "FuzzRequestPath",
            dependencies: [
                .product(name: "NuncioProxy", package: "Nuncio"),
                .product(name: "NuncioConfig", package: "Nuncio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
    ]
)
