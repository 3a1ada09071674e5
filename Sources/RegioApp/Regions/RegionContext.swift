import Fluent
import RegioCore
import Vapor

extension Application {
    /// The region served when a request names none (`REGIO_REGION`, default `utrechtzorg`).
    var defaultRegionSlug: String { ProcessSettings.defaultRegionSlug }
}

extension Request {
    private struct RegionKey: StorageKey { typealias Value = Region }
    private struct SnapshotKey: StorageKey { typealias Value = RegionSnapshot }

    /// The slug of the region this request is about: `?region=slug`, or the default.
    /// Read with `QueryString` (a plain scan), not Vapor's form decoder: it is asked on
    /// every request, and the decoder was a fifth of the cost of a cached map answer.
    var regionSlug: String {
        QueryString.decode(url.query)["region"]?.last.flatMap { $0.isEmpty ? nil : $0 } ?? application.defaultRegionSlug
    }

    /// `region=slug` when the request names a region other than the default, so that
    /// links and forms of a page stay in that region.
    var regionParameter: [(String, String)] {
        let slug = regionSlug
        return slug == application.defaultRegionSlug ? [] : [("region", slug)]
    }

    /// The region this request is about, read from the database (for writes).
    func region() async throws -> Region {
        if let region = storage[RegionKey.self] { return region }
        let slug = regionSlug
        guard let region = try await Region.query(on: db).filter(\.$slug == slug).first() else {
            throw Abort(.notFound, reason: "Regio ‘\(slug.prefix(60))’ bestaat niet.")
        }
        storage[RegionKey.self] = region
        return region
    }

    /// The region's current read snapshot (vocabulary, organisations, landscape index).
    func snapshot() async throws -> RegionSnapshot {
        if let snapshot = storage[SnapshotKey.self] { return snapshot }
        let snapshot: RegionSnapshot
        if let region = storage[RegionKey.self] {
            snapshot = try await application.regionSnapshots.snapshot(for: region, on: db)
        } else {
            guard let found = try await application.regionSnapshots.snapshot(slug: regionSlug, on: db) else {
                throw Abort(.notFound, reason: "Regio ‘\(regionSlug.prefix(60))’ bestaat niet.")
            }
            snapshot = found
        }
        storage[SnapshotKey.self] = snapshot
        return snapshot
    }

    /// Forgets the cached region after a write, so a redirect target reads fresh data.
    func regionChanged() async {
        storage[RegionKey.self] = nil
        storage[SnapshotKey.self] = nil
        await application.regionSnapshots.invalidate(regionSlug)
    }
}

extension Request {
    /// The record `id` of the request's region, or a Dutch 404 naming `what`: a record of
    /// another region is as absent as one that never existed. `withDeleted` also finds a
    /// soft-deleted record (to show or restore it).
    func record<M: Model>(_ type: M.Type, _ id: UUID, region regionID: KeyPath<M, FieldProperty<M, UUID>>, what: String,
                          withDeleted: Bool = false) async throws -> M where M.IDValue == UUID {
        let region = try await self.region()
        var query = M.query(on: db).filter(\._$id == id).filter(regionID == (try region.requireID()))
        if withDeleted { query = query.withDeleted() }
        guard let model = try await query.first() else {
            throw Problem.notFound(what)
        }
        return model
    }
}
