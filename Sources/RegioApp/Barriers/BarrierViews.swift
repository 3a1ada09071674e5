import Foundation
import Plot
import RegioCore

/// What the pages of the barrier register, factsheets and funding schemes share.
enum BarrierSection {
    static let sections: [(path: String, label: String)] = [
        ("/belemmeringen", "Belemmeringen"), ("/factsheets", "Factsheets"), ("/regelingen", "Regelingen"),
    ]

    static func menu(current: String) -> Node<HTML.BodyContext> {
        CollaborationViews.menu(current: current, sections: sections, label: "Belemmeringen en regelingen")
    }

    /// The count over a list, with its CSV export (which follows the search).
    static func resultsHead(_ count: String, csv: String?, query: [(String, String)]) -> Node<HTML.BodyContext> {
        .div(.class("results-head"),
             .h2(.id("resultaten"), .text(count)),
             .unwrap(csv) { path in
                 .a(.class("button button-secondary button-small"), .href((path + (query.isEmpty ? "" : "?" + QueryString.encode(query))).attributeEscaped),
                    .attribute(named: "download", value: ""), "Exporteer CSV")
             })
    }

    static func th(_ text: String, num: Bool = false) -> Node<HTML.TableRowContext> {
        num ? .th(.attribute(named: "scope", value: "col"), .class("num"), .text(text)) : .th(.attribute(named: "scope", value: "col"), .text(text))
    }

    /// The line under a record: when it changed, its history (for the region's users) and its JSON.
    static func meta(updated: Date?, path: String, json: String, history: Bool) -> Node<HTML.BodyContext> {
        history ? RecordViews.meta(updated: updated, path: path, json: json)
            : .p(.class("meta"), .text("Laatst gewijzigd: \(Components.dateTime(updated)). "), .a(.href(json), "JSON"))
    }

    /// A search box with optional filters, sent as GET to `action`.
    static func searchForm(action: String, text: String, label: String, filters: [Node<HTML.FormContext>]) -> Node<HTML.BodyContext> {
        .form(.method(.get), .action(action), .class("inline-filters"), .attribute(named: "role", value: "search"),
              .div(.class("field"), .label(.for("zoek"), .text(label)),
                   .input(.type(.search), .name("q"), .id("zoek"), .value(text.attributeEscaped), .attribute(named: "maxlength", value: "200"))),
              .group(filters),
              .button(.type(.submit), .class("button"), "Zoek"))
    }

    static func filterSelect(_ name: String, label: String, options: [(String, String)], selected: String?) -> Node<HTML.FormContext> {
        .div(.class("field"), .label(.for("filter-\(name)"), .text(label)),
             .select(.attribute(named: "name", value: name), .id("filter-\(name)"),
                     .choice("", "Alle", selected: selected == nil),
                     .forEach(options) { o in .choice(o.0, o.1, selected: o.0 == selected) }))
    }

    static func paragraphs(_ text: String) -> Node<HTML.BodyContext> {
        .group(text.split(separator: "\n", omittingEmptySubsequences: true).map { .p(.text(String($0))) })
    }
}

/// Pages of the barrier register: list, record with status history and similar barriers, form.
enum BarrierViews {
    struct Filter {
        var text = ""
        var category: BarrierCategory?
        var status: BarrierStatus?
        var page = 1

        var parameters: [(String, String)] {
            var p: [(String, String)] = []
            if !text.isEmpty { p.append(("q", text)) }
            if let category { p.append(("soort", category.rawValue)) }
            if let status { p.append(("status", status.rawValue)) }
            return p
        }
    }

    static func statusBadge<C: HTML.BodyContext>(_ status: BarrierStatus) -> Node<C> {
        Components.badge(status.dutchLabel, style: status.isSolved ? "maturity-running" : status == .escalated ? "concept" : "maturity-idea")
    }

