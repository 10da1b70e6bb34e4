// swift-tools-version:6.0
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder: the checkout's name, whatever it is.
let nuncio = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

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
            dependencies: [.product(name: "NuncioConfig", package: nuncio)]
        ),
        .executableTarget(
            name: "FuzzHTTP1Parsers",
            dependencies: [.product(name: "NuncioProxy", package: nuncio)]
        ),
        .executableTarget(
            name: "FuzzRequestPath",
            dependencies: [
                .product(name: "NuncioProxy", package: nuncio),
                .product(name: "NuncioConfig", package: nuncio),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
            ]
        ),
    ]
)
