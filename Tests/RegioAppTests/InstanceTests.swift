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

    @Test("A read that started before a write on this instance is not kept as recent: the write would be hidden for a second")
    func readOverlappingWriteNotKept() async throws {
        try await withApp { app in
            let slug = app.defaultRegionSlug, cache = RegionSnapshotCache(revalidateAfter: 60)
            let before = cache.startingRead(of: slug)
            await cache.invalidate(slug)
            #expect(!cache.finishedRead(before, revision: 7))
            #expect(cache.recentRevision(slug) == nil)
            let after = cache.startingRead(of: slug)
            #expect(cache.finishedRead(after, revision: 8))
            #expect(cache.recentRevision(slug) == 8)
        }
    }

    @Test("Requests arriving while the revision is being read share the next read; every answer is the database's revision")
    func revisionReadsCoalesce() async throws {
        try await withApp { app in
            let reads = CoalescedRevisionReads(), slug = app.defaultRegionSlug
            let loop = app.eventLoopGroup.any()
            let db = try #require(app.databases.database(logger: app.logger, on: loop))
            let region = try #require(try await Region.query(on: app.db).filter(\.$slug == slug).first())
            // 40 requests in one turn of the event loop: the first starts a read, the other
            // 39 arrive while it is under way and share one more.
            let answers = try await loop.flatSubmit {
                EventLoopFuture.whenAllSucceed((0..<40).map { _ in reads.revision(of: slug, on: db) }, on: loop)
            }.get()
            #expect(answers.count == 40 && answers.allSatisfy { $0 == region.revision })
            #expect(reads.readCount == 2)

            // A write committed before a request is in that request's answer.
            region.revision += 1
            try await region.save(on: app.db)
            #expect(try await reads.revision(of: slug, on: db).get() == region.revision)
            #expect(try await reads.revision(of: "bestaat-niet", on: db).get() == nil)
            #expect(reads.readCount == 4)
        }
    }

    @Test("Map data on another instance: its revision read for each request (not trusted from before); a write shows at once")
    func mapDataOnOtherInstance() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            try await Self.withSecondInstance(of: app, sqlitePath: try #require(app.testSQLitePath)) { other in
                let url = "/kaart.svg?municipality=GM0307"
                let first = try await other.testing().sendRequest(.GET, url)
                #expect(first.status == .ok && first.body.string.contains("Amersfoort: 0 initiatieven"))
                let readsBefore = other.revisionReads.readCount
                let again = try await other.testing().sendRequest(.GET, url)
                #expect(again.body.string == first.body.string)
                #expect(other.revisionReads.readCount == readsBefore + 1)

                let created = try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: .json(TestUsers.basic("coordinator@example.org")),
                    body: ByteBuffer(string: #"{"name":"Fictief leerplein Amersfoort","municipalityCodes":["GM0307"],"kind":"programme"}"#))
                #expect(created.status == .created)
                let after = try await other.testing().sendRequest(.GET, url)
                #expect(after.status == .ok && after.body.string.contains("Amersfoort: 1 initiatief"))
            }
        }
    }

    @Test("The write counter beside an SQLite file: every mapping of it sees an announced write; its path also from a URI; a Dutch error where it cannot be made")
    func sharedWriteCounter() throws {
        let path = NSTemporaryDirectory() + "regio-\(UUID().uuidString).sqlite"
        defer { DatabaseSetup.removeSQLiteFiles(at: path) }
        #expect(SharedWriteCounter.path(forDatabase: path) == path + "-writes")
        #expect(SharedWriteCounter.path(forDatabase: "file:\(path)?mode=ro") == path + "-writes")
        let one = try SharedWriteCounter(path: path + "-writes"), other = try SharedWriteCounter(path: path + "-writes")
        #expect(one.value == 0 && other.value == 0)
        one.announce()
        #expect(other.value == 1)
        other.announce()
        #expect(one.value == 2)
        // A third process arriving later neither resets it nor misses what came before.
        #expect(try SharedWriteCounter(path: path + "-writes").value == 2)
        #expect((try FileManager.default.attributesOfItem(atPath: path + "-writes")[.size] as? Int) == 8)
        #expect { try SharedWriteCounter(path: "/bestaat-niet/regio.sqlite-writes") } throws: {
            "\($0)".contains("Kan de schrijfteller ‘/bestaat-niet/regio.sqlite-writes’ niet openen")
        }
    }

    @Test("Several processes on one SQLite file trust a revision read moments ago until one announces a write; the others show it in their very next answer")
    func instancesShareWriteCounter() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            let counter = NSTemporaryDirectory() + "regio-\(UUID().uuidString)-writes"
            defer { try? FileManager.default.removeItem(atPath: counter) }
            // Trusted for a minute: only the counter can make them read again in this test.
            app.regionSnapshots = RegionSnapshotCache(revalidateAfter: 60, sharedWrites: try SharedWriteCounter(path: counter))
            try await Self.withSecondInstance(of: app, sqlitePath: app.testSQLitePath ?? "") { other in
                other.regionSnapshots = RegionSnapshotCache(revalidateAfter: 60, sharedWrites: try SharedWriteCounter(path: counter))
                let map = "/kaart.svg?municipality=GM0307", list = "/api/v1/initiatives?q=leerplein"
                let first = try await other.testing().sendRequest(.GET, map)
                #expect(first.body.string.contains("Amersfoort: 0 initiatieven"))
                #expect(try decode(LandscapePageDTO.self, try await other.testing().sendRequest(.GET, list)).total == 0)
                let reads = other.revisionReads.readCount
                #expect(try await other.testing().sendRequest(.GET, map).body.string == first.body.string)
                #expect(other.revisionReads.readCount == reads, "nothing was written: the revision read is trusted")

                let created = try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: .json(TestUsers.basic("coordinator@example.org")),
                    body: ByteBuffer(string: #"{"name":"Fictief leerplein Amersfoort","municipalityCodes":["GM0307"],"kind":"programme"}"#))
                #expect(created.status == .created)
                #expect(try await other.testing().sendRequest(.GET, map).body.string.contains("Amersfoort: 1 initiatief"))
                #expect(other.revisionReads.readCount == reads + 1)
                #expect(try decode(LandscapePageDTO.self, try await other.testing().sendRequest(.GET, list)).total == 1)
                _ = try await other.testing().sendRequest(.GET, map)
                #expect(other.revisionReads.readCount == reads + 1, "trusted again after reading the new revision")
            }
        }
    }

    @Test("PostgreSQL: while an instance hears changes its map data trusts the revision it read; a write elsewhere is heard; without listener it reads again",
          .enabled(if: DatabaseSetup.usesPostgres))
    func mapDataHearsWritesElsewhere() async throws {
        try await withApp { app in
            try await TestUsers.coordinator(app)
            try await Self.withSecondInstance(of: app, sqlitePath: "") { other in
                let listener = try #require(other.revisionListener)
                listener.start(other)
                try await Self.waitUntil { other.regionSnapshots.isListening }
                let url = "/kaart.svg?municipality=GM0307", slug = other.defaultRegionSlug
                let readsBefore = other.revisionReads.readCount
                let first = try await other.testing().sendRequest(.GET, url)
                let again = try await other.testing().sendRequest(.GET, url)
                #expect(first.body.string.contains("Amersfoort: 0 initiatieven") && again.body.string == first.body.string)
                #expect(other.revisionReads.readCount == readsBefore + 1)

                let created = try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: .json(TestUsers.basic("coordinator@example.org")),
                    body: ByteBuffer(string: #"{"name":"Fictief leerplein Amersfoort","municipalityCodes":["GM0307"],"kind":"programme"}"#))
                #expect(created.status == .created)
                try await Self.waitUntil { other.regionSnapshots.recentRevision(slug, trustingNotifications: true) == nil }
                let after = try await other.testing().sendRequest(.GET, url)
                #expect(after.body.string.contains("Amersfoort: 1 initiatief"))
                #expect(other.revisionReads.readCount == readsBefore + 2)

                await listener.stop()
                #expect(!other.regionSnapshots.isListening)
                _ = try await other.testing().sendRequest(.GET, url)
                #expect(other.revisionReads.readCount == readsBefore + 3)
            }
        }
    }

    /// Waits up to five seconds for `condition` (something another connection makes true).
    static func waitUntil(_ condition: () -> Bool) async throws {
        for _ in 0..<50 where !condition() { try await Task.sleep(for: .milliseconds(100)) }
        #expect(condition())
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