    static func list(_ barriers: [BarrierRecord], filter: Filter, canAdd: Bool, isCoordinator: Bool, signedIn: Bool, context: PageContext) -> HTML {
        let (items, page, pageCount) = CollaborationPaging.paged(barriers, page: filter.page)
        return Layout.page(title: "Belemmeringen", context: context, body: .div(.class("wrap"),
            BarrierSection.menu(current: "/belemmeringen"),
            .div(.class("page-head"),
                 .div(.h1("Belemmeringen"),
                      .p(.class("lead"), "Regels, geld of afspraken die leren en werken in de weg staan, en hoe ze zijn opgelost. Vaak blijkt er binnen de regels meer te kunnen dan gedacht. Zoek eerst of iemand jouw belemmering al tegenkwam.")),
                 .if(canAdd, .a(.class("button"), .href("/belemmeringen/nieuw"), "Belemmering vastleggen"))),
            BarrierSection.searchForm(action: "/belemmeringen", text: filter.text, label: "Zoek op woorden", filters: [
                BarrierSection.filterSelect("soort", label: "Soort", options: BarrierCategory.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: filter.category?.rawValue),
                BarrierSection.filterSelect("status", label: "Status", options: BarrierStatus.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: filter.status?.rawValue),
            ]),
            .section(.class("results"), .aria("Belemmeringen"),
                BarrierSection.resultsHead(Components.count(barriers.count, "belemmering", "belemmeringen"), csv: isCoordinator ? "/belemmeringen.csv" : nil, query: []),
                barriers.isEmpty
                    ? .div(.class("empty-state"), .h3("Geen belemmeringen gevonden"),
                           .p(.text(filter.parameters.isEmpty ? "Er zijn nog geen belemmeringen vastgelegd." : "Probeer andere woorden of minder filters.")))
                    : .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Tabel met belemmeringen"), .attribute(named: "tabindex", value: "0"),
                        .table(.class("data-table"),
                            .caption(.class("visually-hidden"), "Belemmeringen op titel"),
                            .thead(.tr(BarrierSection.th("Belemmering"), BarrierSection.th("Soort"), BarrierSection.th("Status"))),
                            .tbody(.forEach(items) { m in
                                .tr(.td(.a(.href("/belemmeringen/\(m.id?.uuidString ?? "")"), .text(m.title)),
                                        .if(signedIn && !m.published, .span(.class("muted"), " · niet openbaar"))),
                                    .td(.text(m.category.dutchLabel)), .td(statusBadge(m.status)))
                            }))),
                Components.pagination(path: "/belemmeringen", parameters: filter.parameters, page: page, pageCount: pageCount, total: barriers.count, noun: "belemmeringen"),
                .if(isCoordinator, ImportViews.form(action: "/belemmeringen/import", what: "Belemmeringen", csrf: context.csrfToken)))
        ))
    }

    struct Detail {
        var record: BarrierRecord
        var statusHistory: [BarrierStatusEvent]
        var factsheets: [FactsheetRecord]
        var similar: [(BarrierMatch, BarrierRecord)]
        var schemes: [FundingSchemeRecord]
        var canEdit: Bool
        var canDelete: Bool
        var seesOrganisations: Bool
        var signedIn: Bool
    }

    static func detail(_ d: Detail, names: BarrierNames, context: PageContext) -> HTML {
        let m = d.record, f = m.fields, id = m.id?.uuidString ?? "", path = "/belemmeringen/\(id)"
        let live = m.deletedAt == nil
        return Layout.page(title: f.title, context: context, description: f.description, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/belemmeringen", "Belemmeringen"), f.title),
            RecordViews.deletedNotice(m.deletedAt, what: "Deze belemmering", path: path, canRestore: d.canDelete, csrf: context.csrfToken),
            .div(.class("detail-head"),
                 .div(.h1(.text(f.title)),
                      .p(.class("badges"), Components.badge(f.category.dutchLabel, style: "kind"), statusBadge(f.status),
                         .if(d.signedIn, CollaborationViews.publishedBadge(f.published)))),
                 RecordViews.actions(path: path, canEdit: d.canEdit && live, canDelete: d.canDelete && live, csrf: context.csrfToken)),
            .section(.class("panel"), .aria("De belemmering"),
                .h2("Wat stond in de weg"), BarrierSection.paragraphs(f.description),
                .dl(.class("facts"),
                    Components.fact("Soort", text: f.category.dutchLabel),
                    Components.fact("Betrokken regels", f.relatedRules.isEmpty ? .span(.class("muted"), "Niet vastgelegd") : .ul(.forEach(f.relatedRules) { .li(.text($0)) })),
                    Components.fact("Regelingen", CollaborationViews.links(f.fundingSchemeIDs, path: "/regelingen", name: names.scheme, empty: "Geen")),
                    .if(d.seesOrganisations, Components.fact("Organisaties die ertegenaan liepen",
                        CollaborationViews.links(f.organisationIDs, path: "/organisaties", name: names.base.organisation, empty: "Niet vastgelegd"))),
                    .if(d.seesOrganisations, Components.fact("Coalities", CollaborationViews.links(f.coalitionIDs, path: "/coalities", name: names.base.coalition, empty: "Geen"))))),
            .section(.class("panel"), .aria("Oplossing"),
                .h2("Oplossing"),
                .unwrap(f.solution, { BarrierSection.paragraphs($0) }, else: .p(.class("muted"), "Nog niet opgelost."))),
            .section(.class("panel"), .aria("Status"),
                .h2("Status"),
                .p(.text("Nu: "), statusBadge(f.status)),
                d.statusHistory.isEmpty ? .p(.class("muted"), "Geen statuswijzigingen vastgelegd.")
                    : .ol(.class("status-history"), .forEach(d.statusHistory) { e in
                        .li(.strong(.text(e.dutch.prefix(1).uppercased() + e.dutch.dropFirst())),
                            .text(" — \(Components.dateTime(e.at)), door \(e.author)"))
                    })),
            .section(.class("panel"), .aria("Factsheets"),
                .h2("Factsheets"),
                d.factsheets.isEmpty ? .p(.class("muted"), .text(f.status.isSolved ? "Nog geen factsheet over deze oplossing." : "Een factsheet kan zodra de belemmering is opgelost."))
                    : .ul(.class("plain-list"), .forEach(d.factsheets) { s in .li(.a(.href("/factsheets/\(s.id?.uuidString ?? "")"), .text(s.question))) }),
                .if(d.canEdit && live && f.status.isSolved, .a(.class("button"), .href("/factsheets/nieuw?belemmering=\(id)"), "Schrijf een factsheet"))),
            .section(.class("panel"), .aria("Vergelijkbare belemmeringen"),
                .h2("Vergelijkbare belemmeringen"),
                d.similar.isEmpty ? .p(.class("muted"), "Geen vergelijkbare belemmeringen gevonden.")
                    : .ul(.class("plain-list"), .forEach(d.similar) { match, b in
                        .li(.a(.href("/belemmeringen/\(b.id?.uuidString ?? "")"), .text(b.title)), .span(.class("muted"), .text(" — \(match.reason)")))
                    })),
            BarrierSection.meta(updated: m.updatedAt ?? m.createdAt, path: path, json: "/api/v1/barriers/\(id)", history: d.signedIn)
        ))
    }

    static func form(id: UUID?, input: BarrierInput, errors: FormErrors, names: BarrierNames, isCoordinator: Bool, context: PageContext) -> HTML {
        let title = id == nil ? "Belemmering vastleggen" : "Belemmering bewerken"
        let action = id.map { "/belemmeringen/\($0.uuidString)/bewerken" } ?? "/belemmeringen/nieuw"
        let upper = { (ids: [String]?) in Set((ids ?? []).map { $0.uppercased() }) }
        let coalitions = names.base.coalitions.sorted { $0.value.lowercased() < $1.value.lowercased() }.map { ($0.key.uuidString, $0.value) }
        let schemes = names.schemes.sorted { $0.value.lowercased() < $1.value.lowercased() }.map { ($0.key.uuidString, $0.value) }
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/belemmeringen", "Belemmeringen"), title),
            .h1(.text(title)),
            errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                errors.text("title", label: "Titel", value: input.title, hint: "Kort, zoals je het een collega zou vertellen.", required: true, max: Limits.name),
                errors.textarea("description", label: "Beschrijving", value: input.description, hint: "Wat wilde je doen, en wat hield je tegen?", rows: 5),
                errors.radios("category", legend: "Soort belemmering", options: BarrierCategory.allCases.map { ($0.rawValue, $0.dutchLabel) },
                              selected: input.category, required: true),
                errors.radios("status", legend: "Status", options: BarrierStatus.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: input.status ?? BarrierStatus.open.rawValue,
                              hint: "Opgelost binnen de regels: het mocht toch. Opgelost met een andere aanpak: het ging via een omweg."),
                errors.textarea("solution", label: "Oplossing", value: input.solution, hint: "Verplicht als de belemmering is opgelost: wat is er gedaan, zodat anderen het kunnen overnemen?", rows: 5),
                errors.checkboxes("organisationIds", legend: "Organisaties die ertegenaan liepen", options: CollaborationViews.organisationOptions(names.base),
                                  selected: upper(input.organisationIds), hint: "Alleen ingelogde gebruikers van de regio zien dit."),
                errors.textarea("relatedRules", label: "Betrokken regels", value: (input.relatedRules ?? []).joined(separator: "\n"), hint: "Eén regel per regel, bijvoorbeeld een wet met artikel of een cao.", rows: 3),
                .if(!schemes.isEmpty, errors.checkboxes("fundingSchemeIds", legend: "Regelingen die hielpen of kunnen helpen", options: schemes, selected: upper(input.fundingSchemeIds))),
                .if(!coalitions.isEmpty, errors.checkboxes("coalitionIds", legend: "Coalities die eraan werken", options: coalitions, selected: upper(input.coalitionIds))),
                CollaborationViews.publishedField(errors, value: input.published, mayPublish: isCoordinator, what: "deze belemmering (zonder de organisaties)"),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(id.map { "/belemmeringen/\($0.uuidString)" } ?? "/belemmeringen"), "Annuleren")))
        ), script: errors.failure == nil ? nil : "/js/focus-errors.js")
    }
}

