import Foundation
import Plot
import RegioCore

/// The offer catalogue page: search and facets beside the results.
enum CatalogueViews {
    static func page(_ page: CataloguePage, query: CatalogueQuery, taxonomy: SkillsController.Taxonomy, offerIsEmpty: Bool,
                     snapshot: RegionSnapshot, context: PageContext) -> HTML {
        let title = "\(Components.count(page.total, "resultaat", "resultaten"))\(query.isFiltered ? " gevonden" : "") · Leeraanbod"
        let canAdd = context.user.map { Permissions.isRegionWide($0, regionID: snapshot.regionID) || $0.organisationID != nil } ?? false
        return Layout.page(title: title, context: context, body: .div(.class("wrap"),
            .div(.class("page-head"),
                 .div(.h1("Leeraanbod"),
                      .p(.class("lead"), .text("Modules en leerroutes van \(snapshot.name): zoek op vaardigheid, beroep, vorm, uren, plaats, kosten en doelgroep. "),
                         .a(.href("/beroepen"), "Bekijk de beroepen"), " en welke vaardigheden ze vragen.")),
                 .if(canAdd, .div(.class("actions"),
                     .a(.class("button"), .href("/modules/nieuw"), "Module toevoegen"),
                     .a(.class("button button-secondary"), .href("/leerroutes/nieuw"), "Leerroute samenstellen")))),
            .div(.class("landscape"),
                 filters(page, query: query, taxonomy: taxonomy, snapshot: snapshot),
                 results(page, query: query, taxonomy: taxonomy, offerIsEmpty: offerIsEmpty, canAdd: canAdd, snapshot: snapshot))
        ), script: "/js/filters.js")
    }

    private static func filters(_ page: CataloguePage, query: CatalogueQuery, taxonomy: SkillsController.Taxonomy, snapshot: RegionSnapshot) -> Node<HTML.BodyContext> {
        func facet(_ f: CatalogueFacet, legend: String, options: [(String, String)], open: Bool = true) -> Node<HTML.FormContext> {
            let counts = page.facets[f] ?? FacetCounts()
            let count: (String) -> Int = f == .municipality ? { counts.counts[$0] ?? counts.anywhere } : { counts[$0] }
            return FacetViews.checkboxes(f.rawValue, legend: legend, options: options, selected: query.chosen[f] ?? [], counts: count, open: open)
        }
        let skillOptions = taxonomy.skillsByLabel.map { ($0.key, $0.label) }
        return .aside(.class("filters"), .aria("Filters"),
            .h2(.class("visually-hidden"), "Filters"),
            .a(.class("skip-results"), .href("#resultaten"), "Naar de resultaten"),
            .p(.class("hint filter-hint"), "Kies filters; de lijst past zich direct aan."),
            .form(.method(.get), .action("/aanbod"), .id("filterform"), .attribute(named: "role", value: "search"),
                FacetViews.searchField(CatalogueQuery.textParameter, value: query.text, placeholder: "Bijv. tillen of medicatie"),
                FacetViews.sortField(CatalogueQuery.sortParameter, options: CatalogueSort.allCases.filter { $0 != .relevance || !query.text.isEmpty },
                                     selected: query.effectiveSort),
                facet(.kind, legend: "Soort", options: CatalogueEntry.Kind.allCases.map { ($0.rawValue, $0.dutchLabel) }),
                facet(.role, legend: "Beroep", options: taxonomy.roles.map { ($0.key, $0.label) }),
                facet(.form, legend: "Vorm", options: LearningForm.allCases.map { ($0.rawValue, $0.dutchLabel) }),
                facet(.hours, legend: "Studiebelasting", options: HoursBand.allCases.map { ($0.rawValue, $0.dutchLabel) }),
                facet(.cost, legend: "Kosten voor de deelnemer", options: CostBand.allCases.map { ($0.rawValue, $0.dutchLabel) }),
                facet(.targetGroup, legend: "Doelgroep (leerroutes)", options: snapshot.terms[.targetGroup, default: []].map { ($0.key, $0.label) }),
                facet(.municipality, legend: "Plaats", options: snapshot.municipalities.map { ($0.code, $0.name) }, open: false),
                facet(.skill, legend: "Vaardigheid", options: skillOptions, open: false),
                facet(.organisation, legend: "Aanbieder of werkgever", options: snapshot.organisations.map { ($0.id.uuidString, $0.name) }, open: false),
                .if(query.perPage != Limits.pageSizeDefault, .input(.type(.hidden), .name(CatalogueQuery.perPageParameter), .value(String(query.perPage)))),
                .div(.class("filter-actions"),
                     .button(.type(.submit), .class("button"), "Filters toepassen"),
                     .if(query.isFiltered, .a(.class("button button-secondary"), .href("/aanbod"), "Alles wissen")))))
    }

