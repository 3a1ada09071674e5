import Foundation
import Plot
import RegioCore

/// The landscape overview page.
enum LandscapeViews {
    static func overview(page: LandscapePage<InitiativeEntry>, query: LandscapeQuery, snapshot: RegionSnapshot, context: PageContext) -> HTML {
        let totalInitiatives = snapshot.landscape.entries.count
        // The count in the title: after a filter reloads the page, a screen reader hears the result.
        let title = "\(Components.count(page.total, "initiatief", "initiatieven"))\(query.isFiltered ? " gevonden" : "") · Leer- en ontwikkellandschap"
        return Layout.page(title: title, context: context, body: .div(.class("wrap"),
            .div(.class("page-head"),
                 .div(
                    .h1("Leer- en ontwikkellandschap"),
                    .p(.class("lead"), .text("Alle initiatieven, interventies en instrumenten voor leren en ontwikkelen in zorg en welzijn van \(snapshot.name): "),
                       .a(.href("/"), .strong(.text(Components.count(totalInitiatives, "initiatief", "initiatieven")))), " en ",
                       .a(.href("/organisaties"), .strong(.text(Components.count(snapshot.organisations.count, "organisatie", "organisaties")))), ".")),
                 .if(context.user != nil, .a(.class("button"), .href("/initiatieven/nieuw"), "Initiatief toevoegen"))),
            .div(.class("landscape"),
                 filters(query: query, page: page, snapshot: snapshot),
                 results(page: page, query: query, snapshot: snapshot,
                         canImport: context.user.map { Permissions.isRegionWide($0, regionID: snapshot.regionID) } ?? false, csrf: context.csrfToken))
        ), script: "/js/filters.js")
    }

    /// The search box, sort and facets; `action` is the page they filter (overview or map).
    static func filters(query: LandscapeQuery, page: LandscapePage<InitiativeEntry>, snapshot: RegionSnapshot, action: String = "/",
                        extra: [(String, String)] = []) -> Node<HTML.BodyContext> {
        func facet(_ facet: LandscapeFacet, _ param: String, legend: String, options: [(String, String)], selected: Set<String>,
                   open: Bool = true) -> Node<HTML.FormContext> {
            let counts = page.facets[facet] ?? FacetCounts()
            return FacetViews.checkboxes(param, legend: legend, options: options, selected: selected, counts: { counts[$0] }, open: open)
        }
        let terms = { (kind: VocabularyKind) in snapshot.terms[kind, default: []].map { ($0.key, $0.label) } }
        let fundingCounts = page.facets[.fundingEnding] ?? FacetCounts()
        return .aside(.class("filters"), .aria("Filters"),
            .h2(.class("visually-hidden"), "Filters"),
            .a(.class("skip-results"), .href("#resultaten"), "Naar de resultaten"),
            .p(.class("hint filter-hint"), "Kies filters; de lijst past zich direct aan."),
            .form(.method(.get), .action(action), .id("filterform"), .attribute(named: "role", value: "search"),
                .group(extra.map { .input(.type(.hidden), .name($0.0), .value($0.1.attributeEscaped)) }),
                FacetViews.searchField(LandscapeQuery.Parameter.text, value: query.text, placeholder: "Bijv. leerroute"),
                FacetViews.sortField(LandscapeQuery.Parameter.sort, options: LandscapeSort.allCases.filter { $0 != .relevance || !query.text.isEmpty },
                                     selected: query.effectiveSort),
                facet(.strategicTheme, LandscapeQuery.Parameter.theme, legend: "Strategisch thema", options: terms(.strategicTheme), selected: query.strategicThemes),
                facet(.targetGroup, LandscapeQuery.Parameter.group, legend: "Doelgroep", options: terms(.targetGroup), selected: query.targetGroups),
                facet(.kind, LandscapeQuery.Parameter.kind, legend: "Soort", options: InitiativeKind.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: Set(query.kinds.map(\.rawValue))),
                facet(.maturity, LandscapeQuery.Parameter.maturity, legend: "Rijpheid", options: Maturity.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: Set(query.maturities.map(\.rawValue))),
                facet(.knowledgeTheme, LandscapeQuery.Parameter.knowledge, legend: "Kennisthema", options: terms(.knowledgeTheme), selected: query.knowledgeThemes, open: false),
                facet(.organisation, LandscapeQuery.Parameter.organisation, legend: "Organisatie", options: snapshot.organisations.map { ($0.id.uuidString, $0.name) }, selected: query.organisationIDs, open: false),
                facet(.municipality, LandscapeQuery.Parameter.municipality, legend: "Gemeente", options: snapshot.municipalities.map { ($0.code, $0.name) }, selected: query.municipalityCodes, open: false),
                facet(.recordStatus, LandscapeQuery.Parameter.status, legend: "Status", options: RecordStatus.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: Set(query.recordStatuses.map(\.rawValue)), open: false),
                .div(.class("field"),
                     .label(.for("financiering"), "Financiering loopt af binnen"),
                     .select(.attribute(named: "name", value: LandscapeQuery.Parameter.fundingEndsWithin), .id("financiering"),
                             .choice("", "— geen filter —", selected: query.fundingEndsWithinMonths == nil),
                             .forEach(LandscapeQuery.fundingHorizons) { m in
                                 .choice(String(m), "\(m) maanden (\(fundingCounts[String(m)]))", selected: query.fundingEndsWithinMonths == m)
                             })),
                .if(query.perPage != Limits.pageSizeDefault, .input(.type(.hidden), .name(LandscapeQuery.Parameter.perPage), .value(String(query.perPage)))),
                .div(.class("filter-actions"),
                     .button(.type(.submit), .class("button"), "Filters toepassen"),
                     .if(query.isFiltered, .a(.class("button button-secondary"), .href(action), "Alles wissen")))))
    }

