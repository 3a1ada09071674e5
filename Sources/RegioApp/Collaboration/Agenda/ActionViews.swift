import Foundation
import Plot
import RegioCore

/// Pages of the action agenda: the agenda in four views (list by theme, by owner,
/// timeline, overdue), one action with its progress, and the form.
enum ActionViews {
    /// The agenda's views, by `?weergave=`.
    enum View: String, CaseIterable {
        case theme = "thema", owner = "eigenaar", timeline = "tijdlijn", overdue = "te-laat"

        var label: String {
            switch self {
            case .theme: "Per thema"
            case .owner: "Per eigenaar"
            case .timeline: "Tijdlijn"
            case .overdue: "Te laat"
            }
        }
    }

    struct ListState {
        var view: View
        var status: ActionStatus?
        var agenda: ActionAgenda
        var today: CalendarDay
    }

    static func list(_ s: ListState, names: CollaborationNames, canAdd: Bool, context: PageContext) -> HTML {
        let counts = s.agenda.statusCounts, overdue = s.agenda.overdue(today: s.today)
        func viewHref(_ v: View) -> String { "/agenda?weergave=\(v.rawValue)" + (s.status.map { "&status=\($0.rawValue)" } ?? "") }
        let exportHref = "/agenda.csv" + (s.status.map { "?status=\($0.rawValue)" } ?? "")
        return Layout.page(title: "Actieagenda", context: context, body: .div(.class("wrap"),
            CollaborationViews.menu(current: "/agenda"),
            .div(.class("page-head"),
                 .div(.h1("Actieagenda"),
                      .p(.class("lead"), "De acties van de regio: wat, voor welk thema, door wie, in welk kwartaal en wanneer klaar. Centrale acties trekt de coördinator; decentrale acties de organisaties zelf.")),
                 .if(canAdd, .a(.class("button"), .href("/agenda/nieuw"), "Actie toevoegen"))),
            .ul(.class("status-counts"), .aria("Acties per status"),
                .forEach(counts) { c in .li(.strong(.text(String(c.count))), .text(" \(c.status.dutchLabel.lowercased())")) },
                .li(.class(overdue.isEmpty ? "" : "overdue"), .strong(.text(String(overdue.count))), .text(" te laat"))),
            .nav(.class("view-tabs"), .aria("Weergave"),
                 .ul(.forEach(View.allCases) { v in
                     .li(.a(.href(viewHref(v).attributeEscaped), .if(v == s.view, .attribute(named: "aria-current", value: "page")), .text(v.label)))
                 })),
            .form(.method(.get), .action("/agenda"), .class("inline-filters compact"), .attribute(named: "role", value: "search"), .aria("Acties filteren"),
                  .input(.type(.hidden), .name("weergave"), .value(s.view.rawValue)),
                  .div(.class("field"), .label(.for("ag-status"), "Status"),
                       .select(.attribute(named: "name", value: "status"), .id("ag-status"), .choice("", "Alle statussen", selected: s.status == nil),
                               .forEach(ActionStatus.allCases) { st in .choice(st.rawValue, st.dutchLabel, selected: st == s.status) })),
                  .div(.class("filter-actions"), .button(.type(.submit), .class("button"), "Filter"))),
            .section(.class("results"), .aria("Acties"),
                .div(.class("results-head"),
                     .h2(.id("resultaten"), .text(Components.count(s.agenda.actions.count, "actie", "acties") + (s.status.map { " · \($0.dutchLabel.lowercased())" } ?? ""))),
                     .a(.class("button button-secondary button-small"), .href(exportHref), .attribute(named: "download", value: ""), "Exporteer CSV")),
                s.agenda.actions.isEmpty
                    ? .div(.class("empty-state"), .h3(.text(s.status == nil ? "Er staan nog geen acties op de agenda" : "Geen acties met deze status")),
                           .p(.if(canAdd && s.status == nil, .a(.href("/agenda/nieuw"), "Voeg de eerste actie toe")),
                              .if(s.status != nil, .a(.href("/agenda?weergave=\(s.view.rawValue)"), "Toon alle acties"))))
                    : body(s, overdue: overdue, names: names),
                .if(canAdd, ImportViews.form(action: "/agenda/import", what: "Acties", csrf: context.csrfToken)))
        ))
    }

