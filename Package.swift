// swift-tools-version: 6.0
import PackageDescription

let package = Package(
    name: "Liaison",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "liaison", targets: ["liaison"]),
        .executable(name: "liaison-bench", targets: ["liaison-bench"]),
        .executable(name: "terminalkit-gallery", targets: ["terminalkit-gallery"]),
        .library(name: "TerminalKit", targets: ["TerminalKit"]),
    ],
    dependencies: [
        .package(url: "https://github.com/groue/GRDB.swift", from: "7.10.0"),
        .package(url: "https://github.com/apple/swift-argument-parser", from: "1.8.2"),
    ],
    targets: [
        // Terminal toolkit: domain-free.
        .systemLibrary(
            name: "CNcursesw",
            path: "Sources/CNcursesw",
            pkgConfig: "ncursesw",
            providers: [.apt(["libncursesw5-dev"])]
        ),
        .target(name: "TerminalKit", dependencies: ["CNcursesw"]),
        .executableTarget(name: "terminalkit-gallery", dependencies: ["TerminalKit"]),

        // Domain, persistence and bundled data.
        .target(name: "LiaisonCore"),
        .target(
            name: "LiaisonResources",
            path: "Resources",
            exclude: ["README.md"],
            resources: [
                .copy("demo-dataset.json"),
                .copy("taxonomy.json"),
                .copy("roles.json"),
                .copy("restricted-words.json"),
                .copy("config.json"),
            ]
        ),
        .target(
            name: "LiaisonStore",
            dependencies: ["LiaisonCore", .product(name: "GRDB", package: "GRDB.swift")]
        ),
        // Weekly minutes (Markdown) and the HTML report with inline SVG charts.
        .target(name: "LiaisonReports", dependencies: ["LiaisonCore"]),

        // Front ends.
        .target(name: "LiaisonApp", dependencies: ["TerminalKit", "LiaisonStore", "LiaisonCore", "LiaisonReports"]),
        .executableTarget(
            name: "liaison",
            dependencies: [
                "LiaisonApp", "LiaisonStore", "LiaisonCore", "LiaisonResources", "LiaisonReports",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "liaison-bench",
            dependencies: [
                "LiaisonStore", "LiaisonCore", "LiaisonResources", "TerminalKit",
                .product(name: "ArgumentParser", package: "swift-argument-parser"),
            ]
        ),
        .executableTarget(
            name: "liaison-demo-generator",
            dependencies: ["LiaisonCore"],
            path: "Tools/demo-generator"
        ),

        // Tests.
        .testTarget(name: "TerminalKitTests", dependencies: ["TerminalKit"], exclude: ["Widgets/__snapshots__"]),
        .testTarget(name: "LiaisonCoreTests", dependencies: ["LiaisonCore", "LiaisonResources"]),
        .testTarget(name: "LiaisonStoreTests", dependencies: ["LiaisonStore", "LiaisonCore", "LiaisonResources"]),
        .testTarget(
            name: "LiaisonAppTests",
            dependencies: ["LiaisonApp", "TerminalKit", "LiaisonStore", "LiaisonResources", "LiaisonReports"],
            exclude: [
                "__snapshots__", "Insights/__snapshots__", "LogInsight/__snapshots__",
                "People/__snapshots__", "Plans/__snapshots__", "Clashes/__snapshots__",
                "LogTouchpoint/__snapshots__", "Meeting/__snapshots__", "Meeting/Presenter/__snapshots__",
            ]
        ),
        .testTarget(name: "LiaisonCLITests", dependencies: ["LiaisonCore"]),
        .testTarget(
            name: "LiaisonReportsTests",
            dependencies: ["LiaisonReports", "LiaisonCore"],
            exclude: ["__snapshots__"]
        ),
    ],
    swiftLanguageModes: [.v6]
)

// Release builds link the Swift runtime and Foundation statically: the TUI holds ~5 MB less
// resident memory and resolves no Swift symbols at start (docs/PERFORMANCE.md). Every module
// is compiled for it and every executable linked so. Debug builds (`swift run`, `swift test`)
// stay dynamic.
let staticStdlib: [String] = ["-static-stdlib"]
for target in package.targets where target.type != .system {
    target.swiftSettings = (target.swiftSettings ?? [])
        + [.unsafeFlags(staticStdlib, .when(platforms: [.linux], configuration: .release))]
    if target.type == .executable {
        target.linkerSettings = (target.linkerSettings ?? [])
            + [.unsafeFlags(staticStdlib, .when(platforms: [.linux], configuration: .release))]
    }
}
