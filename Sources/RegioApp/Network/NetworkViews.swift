import Foundation
import Plot
import RegioCore

/// The network page: the drawing and its text alternative.
enum NetworkViews {
    static func page(_ s: NetworkController.NetworkState, context: PageContext) -> HTML {
        let degrees = s.graph.degrees
        let neighbours = s.graph.neighbours
        let focusSet: Set<Int> = s.focus.map { Set([$0] + neighbours[$0]) } ?? []
        let isolatedInitiatives = s.graph.isolatedInitiatives.count
        return Layout.page(title: "Netwerk", context: context, body: .div(.class("wrap"),
            .div(.class("page-head"),
                 .div(.h1("Netwerk van de lerende regio"),
                      .p(.class("lead"), .text("Welke organisaties werken samen in welke initiatieven en ontwikkelcoalities? Kies een organisatie, initiatief of coalitie om zijn buren te zien.")))),
            .div(.class("landscape map-layout"),
                 LandscapeViews.filters(query: s.query, page: s.page, snapshot: s.snapshot, action: "/netwerk"),
                 .div(.class("map-main"),
                      .element(named: "figure", nodes: [.class("map-figure network-figure"),
                          .div(.class("map-canvas"), .raw(svg(s, focusSet: focusSet, degrees: degrees))),
                          .element(named: "figcaption", nodes: [
                              .ul(.class("network-legend"),
                                  .li(.span(.class("node-key node-key-organisation"), .attribute(named: "aria-hidden", value: "true")), "Organisatie"),
                                  .li(.span(.class("node-key node-key-initiative"), .attribute(named: "aria-hidden", value: "true")), "Initiatief"),
                                  .li(.span(.class("node-key node-key-coalition"), .attribute(named: "aria-hidden", value: "true")), "Ontwikkelcoalitie"),
                                  .li("Grootte: aantal verbindingen")),
                              .p(.class("map-source"), .text(summary(s, isolatedInitiatives: isolatedInitiatives))),
                          ])]),
                      focusPanel(s, neighbours: neighbours),
                      analysis(s, degrees: degrees),
                      table(s, degrees: degrees, neighbours: neighbours)))
        ), script: "/js/filters.js")
    }

    static func summary(_ s: NetworkController.NetworkState, isolatedInitiatives: Int) -> String {
        var parts = ["\(Components.count(s.graph.nodes.count, "knooppunt", "knooppunten")) en \(Components.count(s.graph.edges.count, "verbinding", "verbindingen"))."]
        if isolatedInitiatives > 0 {
            parts.append("\(Components.count(isolatedInitiatives, "initiatief heeft", "initiatieven hebben")) nog geen vastgelegde deelnemers; ze staan onderaan.")
        }
        if s.leftOut.initiatives > 0 { parts.append("\(s.leftOut.initiatives) initiatieven passen niet meer in de tekening; verfijn de filters om ze te zien.") }
        if s.leftOut.coalitions > 0 { parts.append("\(Components.count(s.leftOut.coalitions, "coalitie past", "coalities passen")) niet meer in de tekening.") }
        return parts.joined(separator: " ")
    }

    static func focusURL(_ s: NetworkController.NetworkState, _ index: Int) -> String {
        "/netwerk?" + QueryString.encode(s.parameters + [("focus", s.graph.nodes[index].id)]) + "#focus"
    }

    static func recordURL(_ node: NetworkGraph.Node) -> String {
        let id = String(node.id.dropFirst(2))
        switch node.kind {
        case .organisation: return "/organisaties/\(id)"
        case .initiative: return "/initiatieven/\(id)"
        case .coalition: return "/coalities/\(id)"
        }
    }

    /// "Organisatie", "Initiatief", "Coalitie".
    static func kindLabel(_ kind: NetworkNodeKind) -> String {
        switch kind {
        case .organisation: "Organisatie"
        case .initiative: "Initiatief"
        case .coalition: "Coalitie"
        }
    }