    private static func body(_ s: ListState, overdue: [AgendaAction], names: CollaborationNames) -> Node<HTML.BodyContext> {
        switch s.view {
        case .theme:
            let labels = Dictionary(names.themes.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
            return .group(.forEach(s.agenda.byTheme(labels: labels)) { g in .group(.h3(.text("\(g.label) (\(g.actions.count))")), table(g.actions, names: names, today: s.today, caption: g.label)) })
        case .owner:
            let owners = Dictionary(names.snapshot.organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
            return .group(.forEach(s.agenda.byOwner(names: owners)) { g in .group(.h3(.text("\(g.label) (\(g.actions.count))")), table(g.actions, names: names, today: s.today, caption: g.label)) })
        case .timeline:
            let timeline = AgendaTimeline(s.agenda, today: s.today)
            return .group(
                .p(.class("hint"), "Elke balk loopt van het kwartaal waarin de actie begint tot het kwartaal van de deadline; het streepje is de deadline, de stippellijn vandaag. Een rode rand: te laat."),
                .div(.class("chart-wrap timeline-wrap"), .attribute(named: "tabindex", value: "0"), .aria("Tijdlijn, horizontaal te scrollen"),
                     .raw(CollaborationCharts.timeline(timeline, title: "Tijdlijn van de actieagenda per kwartaal", href: { "/agenda/\($0.uuidString)" }))),
                .if(timeline.hiddenActions > 0, .p(.class("hint"), .text("\(Components.count(timeline.hiddenActions, "actie valt", "acties vallen")) buiten de getoonde kwartalen; ze staan in de tabel."))),
                table(s.agenda.actions, names: names, today: s.today, caption: "Alle acties, op fase"))
        case .overdue:
            return overdue.isEmpty ? .div(.class("empty-state"), .h3("Geen acties te laat"), .p("Alle acties met een verstreken deadline zijn afgerond of gestopt."))
                : table(overdue, names: names, today: s.today, caption: "Acties die te laat zijn, langst te laat eerst")
        }
    }

    static func table(_ actions: [AgendaAction], names: CollaborationNames, today: CalendarDay, caption: String) -> Node<HTML.BodyContext> {
        func col(_ s: String) -> Node<HTML.TableRowContext> { .th(.attribute(named: "scope", value: "col"), .text(s)) }
        return .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria(caption), .attribute(named: "tabindex", value: "0"),
            .table(.class("data-table"),
                .caption(.class("visually-hidden"), .text(caption)),
                .thead(.tr(col("Actie"), col("Status"), col("Fase"), col("Deadline"), col("Eigenaar"), col("Soort"))),
                .tbody(.forEach(actions) { a in
                    let f = a.fields
                    return .tr(.td(.a(.href("/agenda/\(a.id.uuidString)"), .text(f.title)), .if(!f.published, .span(.class("muted"), " · niet openbaar"))),
                               .td(.text(f.status.dutchLabel)), .td(.text(f.phase.dutch)),
                               .td(.text(f.dueDate?.dutchShort ?? "—"), .if(f.isOverdue(today: today), .strong(.class("overdue-label"), " · te laat"))),
                               .td(.text(f.ownerIDs.isEmpty ? "Coördinator" : names.list(f.ownerIDs, names.organisation))),
                               .td(.text(f.scope.dutchLabel)))
                })))
    }

    static func detail(_ m: ActionRecord, updates: [ActionUpdateRecord], names: CollaborationNames, canEdit: Bool, canDelete: Bool,
                       today: CalendarDay, updateForm: UpdateFormState?, context: PageContext) -> HTML {
        let f = m.fields, id = m.id?.uuidString ?? "", path = "/agenda/\(id)", live = m.deletedAt == nil
        return Layout.page(title: f.title, context: context, description: f.description, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/agenda", "Actieagenda"), f.title),
            RecordViews.deletedNotice(m.deletedAt, what: "Deze actie", path: path, canRestore: canDelete, csrf: context.csrfToken),
            .div(.class("detail-head"),
                 .div(.h1(.text(f.title)),
                      .p(.class("badges"), Components.badge(f.status.dutchLabel, style: "kind"), Components.badge(f.scope.dutchLabel, style: "kind"),
                         .if(f.isOverdue(today: today), Components.badge("Te laat", style: "maturity-ended")), CollaborationViews.publishedBadge(f.published))),
                 RecordViews.actions(path: path, canEdit: canEdit && live, canDelete: canDelete && live, csrf: context.csrfToken)),
            .section(.class("panel"), .aria("Gegevens"),
                .h2("Gegevens"),
                .unwrap(f.description) { .p(.class("prewrap"), .text($0)) },
                .dl(.class("facts"),
                    Components.fact("Thema", text: f.theme.map(names.theme)),
                    Components.fact("Fase", text: f.phase.dutchLong),
                    Components.fact("Deadline", text: f.dueDate?.dutch),
                    Components.fact("Eigenaren", f.ownerIDs.isEmpty ? .text("De coördinator") : CollaborationViews.links(f.ownerIDs, path: "/organisaties", name: names.organisation, empty: "")),
                    Components.fact("Coalities", CollaborationViews.links(f.coalitionIDs, path: "/coalities", name: names.coalition, empty: "Geen")),
                    Components.fact("Initiatieven", CollaborationViews.links(f.initiativeIDs, path: "/initiatieven", name: names.initiative, empty: "Geen")),
                    Components.fact("Uit ontwikkelsessie", f.sessionID.map { s in .a(.href("/ontwikkelsessies/\(s.uuidString)"), .text(names.session(s))) } ?? Missing.node()))),
            .section(.class("panel"), .aria("Voortgang"), .id("voortgang"),
                .h2(.text("Voortgang (\(updates.count))")),
                .if(canEdit && live, updateFormNode(updateForm ?? UpdateFormState(input: ActionUpdateInput(date: today.iso), errors: FormErrors(failure: nil)),
                                                    action: path + "/voortgang", version: m.version, status: f.status, csrf: context.csrfToken)),
                updates.isEmpty ? .p(.class("muted"), "Nog geen voortgang gemeld.")
                    : .ol(.class("progress-list"), .forEach(updates) { u in
                        .li(.p(.class("meta"), .strong(.text(CalendarDay(iso: u.date)?.dutch ?? u.date)), .text(" · \(CollaborationConflict.displayName(u.author))"),
                               .unwrap(u.newStatus) { .text(" · status naar \($0.dutchLabel.lowercased())") }),
                            .p(.class("prewrap"), .text(u.text)))
                    })),
            RecordViews.meta(updated: m.updatedAt ?? m.createdAt, path: path, json: "/api/v1/actions/\(id)")
        ), script: updateForm?.errors.failure == nil ? nil : "/js/focus-errors.js")
    }

