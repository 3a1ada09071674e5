import Foundation
import RegioCore
import Vapor

/// The map of the learning region: `/kaart` (page) and `/embed/kaart` (for an iframe on
/// another website); `/kaart.svg` (the map data) is `MapDataController`. The URL holds
/// the whole view: the landscape filters plus `initiative` for the open detail panel.
struct MapController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("kaart", use: page)
        routes.get("embed", "kaart", use: embed)
    }

    /// Everything the map views need for one request.
    struct MapState: Sendable {
        var snapshot: RegionSnapshot
        var map: RegionMap
        var query: LandscapeQuery
        var page: LandscapePage<InitiativeEntry>
        var selectedInitiative: InitiativeEntry?
        /// The URL parameters of the view (region and filters, without page and initiative).
        var parameters: [(String, String)]
        var regionParameter: [(String, String)]

        var counts: FacetCounts { page.facets[.municipality] ?? FacetCounts() }
    }

    static func state(_ req: Request) async throws -> MapState {
        let snapshot = try await req.snapshot()
        let query = try LandscapeController.query(req, snapshot: snapshot)
        var selected: InitiativeEntry?
        if let raw = QueryString.decode(req.url.query)["initiative"]?.last, !raw.isEmpty {
            guard let id = UUID(uuidString: raw) else {
                throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "‘\(raw.prefix(40))’ is geen geldig initiatief-id.")
            }
            guard let entry = snapshot.landscape.entries.first(where: { $0.id == id }) else { throw Problem.notFound("Dit initiatief") }
            selected = entry
        }
        let map = try await req.application.regionMaps.map(for: snapshot.regionID, on: req.db)
        return MapState(snapshot: snapshot, map: map, query: query, page: snapshot.landscape.run(query, today: LandscapeController.today),
                        selectedInitiative: selected, parameters: req.regionParameter + query.parameters.filter { $0.0 != "page" },
                        regionParameter: req.regionParameter)
    }

    /// `laag=leerplekken` shows the learning places instead of the initiatives.
    static let layerParameter = "laag", placesLayer = "leerplekken"

    static func showsPlaces(_ req: Request) throws -> Bool {
        guard let raw = QueryString.decode(req.url.query)[layerParameter]?.last, !raw.isEmpty, raw != "initiatieven" else { return false }
        guard raw == placesLayer else {
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Onbekende kaartlaag ‘\(raw.prefix(40))’; kies ‘initiatieven’ of ‘leerplekken’.")
        }
        return true
    }

    func page(req: Request) async throws -> Response {
        if try Self.showsPlaces(req) {
            return LearningPlaceMap.page(try await LearningPlaceMap.state(req), context: try await req.pageContext()).response()
        }
        let state = try await Self.state(req)
        return MapViews.page(state, context: try await req.pageContext(), baseURL: Self.baseURL(req)).response()
    }

    func embed(req: Request) async throws -> Response {
        let state = try await Self.state(req)
        let response = MapViews.embed(state).response()
        response.headers.replaceOrAdd(name: "X-Regio-Embeddable", value: "1")
        return response
    }

    /// The version of a cached map answer: it depends on the region's revision and the day.
    static func cacheVersion(revision: Int) -> String { "\(revision)-\(LandscapeController.today.iso)" }

    static func download(req: Request) async throws -> Response {
        var headers = HTTPHeaders()
        headers.contentType = HTTPMediaType(type: "image", subType: "svg+xml", parameters: ["charset": "utf-8"])
        if try showsPlaces(req) {
            let state = try await LearningPlaceMap.state(req)
            headers.contentDisposition = .init(.attachment, filename: "kaart-leerplekken-\(state.snapshot.slug).svg")
            return Response(status: .ok, headers: headers, body: .init(string: MapViews.svg(state.map, layer: state.layer(path: "/kaart"), standalone: true)))
        }
        // The initiatives layer depends only on the region's revision, the day and the
        // URL, so it is drawn once per revision; the places layer is not in the revision.
        let snapshot = try await req.snapshot()
        return try await req.application.responseCache.respond(req, version: cacheVersion(revision: snapshot.revision)) {
            let state = try await state(req)
            headers.contentDisposition = .init(.attachment, filename: "kaart-\(state.snapshot.slug).svg")
            return Response(status: .ok, headers: headers, body: .init(string: MapViews.svg(state, path: "/kaart", standalone: true)))
        }
    }

    /// The site's own address, for the embed snippet.
    static func baseURL(_ req: Request) -> String {
        let host = req.headers.first(name: .host) ?? "127.0.0.1:8080"
        let scheme = req.headers.first(name: "X-Forwarded-Proto") ?? (req.application.secureCookies ? "https" : "http")
        return "\(scheme)://\(host)"
    }
}
