// swift-tools-version:6.0
import PackageDescription

// Modules follow DESIGN.md: config, stats, engine, admin, dashboard, demo, and the `nuncio` executable.

let package = Package(
    name: "Nuncio",
    platforms: [.macOS(.v14)],
    products: [
        .executable(name: "nuncio", targets: ["nuncio"]),
        .library(name: "NuncioConfig", targets: ["NuncioConfig"]),
        .library(name: "NuncioProxy", targets: ["NuncioProxy"]),
        .library(name: "NuncioStats", targets: ["NuncioStats"]),
    ],
    dependencies: [
        .package(url: "https://github.com/jpsim/Yams.git", from: "6.2.2"),
        .package(url: "https://github.com/apple/swift-argument-parser.git", from: "1.8.2"),
        .package(url: "https://github.com/apple/swift-log.git", from: "1.16.2"),
        .package(url: "https://github.com/apple/swift-atomics.git", from: "1.3.0"),
        .package(url: "https://github.com/apple/swift-nio.git", from: "2.101.2"),
        .package(url: "https://github.com/apple/swift-nio-http2.git", from: "1.46.0"),
        .package(url: "https://github.com/swift-server/async-http-client.git", from: "1.37.0"),
        .package(url: "https://github.com/swift-server/swift-service-lifecycle", from: "2.13.0"),
    ],
    targets: [
        .systemLibrary(
            name: "CNCurses",
            path: "Sources/CNCurses",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(
            name: "NuncioConfig",
            dependencies: ["NuncioStats", .product(name: "Yams", package: "Yams")]
        ),
        .target(
            name: "NuncioStats",
            dependencies: [.product(name: "Atomics", package: "swift-atomics")]
        ),
        .target(
            name: "NuncioProxy",
            dependencies: [
                "NuncioConfig",
                "NuncioStats",
                .product(name: "Atomics", package: "swift-atomics"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTP2", package: "swift-nio-http2"),
                .product(name: "NIOHPACK", package: "swift-nio-http2"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .target(
            name: "NuncioAdmin",
            dependencies: [
                "NuncioProxy",
                "NuncioAdminClient",
                "NuncioConfig",
                "NuncioStats",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(
            name: "NuncioAdminClient",
            dependencies: [
                .product(name: "AsyncHTTPClient", package: "async-http-client"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOFoundationCompat", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
            ]
        ),
        .target(
            name: "NuncioDashboard",
            dependencies: ["CNCurses", "NuncioAdminClient"]
        ),
        .target(
            name: "NuncioDemo",
            dependencies: [
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTP2", package: "swift-nio-http2"),
            ]
        ),
        .executableTarget(
            name: "nuncio",
            dependencies: [
                "NuncioConfig",
                "NuncioProxy",
                "NuncioAdmin",
                "NuncioAdminClient",
                "NuncioDashboard",
                "NuncioDemo",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "NuncioConfigTests",
            dependencies: ["NuncioConfig", "NuncioTestSupport"]
        ),
        .target(
            name: "NuncioTestSupport",
            dependencies: [
                "NuncioProxy",
                "NuncioConfig",
                "NuncioStats",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTP2", package: "swift-nio-http2"),
                .product(name: "NIOHPACK", package: "swift-nio-http2"),
                .product(name: "NIOConcurrencyHelpers", package: "swift-nio"),
                .product(name: "Yams", package: "Yams"),
            ],
            path: "Tests/NuncioTestSupport"
        ),
        .testTarget(
            name: "NuncioAdminTests",
            dependencies: [
                "NuncioAdmin", "NuncioProxy", "NuncioConfig", "NuncioTestSupport",
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
        .testTarget(
            name: "NuncioProxyTests",
            dependencies: [
                "NuncioTestSupport",
                .product(name: "Atomics", package: "swift-atomics"),
                "NuncioProxy",
                "NuncioConfig",
                "NuncioStats",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTP2", package: "swift-nio-http2"),
                .product(name: "NIOEmbedded", package: "swift-nio"),
                .product(name: "Logging", package: "swift-log"),
                .product(name: "ServiceLifecycle", package: "swift-service-lifecycle"),
            ]
        ),
        .testTarget(
            name: "NuncioDemoTests",
            dependencies: [
                "NuncioTestSupport",
                "NuncioDemo",
                "NuncioProxy",
                "NuncioConfig",
                .product(name: "NIOCore", package: "swift-nio"),
                .product(name: "NIOPosix", package: "swift-nio"),
                .product(name: "NIOHTTP1", package: "swift-nio"),
                .product(name: "NIOHTTP2", package: "swift-nio-http2"),
            ]
        ),
        .testTarget(
            name: "NuncioStatsTests",
            dependencies: ["NuncioStats", "NuncioTestSupport"]
        ),
        .testTarget(
            name: "NuncioAdminClientTests",
            dependencies: ["NuncioAdminClient", "NuncioTestSupport"]
        ),
        // deploy/kubernetes: the manifests, the Dockerfile and their Envoy config, checked without a cluster.
        .testTarget(
            name: "NuncioDeployTests",
            dependencies: ["NuncioTestSupport", "NuncioConfig", .product(name: "Yams", package: "Yams")]
        ),
        .testTarget(
            name: "NuncioDashboardTests",
            dependencies: [
                "NuncioDashboard", "NuncioAdminClient", "NuncioTestSupport",
                .product(name: "NIOPosix", package: "swift-nio"),
            ]
        ),
    ]
)
