import Foundation
import Plot
import RegioCore

/// The gaps page: a form to choose the areas, then one table per area with target groups
/// as rows and themes as columns; every number links to the initiatives behind it.
enum GapsViews {
    static func page(_ view: GapsView, snapshot: RegionSnapshot, context: PageContext) -> HTML {
        let m = view.matrix
        let exportQuery = QueryString.encode(view.parameters)
        return Layout.page(title: "Hiaten", context: context, body: .div(.class("wrap"),
            .div(.class("page-head"),
                 .h1("Hiaten in het landschap"),
                 .div(.class("actions"),
                      .a(.class("button button-secondary button-small"), .href(("/hiaten.csv?" + exportQuery).attributeEscaped), .attribute(named: "download", value: ""), "Exporteer CSV"),
                      .a(.class("button button-secondary button-small"), .href(("/api/v1/gaps?" + exportQuery).attributeEscaped), "JSON"))),
            .p(.class("lead"), .text("Voor welke doelgroep, bij welk thema en in welk deel van de regio is (bijna) niets? Lege vakken zijn hiaten, vakken met \(GapMatrix.thin) initiatief zijn dun. Kies een getal voor de initiatieven erachter.")),
            form(view, snapshot: snapshot),
            .if(m.withoutTargetGroup > 0, .div(.class("notice notice-warning"), .p(.text("\(Components.count(m.withoutTargetGroup, "initiatief heeft", "initiatieven hebben")) nog geen doelgroep en \(m.withoutTargetGroup == 1 ? "telt" : "tellen") hier niet mee: vul de doelgroepen aan voor een betrouwbaar beeld.")))),
            m.areas.isEmpty || m.targetGroups.isEmpty || m.themes.isEmpty
                ? .div(.class("empty-state"), .h2("Nog niets te tellen"), .p(.text(emptyReason(m))))
                : .group(m.areas.indices.map { table(m, area: $0, snapshot: snapshot) })
        ))
    }

    static func emptyReason(_ m: GapMatrix) -> String {
        if m.areas.isEmpty { return "Deze regio heeft (in deze keuze) nog geen gemeenten." }
        return "De regio heeft nog geen doelgroepen of thema's in haar woordenlijst."
    }

    static func form(_ view: GapsView, snapshot: RegionSnapshot) -> Node<HTML.BodyContext> {
        .form(.method(.get), .action("/hiaten"), .class("inline-filters"),
              .div(.class("field"), .label(.for("per"), "Tel per"),
                   .select(.attribute(named: "name", value: "per"), .id("per"),
                           .forEach(GapsView.Per.allCases) { .choice($0.rawValue, $0.label.lowercased(), selected: $0 == view.per) })),
              .if(!snapshot.labourMarkets.isEmpty,
                  .div(.class("field"), .label(.for("arbeidsmarktregio"), "Binnen"),
                       .select(.attribute(named: "name", value: "arbeidsmarktregio"), .id("arbeidsmarktregio"),
                               .choice("", "de hele regio", selected: view.labourMarket == nil),
                               .forEach(snapshot.labourMarkets) { .choice($0.code, $0.name, selected: $0.code == view.labourMarket) }))),
              .button(.type(.submit), .class("button"), "Toon"))
    }

    static func table(_ m: GapMatrix, area a: Int, snapshot: RegionSnapshot) -> Node<HTML.BodyContext> {
        let area = m.areas[a]
        return .section(.class("panel"), .aria(area.name),
            .h2(.text(area.name)),
            .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Hiaten in \(area.name)"), .attribute(named: "tabindex", value: "0"),
                .table(.class("data-table gaps-table"),
                    .caption(.class("visually-hidden"), .text("Initiatieven per doelgroep en thema in \(area.name)")),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Doelgroep"),
                               .forEach(m.themes) { .th(.attribute(named: "scope", value: "col"), .class("num"), .text(snapshot.label(.strategicTheme, $0))) })),
                    .tbody(.forEach(m.targetGroups.indices) { g in
                        let group = snapshot.label(.targetGroup, m.targetGroups[g])
                        return .tr(.th(.attribute(named: "scope", value: "row"), .text(group)),
                            .forEach(m.themes.indices) { t in
                                let n = m.count(area: a, group: g, theme: t)
                                let params = [("theme", m.themes[t]), ("group", m.targetGroups[g])] + area.municipalityCodes.sorted().map { ("municipality", $0) }
                                let level = GapMatrix.level(n)
                                return .td(.class("num " + (level == .empty ? "gap-empty" : level == .thin ? "gap-thin" : "")),
                                           .a(.href(("/?" + QueryString.encode(params)).attributeEscaped), .aria("\(group), \(snapshot.label(.strategicTheme, m.themes[t])), \(area.name): \(n)"), .text(String(n))))
                            })
                    }))))
    }
}
