import Foundation
import Plot
import RegioCore

/// The map page, the embeddable map and the SVG itself.
enum MapViews {
    /// The SVG of the current view; every municipality links to the same view with
    /// that municipality chosen.
    static func svg(_ s: MapController.MapState, path: String, standalone: Bool = false) -> String {
        let counts = s.counts
        let scale = ColourScale(counts: s.map.areas.map { counts[$0.code] })
        let others = s.parameters.filter { $0.0 != LandscapeQuery.Parameter.municipality }
        let areas = s.map.areas.map { a in
            MapArea(code: a.code, name: a.name, path: a.path, labelX: a.labelX, labelY: a.labelY, count: counts[a.code],
                    href: path + "?" + QueryString.encode(others + [(LandscapeQuery.Parameter.municipality, a.code)]) + "#gemeente")
        }
        let total = s.snapshot.landscape.entries.count
        return MapSVG.render(width: s.map.width, height: s.map.height, areas: areas, outlines: s.map.outlines, scale: scale,
                             selected: s.query.municipalityCodes.count == 1 ? s.query.municipalityCodes.first : nil,
                             title: "Kaart van \(s.snapshot.name): initiatieven per gemeente",
                             description: "\(s.map.areas.count) gemeenten, gekleurd naar het aantal initiatieven dat er actief is (van \(total) in de regio). De tabel onder de kaart geeft dezelfde aantallen.",
                             standalone: standalone)
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
            .div(.class("landscape map-layout"),
                 LandscapeViews.filters(query: s.query, page: s.page, snapshot: s.snapshot, action: "/kaart", extra: s.regionParameter),
                 .div(.class("map-main"),
                      figure(s, toolbar: .div(.class("map-toolbar"),
                          .div(.class("zoom-buttons"), .attribute(named: "role", value: "group"), .aria("Zoomen"),
                               .button(.type(.button), .class("button button-secondary button-small"), .attribute(named: "data-zoom", value: "in"), .aria("Inzoomen"), "+"),
                               .button(.type(.button), .class("button button-secondary button-small"), .attribute(named: "data-zoom", value: "out"), .aria("Uitzoomen"), "−"),
                               .button(.type(.button), .class("button button-secondary button-small"), .attribute(named: "data-zoom", value: "reset"), "Passend")),
                          .a(.class("button button-secondary button-small"), .href(svgURL), .attribute(named: "download", value: ""), "Download kaart (SVG)"),
                          .a(.class("button button-secondary button-small"), .href(csvURL), .attribute(named: "download", value: ""), "Exporteer lijst (CSV)"),
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
                   .title("Kaart van de lerende regio · \(s.snapshot.name)"),
                   .link(.rel(.icon), .href("/favicon.svg"), .attribute(named: "type", value: "image/svg+xml")),
                   .link(.rel(.stylesheet), .href("/css/regio.css")),
                   .script(.src("/js/map.js"), .defer())),
             .body(.class("embed"),
                .main(.class("embed-main"),
                    .div(.class("embed-head"),
                         .h1(.text("Lerende regio \(s.snapshot.name)")),
                         .a(.href("/kaart" + (s.parameters.isEmpty ? "" : "?" + QueryString.encode(s.parameters))), .attribute(named: "target", value: "_blank"),
                            .attribute(named: "rel", value: "noopener"), "Open de volledige kaart")),
                    figure(s, toolbar: .div(.class("map-toolbar"),
                        .div(.class("zoom-buttons"), .attribute(named: "role", value: "group"), .aria("Zoomen"),
                             .button(.type(.button), .class("button button-secondary button-small"), .attribute(named: "data-zoom", value: "in"), .aria("Inzoomen"), "+"),
                             .button(.type(.button), .class("button button-secondary button-small"), .attribute(named: "data-zoom", value: "out"), .aria("Uitzoomen"), "−"),
                             .button(.type(.button), .class("button button-secondary button-small"), .attribute(named: "data-zoom", value: "reset"), "Passend")))),
                    panel(s, path: "/embed/kaart", fullRecordTarget: "_blank"),
                    list(s, path: "/embed/kaart", newWindow: true),
                    table(s, path: "/embed/kaart"))))
    }

    private static func figure(_ s: MapController.MapState, toolbar: Node<HTML.BodyContext>) -> Node<HTML.BodyContext> {
        let counts = s.counts
        let scale = ColourScale(counts: s.map.areas.map { counts[$0.code] })
        return .element(named: "figure", nodes: [.class("map-figure"),
            toolbar,
            .div(.class("map-canvas"), .id("kaart"), .raw(svg(s, path: ""))),
            .element(named: "figcaption", nodes: [
                .div(.class("legend"), .aria("Legenda"),
                     .span(.class("legend-title"), "Aantal initiatieven"),
                     .ul(.forEach(scale.legend.enumerated()) { i, item in
                         .li(.span(.class("swatch swatch-\(i)"), .attribute(named: "aria-hidden", value: "true")), .text(item.label))
                     })),
                .p(.class("map-source"), "Gemeentegrenzen: Bron: CBS, Kadaster/PDOK (CC BY 4.0). Initiatieven voor de hele regio tellen in elke gemeente mee."),
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
                 .a(.class("button button-secondary button-small"), .href(close), .aria("Paneel sluiten"), "Sluiten")),
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
            .p(.a(.class("button"), .href("/initiatieven/\(entry.id.uuidString)" + (s.regionParameter.isEmpty ? "" : "?" + QueryString.encode(s.regionParameter))),
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
                 .if(chosen != nil, .a(.class("button button-secondary button-small"), .href(clear + "#kaart"), "Alle gemeenten"))),
            s.page.items.isEmpty ? .div(.class("empty-state"), .p("Geen initiatieven met deze filters.")) :
                .ol(.class("cards compact"), .forEach(s.page.items) { e in
                    LandscapeViews.card(e, snapshot: s.snapshot,
                                        href: path + "?" + QueryString.encode(s.parameters + [("initiative", e.id.uuidString)]) + "#paneel")
                }),
            Components.pagination(path: path, parameters: s.regionParameter + s.query.parameters, page: s.page.page, pageCount: s.page.pageCount, total: s.page.total, noun: "initiatieven"))
    }

    /// The text alternative of the map: the same counts as a table, by labour-market region.
    private static func table(_ s: MapController.MapState, path: String) -> Node<HTML.BodyContext> {
        let counts = s.counts
        let others = s.parameters.filter { $0.0 != LandscapeQuery.Parameter.municipality }
        let market = Dictionary(uniqueKeysWithValues: s.snapshot.labourMarkets.map { ($0.code, $0.name) })
        let rows = s.map.areas.sorted { ($0.labourMarketCode ?? "", $0.name) < ($1.labourMarketCode ?? "", $1.name) }
        return .details(.class("map-table"), .open(true),
            .summary("Aantallen per gemeente (tabel)"),
            .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Initiatieven per gemeente"), .attribute(named: "tabindex", value: "0"),
                .table(.class("data-table"),
                    .caption(.class("visually-hidden"), "Initiatieven per gemeente, met de filters van de kaart"),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Gemeente"), .th(.attribute(named: "scope", value: "col"), "Arbeidsmarktregio"),
                               .th(.attribute(named: "scope", value: "col"), .class("num"), "Initiatieven"))),
                    .tbody(.forEach(rows) { a in
                        .tr(.td(.a(.href(path + "?" + QueryString.encode(others + [(LandscapeQuery.Parameter.municipality, a.code)]) + "#gemeente"),
                                   .if(s.query.municipalityCodes.contains(a.code), .attribute(named: "aria-current", value: "true")), .text(a.name))),
                            .td(.text(a.labourMarketCode.flatMap { market[$0] } ?? "")),
                            .td(.class("num"), .text(String(counts[a.code]))))
                    }))))
    }
}
