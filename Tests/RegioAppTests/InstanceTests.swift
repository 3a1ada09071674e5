import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("Several app instances on one database")
struct InstanceTests {
    /// A second app on the database of `app`, as a second process behind nginx would be:
    /// its own caches, the same rows.
    static func withSecondInstance(of app: Application, sqlitePath: String, _ body: (Application) async throws -> Void) async throws {
        let other = try await Application.make(.testing)
        other.logger.logLevel = .warning
        do {
            try await configure(other, sqlitePath: sqlitePath)
            // The policy of PostgreSQL, the database of several instances: the revision is
            // read on every request (on SQLite a checked revision is trusted for a second).
            other.regionSnapshots = RegionSnapshotCache(revalidateAfter: RegionSnapshotCache.revalidateAfter(postgres: true))
            try await body(other)
        } catch {
            try? await other.asyncShutdown()
            throw error
        }
        try await other.asyncShutdown()
    }

    @Test("A write on one instance is in the other instance's very next answer: list, search page, offer catalogue")
    func writeSeenAtOnceByOtherInstance() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let auth = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            try await Self.withSecondInstance(of: app, sqlitePath: try #require(app.testSQLitePath)) { other in
                // The other instance has just read the region: its snapshot is fresh to the moment.
                let before = try decode(LandscapePageDTO.self, try await other.testing().sendRequest(.GET, "/api/v1/initiatives?q=zwaluwstaart"))
                #expect(before.total == 0)

                let created = try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: auth,
                                                                  body: ByteBuffer(string: #"{"name":"Fictieve zwaluwstaart","municipalityCodes":["GM0307"]}"#))
                #expect(created.status == .created)
                let after = try decode(LandscapePageDTO.self, try await other.testing().sendRequest(.GET, "/api/v1/initiatives?q=zwaluwstaart"))
                #expect(after.total == 1 && after.items.first?.name == "Fictieve zwaluwstaart")
                #expect(try await other.testing().sendRequest(.GET, "/initiatieven?q=zwaluwstaart").body.string.contains("Fictieve zwaluwstaart"))

                // The learning offer has a cache of its own, per offer revision.
                let offerBefore = try await other.testing().sendRequest(.GET, "/api/v1/offer?q=zwaluwstaart").body.string
                #expect(offerBefore.contains(#""total":0"#))
                let provider = try await app.organisationID(named: "Abrona")
                let module = try await app.testing().sendRequest(.POST, "/api/v1/modules", headers: auth, body: ByteBuffer(string:
                    #"{"title":"Fictieve module zwaluwstaart","providerId":"\#(provider.uuidString)","skills":[{"skill":"handhygiene","level":2}],"hours":8,"form":"online"}"#))
                #expect(module.status == .created)
                #expect(try await other.testing().sendRequest(.GET, "/api/v1/offer?q=zwaluwstaart").body.string.contains(#""total":1"#))
            }
        }
    }

    @Test("How often the revision is read: every request on PostgreSQL, once a second on SQLite, or what REGIO_REVISION_CHECK_SECONDS says")
    func revisionCheckPolicy() {
        #expect(RegionSnapshotCache.revalidateAfter(postgres: true, override: nil) == 0)
        #expect(RegionSnapshotCache.revalidateAfter(postgres: false, override: nil) == 1)
        #expect(RegionSnapshotCache.revalidateAfter(postgres: false, override: "0") == 0)
        #expect(RegionSnapshotCache.revalidateAfter(postgres: true, override: "2.5") == 2.5)
        // Nonsense keeps the default rather than caching forever or never.
        #expect(RegionSnapshotCache.revalidateAfter(postgres: false, override: "-1") == 1)
        #expect(RegionSnapshotCache.revalidateAfter(postgres: false, override: "snel") == 1)
    }

    @Test("A revision read moments ago is known without awaiting (the map data's fast path); never on the PostgreSQL policy; gone after a write")
    func recentRevision() async throws {
        try await withApp { app in
            let slug = app.defaultRegionSlug
            let trusting = RegionSnapshotCache(revalidateAfter: 60), strict = RegionSnapshotCache(revalidateAfter: 0)
            #expect(trusting.recentRevision(slug) == nil)
            let snapshot = try #require(try await trusting.snapshot(slug: slug, on: app.db))
            #expect(trusting.recentRevision(slug) == snapshot.revision)
            _ = try await strict.snapshot(slug: slug, on: app.db)
            #expect(strict.recentRevision(slug) == nil)
            await trusting.invalidate(slug)
            #expect(trusting.recentRevision(slug) == nil)
        }
    }

    @Test("`regio seed` loads the skills taxonomy too, so instances started after it have nothing left to load at once")
    func seedCommandLoadsTaxonomy() async throws {
        try await withApp { app in
            let skills = try await SkillRecord.query(on: app.db).count()
            #expect(skills > 0)
            try await RoleRecord.query(on: app.db).withDeleted().delete(force: true)
            try await SkillRecord.query(on: app.db).withDeleted().delete(force: true)
            var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["regio", "seed"]))
            context.application = app
            try await SeedCommand().run(using: context, signature: .init())
            #expect(try await SkillRecord.query(on: app.db).count() == skills)
        }
    }
}
