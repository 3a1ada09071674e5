import Foundation
import Plot
import RegioCore

/// The map page, the embeddable map and the SVG itself.
enum MapViews {
    /// What one layer of the map shows: a count per municipality, and where choosing a
    /// municipality leads. The initiatives and the learning places are such layers.
    struct Layer {
        var count: (String) -> Int
        /// "initiatief" / "initiatieven": what the count counts.
        var unit: (singular: String, plural: String)
        var selected: String?
        /// The municipalities the view is filtered on (the table marks them).
        var chosen: Set<String>
        /// The URL of the same view with municipality `code` chosen (path and query).
        var href: (String) -> String
        var title: String
        var description: String
        /// The legend's title and the table's number column, e.g. "Initiatieven".
        var column: String
        var note: String

        /// The initiatives of the view, as the landscape counts them.
        init(_ s: MapController.MapState, path: String) {
            let counts = s.counts
            let others = s.parameters.filter { $0.0 != LandscapeQuery.Parameter.municipality }
            count = { counts[$0] }
            unit = ("initiatief", "initiatieven")
            selected = s.query.municipalityCodes.count == 1 ? s.query.municipalityCodes.first : nil
            chosen = s.query.municipalityCodes
            href = { path + "?" + QueryString.encode(others + [(LandscapeQuery.Parameter.municipality, $0)]) }
            title = "Kaart van \(s.snapshot.name): initiatieven per gemeente"
            description = "\(s.map.areas.count) gemeenten, gekleurd naar het aantal initiatieven dat er actief is (van \(s.snapshot.landscape.entries.count) in de regio). De tabel onder de kaart geeft dezelfde aantallen."
            column = "Initiatieven"
            note = "Initiatieven voor de hele regio tellen in elke gemeente mee."
        }

        init(count: @escaping (String) -> Int, unit: (String, String), selected: String?, href: @escaping (String) -> String,
             title: String, description: String, column: String, note: String) {
            self.count = count; self.unit = unit; self.selected = selected; chosen = selected.map { [$0] } ?? []; self.href = href
            self.title = title; self.description = description; self.column = column; self.note = note
        }

        func scale(_ map: RegionMap) -> ColourScale { ColourScale(counts: map.areas.map { count($0.code) }) }
    }

    /// The SVG of the current view; every municipality links to the same view with
    /// that municipality chosen.
    static func svg(_ s: MapController.MapState, path: String, standalone: Bool = false) -> String {
        svg(s.map, layer: Layer(s, path: path), standalone: standalone)
    }

    static func svg(_ map: RegionMap, layer: Layer, standalone: Bool = false) -> String {
        let areas = map.areas.map { a in
            MapArea(code: a.code, name: a.name, path: a.path, labelX: a.labelX, labelY: a.labelY, count: layer.count(a.code), href: layer.href(a.code) + "#gemeente")
        }
        return MapSVG.render(width: map.width, height: map.height, areas: areas, outlines: map.outlines, scale: layer.scale(map),
                             selected: layer.selected, title: layer.title, description: layer.description, unit: layer.unit, standalone: standalone)
    }

    /// Zoom buttons for the map's script (hidden without it).
    static var zoomButtons: Node<HTML.BodyContext> {
        .div(.class("zoom-buttons"), .attribute(named: "role", value: "group"), .aria("Zoomen"),
             .button(.type(.button), .class("button button-secondary button-small"), .attribute(named: "data-zoom", value: "in"), .aria("Inzoomen"), "+"),
             .button(.type(.button), .class("button button-secondary button-small"), .attribute(named: "data-zoom", value: "out"), .aria("Uitzoomen"), "−"),
             .button(.type(.button), .class("button button-secondary button-small"), .attribute(named: "data-zoom", value: "reset"), "Passend"))
    }

    /// What the map shows: initiatives, or learning places (`laag=leerplekken`). Plain
    /// links, so switching works without script; the region stays.
    static func layerSwitch(places: Bool, regionParameter: [(String, String)]) -> Node<HTML.BodyContext> {
        func link(_ label: String, _ params: [(String, String)], current: Bool) -> Node<HTML.ListContext> {
            .li(.a(.href(("/kaart" + (params.isEmpty ? "" : "?" + QueryString.encode(params))).attributeEscaped), .if(current, .attribute(named: "aria-current", value: "page")), .text(label)))
        }
        return .nav(.class("layer-switch"), .aria("Kaartlaag"),
            .span(.class("layer-switch-label"), "Toon op de kaart:"),
            .ul(link("Initiatieven", regionParameter, current: !places),
                link("Leerplekken", regionParameter + [(MapController.layerParameter, MapController.placesLayer)], current: places)))
    }

