// swift-tools-version:6.1
import PackageDescription

let package = Package(
    name: "lerende-regio",
    platforms: [.macOS(.v13)],
    products: [
        .executable(name: "regio", targets: ["regio"]),
    ],
    dependencies: [
        .package(url: "https://github.com/vapor/vapor.git", from: "4.110.0"),
        .package(url: "https://github.com/vapor/fluent.git", from: "4.12.0"),
        .package(url: "https://github.com/vapor/fluent-kit.git", from: "1.52.0"),
        .package(url: "https://github.com/vapor/fluent-sqlite-driver.git", from: "4.8.0"),
        .package(url: "https://github.com/vapor/fluent-postgres-driver.git", from: "2.10.0"),
        .package(url: "https://github.com/vapor/sql-kit.git", from: "3.32.0"),
        .package(url: "https://github.com/JohnSundell/Plot.git", from: "0.14.0"),
        .package(url: "https://github.com/jpsim/Yams.git", from: "5.0.1"),
        .package(url: "https://github.com/apple/swift-atomics.git", from: "1.2.0"),
    ],
    targets: [
        // Pure domain and algorithms: no I/O, no Vapor.
        .target(name: "RegioCore"),
        .target(
            name: "RegioApp",
            dependencies: [
                "RegioCore",
                .product(name: "Vapor", package: "vapor"),
                .product(name: "Fluent", package: "fluent"),
                .product(name: "FluentKit", package: "fluent-kit"),
                .product(name: "FluentSQLiteDriver", package: "fluent-sqlite-driver"),
                .product(name: "FluentPostgresDriver", package: "fluent-postgres-driver"),
                .product(name: "SQLKit", package: "sql-kit"),
                .product(name: "Plot", package: "Plot"),
                .product(name: "Yams", package: "Yams"),
                .product(name: "Atomics", package: "swift-atomics"),
            ]
        ),
        .executableTarget(
            name: "regio",
            dependencies: ["RegioApp", .product(name: "Vapor", package: "vapor")]
        ),
        .testTarget(name: "RegioCoreTests", dependencies: ["RegioCore"]),
        .testTarget(
            name: "RegioAppTests",
            dependencies: [
                "RegioApp",
                "RegioCore",
                .product(name: "VaporTesting", package: "vapor"),
            ]
        ),
    ]
)