/// Pages of factsheets: the public list, the answer page and the form.
enum FactsheetViews {
    static func list(_ sheets: [FactsheetRecord], text: String, page: Int, signedIn: Bool, isCoordinator: Bool, context: PageContext) -> HTML {
        let (items, page, pageCount) = CollaborationPaging.paged(sheets, page: page)
        let query = text.isEmpty ? [] : [("q", text)]
        return Layout.page(title: "Factsheets", context: context, body: .div(.class("wrap"),
            BarrierSection.menu(current: "/factsheets"),
            .h1("Factsheets"),
            .p(.class("lead"), "Antwoorden op belemmeringen die in de regio zijn opgelost: wat mag er, en hoe pak je het aan?"),
            BarrierSection.searchForm(action: "/factsheets", text: text, label: "Zoek op woorden", filters: []),
            .section(.class("results"), .aria("Factsheets"),
                BarrierSection.resultsHead(Components.count(sheets.count, "factsheet", "factsheets"), csv: "/factsheets.csv", query: query),
                sheets.isEmpty ? .div(.class("empty-state"), .p(.text(text.isEmpty ? "Er zijn nog geen factsheets." : "Geen factsheets met deze woorden.")))
                    : .ul(.class("plain-list factsheet-list"), .forEach(items) { s in
                        .li(.a(.href("/factsheets/\(s.id?.uuidString ?? "")"), .text(s.question)), .if(signedIn && !s.published, .span(.class("muted"), " · niet openbaar")))
                    }),
                Components.pagination(path: "/factsheets", parameters: query, page: page, pageCount: pageCount, total: sheets.count, noun: "factsheets"),
                .if(isCoordinator, ImportViews.form(action: "/factsheets/import", what: "Factsheets", csrf: context.csrfToken)))
        ))
    }

