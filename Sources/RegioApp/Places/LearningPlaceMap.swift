import Foundation
import Plot
import RegioCore
import Vapor

/// The learning places layer of the map (`/kaart?laag=leerplekken`): municipalities
/// shaded by the number of open places in the chosen period, the places of the chosen
/// municipality listed below, and the same counts as a table. Server-drawn like the
/// initiatives layer, so it works without script.
enum LearningPlaceMap {
    struct State {
        var snapshot: RegionSnapshot
        var map: RegionMap
        var query: LearningPlaceQuery
        var today: CalendarDay
        /// Open places per municipality, whichever municipality is chosen.
        var tally: LearningPlaceTally
        /// The places of the view: of the chosen municipality, or all.
        var places: [LearningPlaceRecord]
        var roleLabels: [String: String]
        /// Region, layer and filters, without municipality and page.
        var parameters: [(String, String)]
        var regionParameter: [(String, String)]

        var chosen: String? { query.municipalityCodes.count == 1 ? query.municipalityCodes.first : nil }

        func layer(path: String) -> MapViews.Layer {
            let (from, to) = query.period(today: today)
            let when = to.map { "van \(from.dutch) tot en met \($0.dutch)" } ?? "vanaf \(from.dutch)"
            return MapViews.Layer(
                count: { [tally] in tally.places(in: $0) }, unit: ("open leerplek", "open leerplekken"), selected: chosen,
                href: { [parameters] in path + "?" + QueryString.encode(parameters + [(LearningPlaceQuery.Parameter.municipality, $0)]) },
                title: "Kaart van \(snapshot.name): open leerplekken per gemeente",
                description: "\(map.areas.count) gemeenten, gekleurd naar het aantal leerplekken dat er open is \(when) (\(tally.total.places) in de regio). De tabel onder de kaart geeft dezelfde aantallen.",
                column: "Open leerplekken", note: "Een leerplek telt mee als haar periode op een of meer dagen \(when) valt.")
        }
    }

    static func state(_ req: Request) async throws -> State {
        let snapshot = try await req.snapshot()
        let query = try await LearningPlaceController.query(req)
        let today = LandscapeController.today
        let store = LearningPlaceStore(req: req)
        var wide = query
        wide.municipalityCodes = []
        let all = try await store.list(wide)
        let (from, to) = query.period(today: today)
        wide.page = 1
        return State(snapshot: snapshot, map: try await req.application.regionMaps.map(for: snapshot.regionID, on: req.db), query: query, today: today,
                     tally: LearningPlaceTally(all.map(\.fields), from: from, to: to),
                     places: all.filter { query.municipalityCodes.isEmpty || query.municipalityCodes.contains($0.municipalityCode) },
                     roleLabels: try await store.roleLabels(),
                     parameters: req.regionParameter + [(MapController.layerParameter, MapController.placesLayer)] + wide.parameters,
                     regionParameter: req.regionParameter)
    }

    /// At most this many places are listed under the map; the list page has them all.
    static let listed = 50

    static func page(_ s: State, context: PageContext) -> HTML {
        let layer = s.layer(path: "")
        let filterParams = s.parameters.filter { $0.0 != MapController.layerParameter && $0.0 != "region" }
            + s.query.municipalityCodes.sorted().map { (LearningPlaceQuery.Parameter.municipality, $0) }
        let csvURL = "/leerplekken.csv" + (filterParams.isEmpty ? "" : "?" + QueryString.encode(filterParams))
        let listURL = "/leerplekken" + (filterParams.isEmpty ? "" : "?" + QueryString.encode(filterParams))
        let svgURL = "/kaart.svg?" + QueryString.encode(s.parameters + s.query.municipalityCodes.sorted().map { (LearningPlaceQuery.Parameter.municipality, $0) })
        let chosenName = s.chosen.map(s.snapshot.municipalityName)
        let heading = chosenName.map { "Leerplekken in \($0)" } ?? "Leerplekken"
        let shownPlaces = s.places.reduce(0) { $0 + $1.count }
        return Layout.page(title: "\(Components.count(s.tally.total.places, "open leerplek", "open leerplekken")) · Kaart", context: context,
                           description: "Kaart van de leerplekken in \(s.snapshot.name).", body: .div(.class("wrap"),
            .div(.class("page-head"),
                 .div(.h1(.text("Kaart van de lerende regio"), .span(.class("h1-sub"), .text(" · \(s.snapshot.name)"))),
                      .p(.class("lead"), .text("Waar bieden organisaties stages, BBL-plekken, leerbanen en snuffelstages aan? Elke gemeente is gekleurd naar het aantal open leerplekken; kies een gemeente voor de lijst.")))),
            MapViews.layerSwitch(places: true, regionParameter: s.regionParameter),
            .div(.class("landscape map-layout"),
                 .aside(.class("filters"), .aria("Filters"),
                     .h2(.class("visually-hidden"), "Filters"),
                     LearningPlaceViews.filters(s.query, snapshot: s.snapshot, action: "/kaart",
                                                extra: s.regionParameter + [(MapController.layerParameter, MapController.placesLayer)]
                                                    + s.query.municipalityCodes.sorted().map { (LearningPlaceQuery.Parameter.municipality, $0) },
                                                municipality: false, style: "place-filters")),
                 .div(.class("map-main"),
                      MapViews.figure(s.map, layer: layer, toolbar: .div(.class("map-toolbar"),
                          MapViews.zoomButtons,
                          .a(.class("button button-secondary button-small"), .href(svgURL.attributeEscaped), .attribute(named: "download", value: ""), "Download kaart (SVG)"),
                          .a(.class("button button-secondary button-small"), .href(csvURL.attributeEscaped), .attribute(named: "download", value: ""), "Exporteer leerplekken (CSV)"))),
                      .section(.class("results"), .id("gemeente"), .aria(heading),
                          .div(.class("results-head"),
                               .h2(.id("resultaten"), .attribute(named: "tabindex", value: "-1"), .text("\(heading) (\(shownPlaces))")),
                               .if(s.chosen != nil, .a(.class("button button-secondary button-small"), .href(("/kaart?" + QueryString.encode(s.parameters) + "#kaart").attributeEscaped), "Alle gemeenten"))),
                          s.places.isEmpty
                            ? .div(.class("empty-state"), .p(.text(chosenName.map { "Geen open leerplekken in \($0) met deze filters." } ?? "Geen open leerplekken met deze filters.")),
                                   .p(.a(.href("/leerplekken"), "Naar alle leerplekken")))
                            : .group(LearningPlaceViews.table(Array(s.places.prefix(listed)), snapshot: s.snapshot, roleLabels: s.roleLabels,
                                                              caption: heading + ", op startdatum", showMunicipality: s.chosen == nil, showRole: false),
                                     .if(s.places.count > listed, .p(.a(.href(listURL.attributeEscaped), .text("Bekijk alle \(s.places.count) in de lijst van leerplekken"))))),
                          .p(.class("muted"), .a(.href(listURL.attributeEscaped), "Deze leerplekken als lijst"))),
                      MapViews.table(s.map, layer: s.layer(path: "/kaart"), snapshot: s.snapshot)))
        ), scripts: ["/js/filters.js", "/js/map.js"])
    }
}