    /// The drawing: edges first, then nodes with labels; each node a link that focuses it.
    static func svg(_ s: NetworkController.NetworkState, focusSet: Set<Int>, degrees: [Int]) -> String {
        let p = s.layout.positions
        func n(_ v: Double) -> String { MapProjection.number(v) }
        var out = "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 \(n(s.width)) \(n(s.layout.height))\" class=\"network-svg\" role=\"group\" aria-label=\"Netwerk van organisaties, initiatieven en coalities; de tabel eronder geeft dezelfde verbindingen\">"
        out += "<g class=\"edges\" aria-hidden=\"true\">"
        for (a, b) in s.graph.edges {
            let faded = !focusSet.isEmpty && !(focusSet.contains(a) && focusSet.contains(b))
            out += "<line x1=\"\(n(p[a].x))\" y1=\"\(n(p[a].y))\" x2=\"\(n(p[b].x))\" y2=\"\(n(p[b].y))\"\(faded ? " class=\"faded\"" : "")/>"
        }
        out += "</g><g class=\"nodes\">"
        for (i, node) in s.graph.nodes.enumerated() {
            let r = 5 + min(Double(degrees[i]) * 1.5, 12)
            let state = focusSet.isEmpty ? "" : (i == s.focus ? " focus" : focusSet.contains(i) ? " neighbour" : " faded")
            let label = "\(node.label) (\(kindLabel(node.kind).lowercased()), \(Components.count(degrees[i], "verbinding", "verbindingen")))"
            out += "<a href=\"\(MapSVG.escape(focusURL(s, i)))\" class=\"node node-\(node.kind.rawValue)\(state)\" aria-label=\"\(MapSVG.escape(label))\">"
            switch node.kind {
            case .organisation:
                out += "<circle cx=\"\(n(p[i].x))\" cy=\"\(n(p[i].y))\" r=\"\(n(r))\"/>"
            case .initiative:
                out += "<rect x=\"\(n(p[i].x - r * 0.85))\" y=\"\(n(p[i].y - r * 0.85))\" width=\"\(n(r * 1.7))\" height=\"\(n(r * 1.7))\" rx=\"2\"/>"
            case .coalition:
                // A diamond: a third shape, so the kinds differ without relying on colour.
                let d = r * 1.2
                out += "<path d=\"M\(n(p[i].x)) \(n(p[i].y - d))L\(n(p[i].x + d)) \(n(p[i].y))L\(n(p[i].x)) \(n(p[i].y + d))L\(n(p[i].x - d)) \(n(p[i].y))Z\"/>"
            }
            if !s.layout.labels[i].isEmpty {
                out += "<text x=\"\(n(p[i].x + r + 4))\" y=\"\(n(p[i].y + 4))\">\(MapSVG.escape(s.layout.labels[i]))</text>"
            }
            out += "<title>\(MapSVG.escape(label))</title></a>"
        }
        return out + "</g></svg>"
    }

    private static func focusPanel(_ s: NetworkController.NetworkState, neighbours: [[Int]]) -> Node<HTML.BodyContext> {
        guard let focus = s.focus else { return .empty }
        let node = s.graph.nodes[focus]
        let close = "/netwerk" + (s.parameters.isEmpty ? "" : "?" + QueryString.encode(s.parameters))
        return .section(.class("panel initiative-panel"), .id("focus"), .aria("Gekozen knooppunt"),
            .div(.class("panel-head"), .h2(.text(node.label)), .a(.class("button button-secondary button-small"), .href(close.attributeEscaped), "Sluiten")),
            .p(.text(kindLabel(node.kind)), " · ",
               .text(Components.count(neighbours[focus].count, "verbinding", "verbindingen"))),
            neighbours[focus].isEmpty ? .p(.class("muted"), "Nog geen vastgelegde verbindingen.") :
                .ul(.forEach(neighbours[focus].sorted { s.graph.nodes[$0].label < s.graph.nodes[$1].label }) { j in
                    .li(.a(.href(focusURL(s, j).attributeEscaped), .text(s.graph.nodes[j].label)))
                }),
            .p(.a(.class("button"), .href(recordURL(node)), .text(recordLinkText(node.kind)))))
    }

    private static func recordLinkText(_ kind: NetworkNodeKind) -> String {
        switch kind {
        case .organisation: "Bekijk de organisatie"
        case .initiative: "Bekijk het volledige initiatief"
        case .coalition: "Bekijk de coalitie"
        }
    }

    /// Brokers (betweenness) and groups (connected components) of the drawn network.
    private static func analysis(_ s: NetworkController.NetworkState, degrees: [Int]) -> Node<HTML.BodyContext> {
        let betweenness = s.graph.betweenness
        let brokers = s.graph.brokers(betweenness: betweenness).prefix(5)
        let components = s.graph.components
        let groups = components.filter { $0.count > 1 }.count, loose = components.filter { $0.count == 1 }.count
        return .section(.class("panel"), .aria("Verbinders en groepen"),
            .h2("Verbinders en groepen"),
            .p(.text("\(Components.count(groups, "samenhangende groep", "samenhangende groepen")) en \(Components.count(loose, "los knooppunt", "losse knooppunten")) zonder verbinding.")),
            brokers.isEmpty ? .p(.class("muted"), "Nog geen organisaties die groepen met elkaar verbinden: daarvoor zijn vastgelegde deelnemers nodig.") :
                .group(.h3("Organisaties die groepen verbinden"),
                       .ol(.class("similar-list"), .forEach(Array(brokers)) { i in
                           .li(.a(.href(focusURL(s, i).attributeEscaped), .text(s.graph.nodes[i].label)),
                               .p(.class("similar-reason"), .text("Ligt op \(Int(betweenness[i].rounded())) kortste verbindingen tussen anderen; \(Components.count(degrees[i], "verbinding", "verbindingen")).")))
                       })))
    }

    /// The text alternative: every node with its connections.
    private static func table(_ s: NetworkController.NetworkState, degrees: [Int], neighbours: [[Int]]) -> Node<HTML.BodyContext> {
        let rows = s.graph.nodes.indices.sorted { (s.graph.nodes[$0].kind.rawValue, s.graph.nodes[$0].label) < (s.graph.nodes[$1].kind.rawValue, s.graph.nodes[$1].label) }
        return .details(.class("map-table"),
            .summary("Verbindingen (tabel)"),
            .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Verbindingen"), .attribute(named: "tabindex", value: "0"),
                .table(.class("data-table"),
                    .caption(.class("visually-hidden"), "Organisaties, initiatieven en coalities met hun verbindingen"),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Naam"), .th(.attribute(named: "scope", value: "col"), "Soort"),
                               .th(.attribute(named: "scope", value: "col"), "Verbonden met"))),
                    .tbody(.forEach(rows) { i in
                        .tr(.td(.a(.href(focusURL(s, i).attributeEscaped), .text(s.graph.nodes[i].label))),
                            .td(.text(kindLabel(s.graph.nodes[i].kind))),
                            .td(.valueOrMissing(neighbours[i].isEmpty ? nil : neighbours[i].map { s.graph.nodes[$0].label }.sorted().joined(separator: ", "))))
                    }))))
    }
}