    struct UpdateFormState {
        var input: ActionUpdateInput
        var errors: FormErrors
    }

    private static func updateFormNode(_ s: UpdateFormState, action: String, version: Int, status: ActionStatus, csrf: String) -> Node<HTML.BodyContext> {
        .group(s.errors.summary(),
            .form(.method(.post), .action(action), .class("record-form progress-form"), .novalidate(),
                Layout.csrfField(csrf),
                .input(.type(.hidden), .name("version"), .value(String(version))),
                .div(.class("field-row"),
                     s.errors.text("date", label: "Datum", value: s.input.date, hint: "Wanneer het gebeurde.", type: .date),
                     s.errors.select("status", label: "Status", options: ActionStatus.allCases.map { ($0.rawValue, $0.dutchLabel) },
                                     selected: s.input.status ?? status.rawValue, hint: "Verandert de status mee?")),
                s.errors.textarea("text", label: "Wat is er gebeurd?", value: s.input.text, hint: "Kort: wat is gedaan, wat is het resultaat, wat is de volgende stap.", rows: 3),
                .div(.class("form-actions"), .button(.type(.submit), .class("button"), "Voortgang melden"))))
    }

    typealias FormState = VersionedFormState<ActionInput>

    static func form(_ s: FormState, names: CollaborationNames, context: PageContext) -> HTML {
        let title = s.id == nil ? "Actie toevoegen" : "Actie bewerken"
        let action = s.id.map { "/agenda/\($0.uuidString)/bewerken" } ?? "/agenda/nieuw"
        let coalitions = names.coalitions.sorted { $0.value.lowercased() < $1.value.lowercased() }.map { ($0.key.uuidString, $0.value) }
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/agenda", "Actieagenda"), title),
            .h1(.text(title)),
            s.conflict,
            s.errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                .unwrap(s.version) { .input(.type(.hidden), .name("version"), .value(String($0))) },
                .unwrap(s.input.sessionId) { .input(.type(.hidden), .name("sessionId"), .value($0.attributeEscaped)) },
                s.errors.text("title", label: "Titel", value: s.input.title, required: true, max: Limits.name),
                s.errors.textarea("description", label: "Beschrijving", value: s.input.description, hint: "Wat houdt de actie in, en wat is het beoogde resultaat?", rows: 4),
                s.errors.radios("scope", legend: "Centraal of decentraal", options: ActionScope.allCases.map { ($0.rawValue, $0.dutchLabel + ($0 == .central ? ": de coördinator trekt de actie" : ": organisaties voeren de actie zelf uit")) },
                                selected: s.input.scope, required: true),
                .div(.class("field-row"),
                     s.errors.text("phase", label: "Fase (kwartaal)", value: s.input.phase, hint: "Het kwartaal waarin de actie begint, zoals 2026-Q3 of 2026 K3.", required: true),
                     s.errors.text("dueDate", label: "Deadline", value: s.input.dueDate, hint: "Bijvoorbeeld 2027-03-31 (optioneel).", type: .date)),
                .div(.class("field-row"),
                     s.errors.select("status", label: "Status", options: ActionStatus.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: s.input.status ?? ActionStatus.planned.rawValue),
                     s.errors.select("theme", label: "Thema", options: names.themes.map { ($0.key, $0.label) }, selected: s.input.theme, emptyLabel: "— geen bepaald thema —")),
                s.errors.checkboxes("ownerIds", legend: "Eigenaren", options: CollaborationViews.organisationOptions(names),
                                    selected: Set((s.input.ownerIds ?? []).map { $0.uppercased() }), hint: "De organisaties die de actie uitvoeren; leeg bij een centrale actie van de coördinator."),
                .if(!coalitions.isEmpty, s.errors.checkboxes("coalitionIds", legend: "Coalities", options: coalitions,
                                                            selected: Set((s.input.coalitionIds ?? []).map { $0.uppercased() }), hint: "Leden van deze coalities mogen de actie bijwerken.", columns: false)),
                s.errors.checkboxes("initiativeIds", legend: "Initiatieven", options: CollaborationViews.initiativeOptions(names),
                                    selected: Set((s.input.initiativeIds ?? []).map { $0.uppercased() })),
                CollaborationViews.publishedField(s.errors, value: s.input.published, mayPublish: s.mayPublish, what: "deze actie"),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(s.id.map { "/agenda/\($0.uuidString)" } ?? "/agenda"), "Annuleren")))
        ), script: s.errors.failure == nil ? nil : "/js/focus-errors.js")
    }
}