    static func page(_ s: MapController.MapState, context: PageContext, baseURL: String) -> HTML {
        let embedURL = baseURL + "/embed/kaart" + (s.parameters.isEmpty ? "" : "?" + QueryString.encode(s.parameters))
        let snippet = "<iframe src=\"\(embedURL)\" title=\"Kaart van de lerende regio \(s.snapshot.name)\" width=\"100%\" height=\"720\" style=\"border:0\" loading=\"lazy\"></iframe>"
        let svgURL = "/kaart.svg" + (s.parameters.isEmpty ? "" : "?" + QueryString.encode(s.parameters))
        let csvURL = "/initiatieven.csv" + (s.parameters.isEmpty ? "" : "?" + QueryString.encode(s.parameters))
        return Layout.page(title: "\(Components.count(s.page.total, "initiatief", "initiatieven")) · Kaart", context: context,
                           description: "Kaart van het leer- en ontwikkellandschap van \(s.snapshot.name).", body: .div(.class("wrap"),
            .div(.class("page-head"),
                 .div(.h1(.text("Kaart van de lerende regio"), .span(.class("h1-sub"), .text(" · \(s.snapshot.name)"))),
                      .p(.class("lead"), .text("Waar zijn de initiatieven voor leren en ontwikkelen in zorg en welzijn actief? Kies een gemeente op de kaart of in de tabel; filters werken op kaart en lijst samen.")),
                      .p(.a(.href("/kaart/nederland"), "Alle lerende regio's in Nederland")))),
            layerSwitch(places: false, regionParameter: s.regionParameter),
            .div(.class("landscape map-layout"),
                 LandscapeViews.filters(query: s.query, page: s.page, snapshot: s.snapshot, action: "/kaart", extra: s.regionParameter),
                 .div(.class("map-main"),
                      figure(s, toolbar: .div(.class("map-toolbar"),
                          zoomButtons,
                          .a(.class("button button-secondary button-small"), .href(svgURL.attributeEscaped), .attribute(named: "download", value: ""), "Download kaart (SVG)"),
                          .a(.class("button button-secondary button-small"), .href(csvURL.attributeEscaped), .attribute(named: "download", value: ""), "Exporteer lijst (CSV)"),
                          .details(.class("embed-snippet"),
                                   .summary("Kaart insluiten"),
                                   .label(.for("embed-code"), "Plak deze code in een webpagina; de filters van nu gaan mee."),
                                   .textarea(.id("embed-code"), .attribute(named: "readonly"), .rows(3), .text(snippet))))),
                      panel(s, path: "/kaart", fullRecordTarget: nil),
                      list(s, path: "/kaart", newWindow: false),
                      table(s, path: "/kaart")))
        ), scripts: ["/js/filters.js", "/js/map.js"])
    }

    static func embed(_ s: MapController.MapState) -> HTML {
        HTML(.lang(.dutch),
             .head(.meta(.charset(.utf8)), .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                   Layout.titleTags("Kaart van de lerende regio · \(s.snapshot.name)"),
                   .link(.rel(.icon), .href("/favicon.svg"), .attribute(named: "type", value: "image/svg+xml")),
                   .link(.rel(.stylesheet), .href("/css/regio.css")),
                   .script(.src("/js/map.js"), .defer())),
             .body(.class("embed"),
                .main(.class("embed-main"),
                    .div(.class("embed-head"),
                         .h1(.text("Lerende regio \(s.snapshot.name)")),
                         .a(.href(("/kaart" + (s.parameters.isEmpty ? "" : "?" + QueryString.encode(s.parameters))).attributeEscaped), .attribute(named: "target", value: "_blank"),
                            .attribute(named: "rel", value: "noopener"), "Open de volledige kaart")),
                    figure(s, toolbar: .div(.class("map-toolbar"),
                        zoomButtons)),
                    panel(s, path: "/embed/kaart", fullRecordTarget: "_blank"),
                    list(s, path: "/embed/kaart", newWindow: true),
                    table(s, path: "/embed/kaart"))))
    }

    private static func figure(_ s: MapController.MapState, toolbar: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        figure(s.map, layer: Layer(s, path: ""), toolbar: toolbar)
    }

    /// The map with its toolbar, legend and sources.
    static func figure(_ map: RegionMap, layer: Layer, toolbar: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        .element(named: "figure", nodes: [.class("map-figure"),
            toolbar,
            .div(.class("map-canvas"), .id("kaart"), .raw(svg(map, layer: layer))),
            .element(named: "figcaption", nodes: [
                .div(.class("legend"), .aria("Legenda"),
                     .span(.class("legend-title"), .text("Aantal \(layer.unit.plural)")),
                     .ul(.forEach(layer.scale(map).legend.enumerated()) { i, item in
                         .li(.span(.class("swatch swatch-\(i)"), .attribute(named: "aria-hidden", value: "true")), .text(item.label))
                     })),
                .p(.class("map-source"), .text("Gemeentegrenzen: Bron: CBS, Kadaster/PDOK (CC BY 4.0). \(layer.note)")),
            ])])
    }

