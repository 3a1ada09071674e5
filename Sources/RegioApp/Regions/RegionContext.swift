import Fluent
import Vapor

extension Application {
    /// The region served when a request names none (`REGIO_REGION`, default `utrechtzorg`).
    var defaultRegionSlug: String { Environment.get("REGIO_REGION") ?? "utrechtzorg" }
}

extension Request {
    private struct RegionKey: StorageKey { typealias Value = Region }
    private struct SnapshotKey: StorageKey { typealias Value = RegionSnapshot }

    /// The region this request is about: `?region=slug`, or the default region.
    func region() async throws -> Region {
        if let region = storage[RegionKey.self] { return region }
        let slug = (try? query.get(String.self, at: "region")).flatMap { $0.isEmpty ? nil : $0 } ?? application.defaultRegionSlug
        guard let region = try await Region.query(on: db).filter(\.$slug == slug).first() else {
            throw Abort(.notFound, reason: "Regio ‘\(slug.prefix(60))’ bestaat niet.")
        }
        storage[RegionKey.self] = region
        return region
    }

    /// The region's current read snapshot (vocabulary, organisations, landscape index).
    func snapshot() async throws -> RegionSnapshot {
        if let snapshot = storage[SnapshotKey.self] { return snapshot }
        let snapshot = try await application.regionSnapshots.snapshot(for: region(), on: db)
        storage[SnapshotKey.self] = snapshot
        return snapshot
    }

    /// Forgets the cached region after a write, so a redirect target reads fresh data.
    func regionChanged() {
        storage[RegionKey.self] = nil
        storage[SnapshotKey.self] = nil
    }
}
