// swift-tools-version:6.1
import Foundation
import PackageDescription

// SwiftPM names a path dependency after its folder: the checkout's name, whatever it is.
let nuncio = URL(fileURLWithPath: Context.packageDirectory).deletingLastPathComponent().deletingLastPathComponent()
    .lastPathComponent.lowercased()

// Micro-benchmarks (ordo-one/benchmark) for the route matcher, the load balancers and the stats store, kept out of
// the main package so its CI neither resolves nor builds them. Run with `Benchmarks/micro.sh`.
// The plugin finds each suite's sources under `Benchmarks/<target>/` of this package.
let benchmarkDependencies: [Target.Dependency] = [.product(name: "Benchmark", package: "benchmark"), "MicroSupport"]
let benchmarkPlugins: [Target.PluginUsage] = [.plugin(name: "BenchmarkPlugin", package: "benchmark")]

let package = Package(
    name: "NuncioMicro",
    platforms: [.macOS(.v14)],
    dependencies: [
        .package(path: "../.."),
        // Only the malloc interposer: the default traits add a runtime interposer on Linux that is not needed here.
        .package(url: "https://github.com/ordo-one/benchmark", from: "1.38.1", traits: ["MallocInterposer"]),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-atomics.git", from: "1.3.0"),
    ],
    targets: [
        .target(name: "MicroSupport", dependencies: [.product(name: "Benchmark", package: "benchmark")]),
        .executableTarget(
            name: "RouteTableBenchmarks",
            dependencies: benchmarkDependencies + [
                .product(name: "NuncioConfig", package: nuncio),
                .product(name: "NuncioProxy", package: nuncio),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ],
            path: "Benchmarks/RouteTableBenchmarks",
            plugins: benchmarkPlugins
        ),
        .executableTarget(
            name: "LoadBalancerBenchmarks",
            dependencies: benchmarkDependencies + [
                .product(name: "NuncioConfig", package: nuncio),
                .product(name: "NuncioProxy", package: nuncio),
                .product(name: "Atomics", package: "swift-atomics"),
            ],
            path: "Benchmarks/LoadBalancerBenchmarks",
            plugins: benchmarkPlugins
        ),
        .executableTarget(
            name: "StatsStoreBenchmarks",
            dependencies: benchmarkDependencies + [.product(name: "NuncioStats", package: nuncio)],
            path: "Benchmarks/StatsStoreBenchmarks",
            plugins: benchmarkPlugins
        ),
    ]
)