    /// The open initiative: partners, place and a link to the full record.
    private static func panel(_ s: MapController.MapState, path: String, fullRecordTarget: String?) -> Node<HTML.BodyContext> {
        guard let entry = s.selectedInitiative else { return .empty }
        let f = entry.fields
        let close = path + (s.parameters.isEmpty ? "" : "?" + QueryString.encode(s.parameters))
        let scope = f.wholeRegion ? "Hele regio" : f.municipalityCodes.map(s.snapshot.municipalityName).joined(separator: ", ")
        return .section(.class("panel initiative-panel"), .id("paneel"), .aria("Gekozen initiatief"),
            .div(.class("panel-head"),
                 .h2(.text(f.name)),
                 .a(.class("button button-secondary button-small"), .href(close.attributeEscaped), .aria("Paneel sluiten"), "Sluiten")),
            .p(.class("badges"),
               .unwrap(f.kind) { Components.badge($0.dutchLabel, style: "kind") },
               .unwrap(f.maturity) { Components.badge($0.dutchLabel, style: "maturity-\($0.rawValue)") },
               .if(f.recordStatus == .concept, Components.badge("Concept", style: "concept"))),
            .p(.valueOrMissing(f.goal)),
            .dl(.class("facts"),
                Components.fact("Werkgebied", text: scope.isEmpty ? nil : scope),
                Components.fact("Deelnemende organisaties", f.participants.isEmpty ? Missing.node() : .ul(.class("participants"), .forEach(f.participants) { p in
                    .li(.text(s.snapshot.organisation(p.organisationID)?.name ?? "Verwijderde organisatie"), " ", Components.badge(p.role.dutchLabel, style: "role"))
                }))),
            .p(.a(.class("button"), .href(("/initiatieven/\(entry.id.uuidString)" + (s.regionParameter.isEmpty ? "" : "?" + QueryString.encode(s.regionParameter))).attributeEscaped),
                  .unwrap(fullRecordTarget) { .attribute(named: "target", value: $0) }, "Bekijk het volledige initiatief")))
    }

    /// The initiatives of the view (the chosen municipality, or all), as the overview shows them.
    private static func list(_ s: MapController.MapState, path: String, newWindow: Bool) -> Node<HTML.BodyContext> {
        let chosen = s.query.municipalityCodes.count == 1 ? s.query.municipalityCodes.first.map(s.snapshot.municipalityName) : nil
        let heading = chosen.map { "Initiatieven in \($0)" } ?? "Initiatieven"
        let clear = path + "?" + QueryString.encode(s.parameters.filter { $0.0 != LandscapeQuery.Parameter.municipality })
        return .section(.class("results"), .id("gemeente"), .aria(heading),
            .div(.class("results-head"),
                 .h2(.id("resultaten"), .attribute(named: "tabindex", value: "-1"), .text("\(heading) (\(s.page.total))")),
                 .if(chosen != nil, .a(.class("button button-secondary button-small"), .href((clear + "#kaart").attributeEscaped), "Alle gemeenten"))),
            s.page.items.isEmpty ? .div(.class("empty-state"), .p("Geen initiatieven met deze filters.")) :
                .ol(.class("cards compact"), .forEach(s.page.items) { e in
                    LandscapeViews.card(e, snapshot: s.snapshot,
                                        href: path + "?" + QueryString.encode(s.parameters + [("initiative", e.id.uuidString)]) + "#paneel")
                }),
            Components.pagination(path: path, parameters: s.regionParameter + s.query.parameters, page: s.page.page, pageCount: s.page.pageCount, total: s.page.total, noun: "initiatieven"))
    }

    /// The text alternative of the map: the same counts as a table, by labour-market region.
    private static func table(_ s: MapController.MapState, path: String) -> Node<HTML.BodyContext> {
        table(s.map, layer: Layer(s, path: path), snapshot: s.snapshot)
    }

    static func table(_ map: RegionMap, layer: Layer, snapshot: RegionSnapshot) -> Node<HTML.BodyContext> {
        let market = Dictionary(uniqueKeysWithValues: snapshot.labourMarkets.map { ($0.code, $0.name) })
        let rows = map.areas.sorted { ($0.labourMarketCode ?? "", $0.name) < ($1.labourMarketCode ?? "", $1.name) }
        return .details(.class("map-table"), .open(true),
            .summary("Aantallen per gemeente (tabel)"),
            .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("\(layer.column) per gemeente"), .attribute(named: "tabindex", value: "0"),
                .table(.class("data-table"),
                    .caption(.class("visually-hidden"), .text("\(layer.column) per gemeente, met de filters van de kaart")),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Gemeente"), .th(.attribute(named: "scope", value: "col"), "Arbeidsmarktregio"),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), .text(layer.column)))),
                    .tbody(.forEach(rows) { a in
                        .tr(.td(.a(.href((layer.href(a.code) + "#gemeente").attributeEscaped), .if(layer.chosen.contains(a.code), .attribute(named: "aria-current", value: "true")), .text(a.name))),
                            .td(.text(a.labourMarketCode.flatMap { market[$0] } ?? "")),
                            .td(.class("num"), .text(String(layer.count(a.code)))))
                    }))))
    }
}
