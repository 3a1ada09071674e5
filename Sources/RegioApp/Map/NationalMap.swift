import Fluent
import Foundation
import Plot
import RegioCore
import Vapor

/// The national overview (`/kaart/nederland`): all 342 municipalities, those of a loaded
/// region in its colour and linking to its map, with a table of the regions.
struct NationalMapController: RouteCollection {
    static let palette = ["#0b5563", "#b45309", "#6d28d9", "#15803d", "#be123c", "#1d4ed8"]

    func boot(routes: any RoutesBuilder) throws {
        routes.get("kaart", "nederland", use: page)
    }

    struct RegionRow: Sendable { var slug: String; var name: String; var municipalities: Int; var initiatives: Int; var colour: Int }

    func page(req: Request) async throws -> Response {
        let national = try await req.application.nationalMap.geometry(paths: req.application.paths)
        let regions = try await Region.query(on: req.db).sort(\.$name).all()
        var member: [String: Int] = [:]
        var rows: [RegionRow] = []
        for (i, region) in regions.enumerated() {
            let id = try region.requireID()
            let codes = try await Municipality.query(on: req.db).filter(\.$region.$id == id).field(\.$code).all().map(\.code)
            for code in codes where member[code] == nil { member[code] = i }
            let snapshot = try await req.application.regionSnapshots.snapshot(for: region, on: req.db)
            rows.append(RegionRow(slug: region.slug, name: region.name, municipalities: codes.count, initiatives: snapshot.landscape.entries.count,
                                  colour: i % Self.palette.count))
        }
        var svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(MapProjection.number(national.width)) \(MapProjection.number(national.height))\" class=\"map-svg\" role=\"group\" aria-label=\"Kaart van Nederland met de lerende regio's; de tabel ernaast geeft dezelfde gegevens\">"
        for area in national.areas {
            if let i = member[area.code] {
                let row = rows[i]
                let label = "\(area.name), \(row.name): \(Components.count(row.initiatives, "initiatief", "initiatieven")) in de regio"
                svg += "<a href=\"/kaart?region=\(MapSVG.escape(row.slug))\" aria-label=\"\(MapSVG.escape(label))\"><path class=\"area\" d=\"\(area.path)\" fill=\"\(Self.palette[row.colour])\"><title>\(MapSVG.escape(label))</title></path></a>"
            } else {
                svg += "<path class=\"area\" d=\"\(area.path)\" fill=\"#e5eaec\" aria-hidden=\"true\"><title>\(MapSVG.escape(area.name))</title></path>"
            }
        }
        svg += "</svg>"
        let context = try await req.pageContext()
        return Layout.page(title: "Lerende regio's in Nederland", context: context, body: .div(.class("wrap"),
            .div(.class("page-head"), .div(.h1("Lerende regio's in Nederland"),
                 .p(.class("lead"), .text("Alle regio's op dit platform. Kies een regio voor haar kaart van het leer- en ontwikkellandschap.")))),
            .div(.class("landscape map-layout"),
                 .section(.class("filters"), .aria("Regio's"),
                     .h2("Regio's"),
                     .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Regio's"), .attribute(named: "tabindex", value: "0"),
                          .table(.class("data-table"),
                                 .caption(.class("visually-hidden"), "Regio's met hun aantal gemeenten en initiatieven"),
                                 .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Regio"), .th(.attribute(named: "scope", value: "col"), .class("num"), "Gemeenten"),
                                            .th(.attribute(named: "scope", value: "col"), .class("num"), "Initiatieven"))),
                                 .tbody(.forEach(rows) { row in
                                     .tr(.td(.span(.class("region-key region-key-\(row.colour)"), .attribute(named: "aria-hidden", value: "true")),
                                             .a(.href("/kaart?region=\(row.slug)".attributeEscaped), .text(row.name))),
                                         .td(.class("num"), .text(String(row.municipalities))), .td(.class("num"), .text(String(row.initiatives))))
                                 }))),
                     .p(.class("map-source"), .span(.class("region-key region-key-none"), .attribute(named: "aria-hidden", value: "true")), "Gemeenten nog zonder regio op dit platform.")),
                 .div(.class("map-main"),
                      .element(named: "figure", nodes: [.class("map-figure"),
                          .div(.class("map-canvas"), .raw(svg)),
                          .element(named: "figcaption", nodes: [.p(.class("map-source"), "Gemeentegrenzen 2024: Bron: CBS, Kadaster/PDOK (CC BY 4.0).")])])))
        )).response()
    }
}

/// The projected national municipality map, computed once.
actor NationalMapCache {
    struct Geometry: Sendable { var width: Double; var height: Double; var areas: [(code: String, name: String, path: String)] }
    private var geometry: Geometry?

    func geometry(paths: AppPaths) throws -> Geometry {
        if let geometry { return geometry }
        let boundaries = try GeoData.boundaries(path: paths.nationalBoundaries)
        let names = try GeoData.centroids(path: paths.nationalCentroids)
        let shapes = boundaries.keys.sorted().map { code in (code, (try? GeoJSON.polygons(geometry: boundaries[code]!)) ?? []) }
        var bounds = GeoBounds()
        for (_, polygons) in shapes { bounds.include(polygons) }
        let projection = MapProjection(bounds: bounds, width: 640)
        let made = Geometry(width: projection.width, height: projection.height,
                            areas: shapes.map { ($0.0, names[$0.0]?.name ?? $0.0, projection.path($0.1)) })
        geometry = made
        return made
    }
}

extension Application {
    private struct NationalMapKey: StorageKey { typealias Value = NationalMapCache }

    var nationalMap: NationalMapCache {
        get { storage[NationalMapKey.self] ?? NationalMapCache() }
        set { storage[NationalMapKey.self] = newValue }
    }
}
