import NIOCore
import Vapor

/// `/kaart.svg`: the map data, a standalone SVG of the region with the counts of the
/// view in the URL (the same filters as `/kaart`). It is what embedding sites, dashboards
/// and downloads fetch, so a repeated question is answered from memory, on the event
/// loop, without starting a task:
/// - outside the HTML group: no session and no CSRF cookie, as nothing in it depends on
///   who asks (the public view);
/// - the answer is in the response cache per region revision. The revision is the one
///   read moments ago (one process on SQLite), or read since this instance started
///   listening for changes and none was heard (PostgreSQL: `RevisionListener`; a write on
///   another instance shows here within moments of its commit), or else read now for this
///   request together with the others that arrived meanwhile (`CoalescedRevisionReads`:
///   several processes on one SQLite file, or PostgreSQL while the listener is down).
/// Anything else (a new question, a write since, an unknown region, a database that does
/// not answer) goes to `MapController.download`, which makes the answer or the error page.
struct MapDataController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("kaart.svg") { req -> EventLoopFuture<Response> in
            let app = req.application
            let slug = req.regionSlug
            let cached = { @Sendable (revision: Int) in app.responseCache.cached(req, version: MapController.cacheVersion(revision: revision)) }
            if let revision = app.regionSnapshots.recentRevision(slug, trustingNotifications: true), let hit = cached(revision) {
                return req.eventLoop.makeSucceededFuture(hit)
            }
            let read = app.regionSnapshots.startingRead(of: slug)
            return app.revisionReads.revision(of: slug, on: req.db)
                .map { revision -> Response? in
                    guard let revision else { return nil }
                    app.regionSnapshots.finishedRead(read, revision: revision)
                    return cached(revision)
                }
                .recover { _ in nil }
                .flatMap { hit in
                    hit.map(req.eventLoop.makeSucceededFuture)
                        ?? req.eventLoop.makeFutureWithTask { try await MapController.download(req: req) }
                }
        }
    }
}
