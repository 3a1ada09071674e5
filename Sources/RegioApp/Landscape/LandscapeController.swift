import Foundation
import RegioCore
import Vapor

/// The landscape overview: search, facets, sort and pages over the region's initiatives,
/// as HTML (`/`), CSV (`/initiatieven.csv`) and JSON (`/api/v1/initiatives`).
struct LandscapeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get(use: overview)
        routes.get("initiatieven", use: overview)
        routes.get("initiatieven.csv", use: csv)
    }

    /// Parses the URL's query; bad parameters are a 400 with a Dutch message.
    static func query(_ req: Request, snapshot: RegionSnapshot) throws -> LandscapeQuery {
        switch LandscapeQuery.parse(QueryString.decode(req.url.query), vocabulary: snapshot.vocabulary) {
        case .success(let q): return q
        case .failure(let failure):
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht",
                          detail: failure.errors.map(\.message).joined(separator: " "), fieldErrors: failure.errors)
        }
    }

    static var today: CalendarDay { RegionClock.today }

    func overview(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let query = try Self.query(req, snapshot: snapshot)
        let page = snapshot.landscape.run(query, today: Self.today)
        let context = try await req.pageContext()
        return LandscapeViews.overview(page: page, query: query, snapshot: snapshot, context: context).response()
    }

    func csv(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let query = try Self.query(req, snapshot: snapshot)
        let all = snapshot.landscape.run(query, today: Self.today, paginate: false)
        let body = InitiativeCSV.encode(all.items.map { ($0.id, $0.fields) }, snapshot: snapshot)
        return CSVResponse.make(body, filename: "initiatieven-\(snapshot.slug).csv")
    }
}