    private static func results(_ page: CataloguePage, query: CatalogueQuery, taxonomy: SkillsController.Taxonomy, offerIsEmpty: Bool, canAdd: Bool,
                                snapshot: RegionSnapshot) -> Node<HTML.BodyContext> {
        let params = query.parameters
        return .section(.class("results"), .aria("Resultaten"),
            .div(.class("results-head"),
                 .h2(.id("resultaten"), .attribute(named: "tabindex", value: "-1"),
                     .text(Components.count(page.total, "resultaat", "resultaten")), .if(query.isFiltered, .span(.class("muted"), .text(" gevonden")))),
                 .div(.class("actions"),
                      .a(.class("button button-secondary button-small"), .href(FacetViews.csvURL("/modules.csv", params).attributeEscaped), .attribute(named: "download", value: ""),
                         "Modules als CSV"),
                      .a(.class("button button-secondary button-small"), .href(FacetViews.csvURL("/leerroutes.csv", params).attributeEscaped), .attribute(named: "download", value: ""),
                         "Leerroutes als CSV"))),
            FacetViews.chips(params.filter { !["page", "sort", "perPage"].contains($0.0) }, path: "/aanbod") { label($0, taxonomy: taxonomy, snapshot: snapshot) },
            page.items.isEmpty ? emptyState(query: query, offerIsEmpty: offerIsEmpty, canAdd: canAdd) :
                .ol(.class("cards"), .forEach(page.items) { card($0, taxonomy: taxonomy, snapshot: snapshot) }),
            Components.pagination(path: "/aanbod", parameters: params, page: page.page, pageCount: page.pageCount, total: page.total, noun: "resultaten"),
            .if(canAdd, .p(.class("muted"), .a(.href("/aanbod/importeren"), "Modules, leerroutes of vaardigheden importeren (CSV of JSON)"))))
    }

    private static func label(_ p: (String, String), taxonomy: SkillsController.Taxonomy, snapshot: RegionSnapshot) -> String {
        switch CatalogueFacet(rawValue: p.0) {
        case .kind: CatalogueEntry.Kind(rawValue: p.1)?.dutchLabel ?? p.1
        case .skill: taxonomy.skill(p.1)?.label ?? p.1
        case .role: taxonomy.role(p.1)?.label ?? p.1
        case .form: LearningForm(rawValue: p.1)?.dutchLabel ?? p.1
        case .hours: HoursBand(rawValue: p.1)?.dutchLabel ?? p.1
        case .municipality: snapshot.municipalityName(p.1)
        case .cost: CostBand(rawValue: p.1)?.dutchLabel ?? p.1
        case .targetGroup: snapshot.label(.targetGroup, p.1)
        case .organisation: snapshot.organisations.first { $0.id.uuidString == p.1 }?.name ?? p.1
        case nil: p.0 == CatalogueQuery.textParameter ? "Zoekterm: “\(p.1)”" : p.1
        }
    }

    private static func emptyState(query: CatalogueQuery, offerIsEmpty: Bool, canAdd: Bool) -> Node<HTML.BodyContext> {
        .div(.class("empty-state"),
             .h3(offerIsEmpty ? "Er is nog geen leeraanbod" : "Geen aanbod gevonden"),
             .p(offerIsEmpty ? "Aanbieders en de coördinator zetten hier modules en leerroutes van de regio neer." : "Probeer een ander zoekwoord of haal een filter weg."),
             .if(query.isFiltered && !offerIsEmpty, .p(.a(.href("/aanbod"), "Toon al het aanbod"))),
             .if(offerIsEmpty && canAdd, .p(.a(.class("button"), .href("/modules/nieuw"), "Module toevoegen"))))
    }

    static func card(_ e: CatalogueEntry, taxonomy: SkillsController.Taxonomy, snapshot: RegionSnapshot) -> Node<HTML.ListContext> {
        let href = (e.kind == .module ? "/modules/" : "/leerroutes/") + e.id.uuidString
        let cost: String = switch e.learnerCostCents {
        case nil: "Prijs onbekend"
        case 0?: "Gratis voor de deelnemer"
        case let cents?: ModuleViews.euros(cents)
        }
        let places = e.municipalityCodes.isEmpty ? "Overal (online of niet plaatsgebonden)" : e.municipalityCodes.map(snapshot.municipalityName).dutchList
        let facts: [(String, String)] = [
            ("Studiebelasting", "\(e.hours) uur"),
            ("Vorm", e.forms.map(\.dutchLabel).dutchList),
            ("Kosten", cost),
            ("Plaats", places),
        ] + (e.roles.isEmpty || e.kind == .module ? [] : [("Leidt naar", e.roles.compactMap { taxonomy.role($0)?.label }.dutchList)])
            + (e.organisationIDs.isEmpty ? [] : [(e.kind == .module ? "Aanbieder" : "Organisaties", e.organisationIDs.compactMap { snapshot.organisation($0)?.name }.dutchList)])
        return .li(.class("card"),
            .p(.class("badges"), Components.badge(e.kind.dutchLabel, style: "kind")),
            .h3(.a(.href(href), .text(e.title))),
            .dl(.class("card-facts"), .forEach(facts) { fact in .div(.dt(.text(fact.0)), .dd(.text(fact.1))) }),
            .if(!e.skills.isEmpty, .p(.class("muted"), .text("Vaardigheden: " + skillSummary(e.skills.compactMap { taxonomy.skill($0)?.label })))))
    }

    /// "a · b · c", or for a long list "a · b · c · d · e · f en nog 4 andere": skill names
    /// have "en" in them ("Observeren en signaleren"), so a plain Dutch list would blur.
    static func skillSummary(_ labels: [String]) -> String {
        labels.prefix(6).joined(separator: " · ") + (labels.count > 6 ? " en nog \(labels.count - 6) andere" : "")
    }
}