    static func detail(_ m: FactsheetRecord, barrier: BarrierRecord?, canEdit: Bool, canDelete: Bool, signedIn: Bool, context: PageContext) -> HTML {
        let f = m.fields, id = m.id?.uuidString ?? "", path = "/factsheets/\(id)", live = m.deletedAt == nil
        return Layout.page(title: f.question, context: context, description: f.answer, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/factsheets", "Factsheets"), f.question),
            RecordViews.deletedNotice(m.deletedAt, what: "Deze factsheet", path: path, canRestore: canDelete, csrf: context.csrfToken),
            .div(.class("detail-head"),
                 .div(.h1(.text(f.question)), .if(signedIn, .p(.class("badges"), CollaborationViews.publishedBadge(f.published)))),
                 RecordViews.actions(path: path, canEdit: canEdit && live, canDelete: canDelete && live, csrf: context.csrfToken)),
            .section(.class("panel"), .aria("Antwoord"), .h2("Antwoord"), BarrierSection.paragraphs(f.answer)),
            .unwrap(f.rulesSay) { .section(.class("panel"), .aria("Wat de regels zeggen"), .h2("Wat de regels zeggen"), BarrierSection.paragraphs($0)) },
            .if(!f.links.isEmpty, .section(.class("panel"), .aria("Bronnen"), .h2("Bronnen"),
                .ul(.forEach(f.links) { .li(.a(.href($0.attributeEscaped), .attribute(named: "rel", value: "noopener"), .text($0))) }))),
            .unwrap(barrier) { b in
                .p(.text("Geschreven bij de belemmering "), .a(.href("/belemmeringen/\(b.id?.uuidString ?? "")"), .text(b.title)), .text(" (\(b.status.dutchLabel.lowercased())).")) },
            BarrierSection.meta(updated: m.updatedAt ?? m.createdAt, path: path, json: "/api/v1/factsheets/\(id)", history: true)
        ))
    }

    static func form(id: UUID?, input: FactsheetInput, barrier: BarrierRecord?, errors: FormErrors, isCoordinator: Bool, context: PageContext) -> HTML {
        let title = id == nil ? "Factsheet schrijven" : "Factsheet bewerken"
        let action = id.map { "/factsheets/\($0.uuidString)/bewerken" } ?? "/factsheets/nieuw"
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/factsheets", "Factsheets"), title),
            .h1(.text(title)),
            .unwrap(barrier) { b in .p(.class("lead"), .text("Bij de belemmering ‘\(b.title)’ (\(b.status.dutchLabel.lowercased())).")) },
            errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                .input(.type(.hidden), .name("barrierId"), .value((input.barrierId ?? "").attributeEscaped)),
                errors.errorText("barrierId"),
                errors.text("question", label: "Vraag", value: input.question, hint: "De vraag zoals mensen hem stellen: Mag een … ?", required: true, max: Limits.name),
                errors.textarea("answer", label: "Antwoord", value: input.answer, hint: "Het antwoord in gewone woorden, met hoe je het aanpakt.", rows: 6),
                errors.textarea("rulesSay", label: "Wat de regels zeggen", value: input.rulesSay, hint: "Optioneel: wat er in de regel staat, in gewone woorden.", rows: 4),
                errors.textarea("links", label: "Bronnen", value: (input.links ?? []).joined(separator: "\n"), hint: "Eén webadres per regel (optioneel).", rows: 3),
                CollaborationViews.publishedField(errors, value: input.published, mayPublish: isCoordinator, what: "deze factsheet"),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(id.map { "/factsheets/\($0.uuidString)" } ?? "/factsheets"), "Annuleren")))
        ), script: errors.failure == nil ? nil : "/js/focus-errors.js")
    }
}