    private static func results(page: LandscapePage<InitiativeEntry>, query: LandscapeQuery, snapshot: RegionSnapshot, canImport: Bool, csrf: String) -> Node<HTML.BodyContext> {
        let params = query.parameters
        let csvURL = FacetViews.csvURL("/initiatieven.csv", params)
        return .section(.class("results"), .aria("Resultaten"),
            .div(.class("results-head"),
                 .h2(.id("resultaten"), .attribute(named: "tabindex", value: "-1"),
                     .text(Components.count(page.total, "initiatief", "initiatieven")),
                     .if(query.isFiltered, .span(.class("muted"), .text(" gevonden")))),
                 .a(.class("button button-secondary button-small"), .href(csvURL.attributeEscaped), .attribute(named: "download", value: ""), "Exporteer CSV")),
            activeFilters(query: query, snapshot: snapshot),
            page.items.isEmpty ? emptyState(query: query) :
                .ol(.class("cards"), .forEach(page.items) { card($0, snapshot: snapshot) }),
            Components.pagination(path: "/", parameters: params, page: page.page, pageCount: page.pageCount, total: page.total, noun: "initiatieven"),
            .if(canImport, ImportViews.form(action: "/initiatieven/import", what: "Initiatieven", csrf: csrf)))
    }

    private static func activeFilters(query: LandscapeQuery, snapshot: RegionSnapshot) -> Node<HTML.BodyContext> {
        let params = query.parameters.filter { $0.0 != "page" && $0.0 != "sort" && $0.0 != "perPage" }
        func label(_ p: (String, String)) -> String {
            switch p.0 {
            case "q": "Zoekterm: “\(p.1)”"
            case "theme": snapshot.label(.strategicTheme, p.1)
            case "knowledge": snapshot.label(.knowledgeTheme, p.1)
            case "group": snapshot.label(.targetGroup, p.1)
            case "kind": InitiativeKind(rawValue: p.1)?.dutchLabel ?? p.1
            case "maturity": Maturity(rawValue: p.1)?.dutchLabel ?? p.1
            case "status": RecordStatus(rawValue: p.1)?.dutchLabel ?? p.1
            case "organisation": snapshot.organisations.first { $0.id.uuidString == p.1 }?.name ?? p.1
            case "municipality": snapshot.municipalityName(p.1)
            case "fundingEndsWithin": "Financiering loopt af binnen \(p.1) maanden"
            default: p.1
            }
        }
        return FacetViews.chips(params, path: "/", label: label)
    }

