import NIOCore
import Vapor

/// `/kaart.svg`: the map data, a standalone SVG of the region with the counts of the
/// view in the URL (the same filters as `/kaart`). It is what embedding sites, dashboards
/// and downloads fetch, so it is made cheap:
/// - outside the HTML group: no session and no CSRF cookie, as nothing in it depends on
///   who asks (the public view);
/// - a repeated question is answered on the event loop, without starting a task, when
///   the region's revision was read moments ago and the answer is in the response cache.
///   Otherwise (a new question, a write since, or PostgreSQL, where the revision is read on
///   every request) `MapController.download` makes it.
struct MapDataController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("kaart.svg") { req -> EventLoopFuture<Response> in
            let app = req.application
            if let revision = app.regionSnapshots.recentRevision(req.regionSlug),
               let hit = app.responseCache.cached(req, version: MapController.cacheVersion(revision: revision)) {
                return req.eventLoop.makeSucceededFuture(hit)
            }
            return req.eventLoop.makeFutureWithTask { try await MapController.download(req: req) }
        }
    }
}