/// Pages of funding schemes: list with next deadlines, record, form.
enum FundingSchemeViews {
    /// Links to schemes with their next deadline, for the initiative page and the borging list.
    static func links(_ schemes: [FundingSchemeRecord], today: CalendarDay) -> Node<HTML.BodyContext> {
        .ul(.class("plain-list"), .forEach(schemes) { s in
            .li(.a(.href("/regelingen/\(s.id?.uuidString ?? "")"), .text(s.name)),
                .text(s.fields.nextDeadline(onOrAfter: today).map { " — volgende deadline \($0.dutch)" } ?? " — geen deadline meer bekend"))
        })
    }

    static func list(_ schemes: [FundingSchemeRecord], text: String, page: Int, today: CalendarDay, canAdd: Bool, context: PageContext) -> HTML {
        let (items, page, pageCount) = CollaborationPaging.paged(schemes, page: page)
        let query = text.isEmpty ? [] : [("q", text)]
        return Layout.page(title: "Regelingen", context: context, body: .div(.class("wrap"),
            BarrierSection.menu(current: "/regelingen"),
            .div(.class("page-head"),
                 .div(.h1("Regelingen"),
                      .p(.class("lead"), "Subsidies en fondsen waarmee organisaties in de regio leren en werken betalen, met hun deadlines en de initiatieven die ze gebruiken. De tekst van de regeling zelf is altijd leidend.")),
                 .if(canAdd, .a(.class("button"), .href("/regelingen/nieuw"), "Regeling toevoegen"))),
            BarrierSection.searchForm(action: "/regelingen", text: text, label: "Zoek op woorden", filters: []),
            .section(.class("results"), .aria("Regelingen"),
                BarrierSection.resultsHead(Components.count(schemes.count, "regeling", "regelingen"), csv: "/regelingen.csv", query: query),
                schemes.isEmpty ? .div(.class("empty-state"), .p(.text(text.isEmpty ? "Er zijn nog geen regelingen vastgelegd." : "Geen regelingen met deze woorden.")))
                    : .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Tabel met regelingen"), .attribute(named: "tabindex", value: "0"),
                        .table(.class("data-table"),
                            .caption(.class("visually-hidden"), "Regelingen op naam"),
                            .thead(.tr(BarrierSection.th("Regeling"), BarrierSection.th("Financier"), BarrierSection.th("Volgende deadline"),
                                       BarrierSection.th("Initiatieven", num: true))),
                            .tbody(.forEach(items) { m in
                                .tr(.td(.a(.href("/regelingen/\(m.id?.uuidString ?? "")"), .text(m.name))), .td(.text(m.funder)),
                                    .td(.text(m.fields.nextDeadline(onOrAfter: today)?.dutch ?? "Geen")), .td(.class("num"), .text(String(m.initiativeIDs.count))))
                            }))),
                Components.pagination(path: "/regelingen", parameters: query, page: page, pageCount: pageCount, total: schemes.count, noun: "regelingen"),
                .if(canAdd, ImportViews.form(action: "/regelingen/import", what: "Regelingen", csrf: context.csrfToken)))
        ))
    }

    static func detail(_ m: FundingSchemeRecord, barriers: [BarrierRecord], names: BarrierNames, today: CalendarDay, canEdit: Bool, signedIn: Bool, context: PageContext) -> HTML {
        let f = m.fields, id = m.id?.uuidString ?? "", path = "/regelingen/\(id)", live = m.deletedAt == nil
        let next = f.nextDeadline(onOrAfter: today)
        return Layout.page(title: f.name, context: context, description: f.conditions, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/regelingen", "Regelingen"), f.name),
            RecordViews.deletedNotice(m.deletedAt, what: "Deze regeling", path: path, canRestore: canEdit, csrf: context.csrfToken),
            .div(.class("detail-head"),
                 .div(.h1(.text(f.name)), .p(.class("badges"), Components.badge(f.funder, style: "kind"))),
                 RecordViews.actions(path: path, canEdit: canEdit && live, canDelete: canEdit && live, csrf: context.csrfToken)),
            .section(.class("panel"), .aria("Regeling"),
                .dl(.class("facts"),
                    Components.fact("Financier", text: f.funder),
                    Components.fact("Volgende deadline", text: next?.dutch ?? "Geen bekende deadline meer"),
                    Components.fact("Alle deadlines", f.deadlines.isEmpty ? .span(.class("muted"), "Niet vastgelegd")
                        : .ul(.forEach(f.deadlines) { d in .li(.text(d.dutch), .if(d < today, .span(.class("muted"), " (voorbij)"))) })),
                    Components.fact("Webadres", f.url.map { .a(.href($0.attributeEscaped), .attribute(named: "rel", value: "noopener"), .text($0)) } ?? .span(.class("muted"), "Niet vastgelegd"))),
                .h2("Voorwaarden in het kort"),
                .unwrap(f.conditions, { BarrierSection.paragraphs($0) }, else: .p(.class("muted"), "Niet vastgelegd.")),
                .p(.class("hint"), "Dit is een samenvatting. Lees de regeling zelf voordat je aanvraagt.")),
            .section(.class("panel"), .aria("Initiatieven"),
                .h2("Initiatieven met deze regeling"),
                CollaborationViews.links(f.initiativeIDs, path: "/initiatieven", name: names.base.initiative, empty: "Geen initiatieven gekoppeld")),
            .if(!barriers.isEmpty, .section(.class("panel"), .aria("Belemmeringen"),
                .h2("Belemmeringen waarbij deze regeling hielp"),
                .ul(.class("plain-list"), .forEach(barriers) { b in .li(.a(.href("/belemmeringen/\(b.id?.uuidString ?? "")"), .text(b.title))) }))),
            BarrierSection.meta(updated: m.updatedAt ?? m.createdAt, path: path, json: "/api/v1/funding-schemes/\(id)", history: true)
        ))
    }

    static func form(id: UUID?, input: FundingSchemeInput, errors: FormErrors, names: BarrierNames, context: PageContext) -> HTML {
        let title = id == nil ? "Regeling toevoegen" : "Regeling bewerken"
        let action = id.map { "/regelingen/\($0.uuidString)/bewerken" } ?? "/regelingen/nieuw"
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/regelingen", "Regelingen"), title),
            .h1(.text(title)),
            errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                errors.text("name", label: "Naam", value: input.name, required: true, max: Limits.name),
                errors.text("funder", label: "Financier", value: input.funder, hint: "Wie betaalt: een ministerie, provincie, gemeente of fonds.", required: true, max: Limits.name),
                errors.textarea("conditions", label: "Voorwaarden in het kort", value: input.conditions, hint: "Neem over wat de regeling zelf zegt; de tekst van de regeling blijft leidend.", rows: 5),
                errors.textarea("deadlines", label: "Deadlines", value: (input.deadlines ?? []).joined(separator: "\n"), hint: "Eén datum per regel, bijvoorbeeld 2027-03-01.", rows: 3),
                errors.text("url", label: "Webadres", value: input.url, hint: "De pagina van de regeling bij de financier.", type: .url),
                errors.checkboxes("initiativeIds", legend: "Initiatieven met deze regeling", options: CollaborationViews.initiativeOptions(names.base),
                                  selected: Set((input.initiativeIds ?? []).map { $0.uppercased() })),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(id.map { "/regelingen/\($0.uuidString)" } ?? "/regelingen"), "Annuleren")))
        ), script: errors.failure == nil ? nil : "/js/focus-errors.js")
    }
}