    private static func emptyState(query: LandscapeQuery) -> Node<HTML.BodyContext> {
        .div(.class("empty-state"),
             .h3("Geen initiatieven gevonden"),
             .p(query.isFiltered ? "Probeer een ander zoekwoord of haal een filter weg." : "Er staan nog geen initiatieven in het landschap."),
             .if(query.isFiltered, .p(.a(.href("/"), "Toon alle initiatieven"))))
    }

    /// "a, b en c".
    static func list(_ items: [String]) -> String {
        items.count <= 1 ? items.joined() : items.dropLast().joined(separator: ", ") + " en " + items.last!
    }

    static func card(_ entry: InitiativeEntry, snapshot: RegionSnapshot, href: String? = nil) -> Node<HTML.ListContext> {
        let f = entry.fields
        let scope: String? = f.wholeRegion ? "Hele regio" : (f.municipalityCodes.isEmpty ? nil : f.municipalityCodes.map(snapshot.municipalityName).joined(separator: ", "))
        return .li(.class("card"),
            .h3(.a(.href((href ?? "/initiatieven/\(entry.id.uuidString)").attributeEscaped), .text(f.name))),
            .p(.class("badges"),
               .unwrap(f.kind) { Components.badge($0.dutchLabel, style: "kind") },
               .unwrap(f.maturity) { Components.badge($0.dutchLabel, style: "maturity-\($0.rawValue)") },
               .if(f.recordStatus == .concept, Components.badge("Concept", style: "concept")),
               .if(f.maturity != .embedded && f.maturity != .ended && f.fundingEndDate.map { $0 >= LandscapeController.today && $0 <= LandscapeController.today.adding(months: 12) } == true,
                   Components.badge("Financiering loopt af: \(f.fundingEndDate?.dutch ?? "")", style: "concept")),
               .group(f.strategicThemes.map { Components.badge(snapshot.label(.strategicTheme, $0), style: "theme") })),
            .unwrap(f.goal) { .p(.class("card-goal"), .text(String($0.prefix(220)) + ($0.count > 220 ? "…" : ""))) },
            cardFacts(entry, scope: scope, snapshot: snapshot))
    }

    /// The known facts of a card; the unknown ones in one muted line, so a young
    /// landscape does not read as a wall of "nog aan te vullen".
    private static func cardFacts(_ entry: InitiativeEntry, scope: String?, snapshot: RegionSnapshot) -> Node<HTML.BodyContext> {
        let f = entry.fields
        let facts: [(String, String?)] = [
            ("Organisaties", entry.organisationNames.isEmpty ? nil : entry.organisationNames.joined(separator: ", ")),
            ("Doelgroepen", f.targetGroups.isEmpty ? nil : f.targetGroups.map { snapshot.label(.targetGroup, $0) }.joined(separator: ", ")),
            ("Werkgebied", scope),
        ]
        let known = facts.compactMap { fact in fact.1.map { (fact.0, $0) } }
        let missing = facts.filter { $0.1 == nil }.map { $0.0.lowercased() }
        return .group(
            .if(!known.isEmpty, .dl(.class("card-facts"), .forEach(known) { fact in .div(.dt(.text(fact.0)), .dd(.text(fact.1))) })),
            .if(!missing.isEmpty, .p(.class("card-missing"), .span(.class("missing"), .text(Slug.sentenceCase(Self.list(missing)) + " nog aan te vullen")))))
    }
}
