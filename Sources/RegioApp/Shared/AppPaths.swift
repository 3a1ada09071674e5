import Vapor

/// Where the app finds what it ships: `Resources/` beside the package (or
/// `REGIO_RESOURCES`), and where it keeps its data (`data/`, or `REGIO_DATA`).
struct AppPaths: Sendable {
    var resources: String
    var data: String

    static func detect(_ app: Application) -> AppPaths {
        let work = app.directory.workingDirectory
        return AppPaths(
            resources: Environment.get("REGIO_RESOURCES") ?? work + "Resources/",
            data: Environment.get("REGIO_DATA") ?? work + "data/"
        )
    }

    var publicDirectory: String { resources + "Public/" }
    var seedFile: String { resources + "seed/regio-utrechtzorg.yaml" }
    var taxonomyFile: String { resources + "seed/skills.yaml" }
    var regionBoundaries: String { resources + "geo/gemeente_2024_utrechtzorg_28.geojson" }
    var regionMunicipalityTable: String { resources + "geo/utrechtzorg_gemeenten_arbeidsmarktregio_2025.csv" }
    var nationalBoundaries: String { resources + "geo/gemeente_2024_nl.geojson" }
    var nationalCentroids: String { resources + "geo/gemeente_2024_centroids.csv" }
}

extension Application {
    private struct PathsKey: StorageKey { typealias Value = AppPaths }

    var paths: AppPaths {
        get { storage[PathsKey.self] ?? AppPaths.detect(self) }
        set { storage[PathsKey.self] = newValue }
    }
}
