import Foundation
import Plot
import RegioCore

/// Pages of development sessions: list, record with its outcomes and follow-ups, form.
enum DevelopmentSessionViews {
    static let pageSize = 25

    static func list(_ sessions: [DevelopmentSessionRecord], page: Int, names: CollaborationNames, canAdd: Bool, context: PageContext) -> HTML {
        let pageCount = max(1, (sessions.count + pageSize - 1) / pageSize)
        let items = sessions.dropFirst((min(page, pageCount) - 1) * pageSize).prefix(pageSize)
        return Layout.page(title: "Ontwikkelsessies", context: context, body: .div(.class("wrap"),
            CollaborationViews.menu(current: "/ontwikkelsessies"),
            .div(.class("page-head"),
                 .div(.h1("Ontwikkelsessies"),
                      .p(.class("lead"), "In een ontwikkelsessie verkennen professionals uit de regio samen een vraag: hoe pakken we dit aan? Wat eruit komt — ideeën, belemmeringen — kan een coalitie of een actie worden.")),
                 .if(canAdd, .a(.class("button"), .href("/ontwikkelsessies/nieuw"), "Sessie vastleggen"))),
            .section(.class("results"), .aria("Sessies"),
                .div(.class("results-head"),
                     .h2(.id("resultaten"), .text(Components.count(sessions.count, "sessie", "sessies"))),
                     .a(.class("button button-secondary button-small"), .href("/ontwikkelsessies.csv"), .attribute(named: "download", value: ""), "Exporteer CSV")),
                sessions.isEmpty
                    ? .div(.class("empty-state"), .h3("Er zijn nog geen ontwikkelsessies vastgelegd"),
                           .p(.text(canAdd ? "Leg de eerste sessie vast: datum, vraag, wie er waren en wat eruit kwam. " : "De coördinator legt sessies hier vast."),
                              .if(canAdd, .a(.href("/ontwikkelsessies/nieuw"), "Sessie vastleggen"))))
                    : .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Ontwikkelsessies"), .attribute(named: "tabindex", value: "0"),
                        .table(.class("data-table"),
                            .caption(.class("visually-hidden"), "Ontwikkelsessies, nieuwste eerst"),
                            .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Datum"), .th(.attribute(named: "scope", value: "col"), "Sessie"),
                                       .th(.attribute(named: "scope", value: "col"), "Thema's"), .th(.attribute(named: "scope", value: "col"), .class("num"), "Deelnemers"),
                                       .th(.attribute(named: "scope", value: "col"), .class("num"), "Ideeën"), .th(.attribute(named: "scope", value: "col"), .class("num"), "Belemmeringen"))),
                            .tbody(.forEach(Array(items)) { m in
                                let f = m.fields
                                return .tr(.td(.text(f.date.dutchShort)),
                                           .td(.a(.href("/ontwikkelsessies/\(m.id?.uuidString ?? "")"), .text(f.title)),
                                               .if(!f.published, .span(.class("muted"), " · niet openbaar"))),
                                           .td(.text(f.themes.map(names.theme).joined(separator: ", "))),
                                           .td(.class("num"), .text(String(f.participantCount))),
                                           .td(.class("num"), .text(String(f.ideas.count))), .td(.class("num"), .text(String(f.barriers.count))))
                            }))),
                Components.pagination(path: "/ontwikkelsessies", parameters: [], page: min(page, pageCount), pageCount: pageCount, total: sessions.count, noun: "sessies"),
                .if(canAdd, ImportViews.form(action: "/ontwikkelsessies/import", what: "Ontwikkelsessies", csrf: context.csrfToken)))
        ))
    }

    struct FollowUps {
        var coalitions: [CoalitionRecord]
        var actions: [ActionRecord]
    }

    static func detail(_ m: DevelopmentSessionRecord, followUps: FollowUps, names: CollaborationNames, canEdit: Bool, context: PageContext) -> HTML {
        let f = m.fields, id = m.id?.uuidString ?? "", path = "/ontwikkelsessies/\(id)"
        func followUpLinks(_ n: Int) -> Node<HTML.BodyContext> {
            .if(canEdit && m.deletedAt == nil, .span(.class("outcome-actions"),
                .a(.class("button button-secondary button-small"), .href("/coalities/nieuw?sessie=\(id)&idee=\(n)"), .text("Maak er een coalitie van"),
                   .span(.class("visually-hidden"), .text(": idee \(n + 1)"))),
                .a(.class("button button-secondary button-small"), .href("/agenda/nieuw?sessie=\(id)&idee=\(n)"), .text("Maak er een actie van"),
                   .span(.class("visually-hidden"), .text(": idee \(n + 1)")))))
        }
        return Layout.page(title: f.title, context: context, description: f.question, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/ontwikkelsessies", "Ontwikkelsessies"), f.title),
            RecordViews.deletedNotice(m.deletedAt, what: "Deze sessie", path: path, canRestore: canEdit, csrf: context.csrfToken),
            .div(.class("detail-head"),
                 .div(.h1(.text(f.title)),
                      .p(.class("badges"), Components.badge(f.date.dutch, style: "kind"), CollaborationViews.publishedBadge(f.published))),
                 RecordViews.actions(path: path, canEdit: canEdit && m.deletedAt == nil, canDelete: canEdit && m.deletedAt == nil, csrf: context.csrfToken)),
            .section(.class("panel"), .aria("De vraag"),
                .h2("De vraag"), .p(.class("question"), .text(f.question)),
                .dl(.class("facts"),
                    Components.fact("Datum", text: f.date.dutch),
                    Components.fact("Thema's", text: f.themes.isEmpty ? nil : f.themes.map(names.theme).joined(separator: ", ")),
                    Components.fact("Deelnemers", text: "\(Components.count(f.participantCount, "persoon", "personen")) van \(Components.count(f.organisationIDs.count, "organisatie", "organisaties"))"),
                    Components.fact("Organisaties", CollaborationViews.links(f.organisationIDs, path: "/organisaties", name: names.organisation, empty: "Niet vastgelegd")))),
            .section(.class("panel"), .aria("Uitkomsten"),
                .h2("Uitkomsten"),
                .h3(.text("Ideeën (\(f.ideas.count))")),
                f.ideas.isEmpty ? .p(.class("muted"), "Geen ideeën vastgelegd.")
                    : .ol(.class("outcome-list"), .forEach(Array(f.ideas.enumerated())) { n, idea in .li(.p(.text(idea)), followUpLinks(n)) }),
                .h3(.text("Belemmeringen (\(f.barriers.count))")),
                f.barriers.isEmpty ? .p(.class("muted"), "Geen belemmeringen vastgelegd.")
                    : .ul(.forEach(f.barriers) { .li(.text($0)) }),
                .unwrap(f.notes) { .group(.h3("Verslag"), .p(.class("prewrap"), .text($0))) }),
            .section(.class("panel"), .aria("Vervolg"),
                .h2("Vervolg"),
                followUps.coalitions.isEmpty && followUps.actions.isEmpty
                    ? .p(.class("muted"), .text(canEdit ? "Nog geen vervolg. Maak van een idee hierboven een coalitie of een actie." : "Nog geen coalitie of actie uit deze sessie."))
                    : .ul(.class("plain-list"),
                          .forEach(followUps.coalitions) { c in .li(.text("Coalitie: "), .a(.href("/coalities/\(c.id?.uuidString ?? "")"), .text(c.name)), .text(" · \(c.status.dutchLabel)")) },
                          .forEach(followUps.actions) { a in .li(.text("Actie: "), .a(.href("/agenda/\(a.id?.uuidString ?? "")"), .text(a.title)), .text(" · \(a.status.dutchLabel)")) })),
            RecordViews.meta(updated: m.updatedAt ?? m.createdAt, path: path, json: "/api/v1/development-sessions/\(id)")
        ))
    }

    static func form(id: UUID?, input: DevelopmentSessionInput, errors: FormErrors, names: CollaborationNames, context: PageContext) -> HTML {
        let title = id == nil ? "Ontwikkelsessie vastleggen" : "Ontwikkelsessie bewerken"
        let action = id.map { "/ontwikkelsessies/\($0.uuidString)/bewerken" } ?? "/ontwikkelsessies/nieuw"
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/ontwikkelsessies", "Ontwikkelsessies"), title),
            .h1(.text(title)),
            errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                .div(.class("field-row"),
                     errors.text("date", label: "Datum", value: input.date, hint: "Bijvoorbeeld 2026-11-12", required: true, type: .date),
                     errors.text("participantCount", label: "Aantal deelnemers", value: input.participantCount, hint: "Hoeveel mensen er waren.", required: true, type: .number)),
                errors.text("title", label: "Titel", value: input.title, required: true, max: Limits.name),
                errors.textarea("question", label: "Vraag", value: input.question, hint: "De regionale vraag die de sessie verkende: hoe pakken we … aan?", rows: 3),
                errors.checkboxes("themes", legend: "Thema's", options: names.themes.map { ($0.key, $0.label) }, selected: Set(input.themes ?? [])),
                errors.checkboxes("organisationIds", legend: "Deelnemende organisaties", options: CollaborationViews.organisationOptions(names),
                                  selected: Set((input.organisationIds ?? []).map { $0.uppercased() })),
                errors.textarea("ideas", label: "Ideeën", value: (input.ideas ?? []).joined(separator: "\n"), hint: "Eén idee per regel.", rows: 5),
                errors.textarea("barriers", label: "Belemmeringen", value: (input.barriers ?? []).joined(separator: "\n"), hint: "Eén belemmering per regel: wat stond in de weg?", rows: 4),
                errors.textarea("notes", label: "Verslag", value: input.notes, hint: "Kort verslag of afspraken (optioneel).", rows: 5),
                CollaborationViews.publishedField(errors, value: input.published, mayPublish: true, what: "deze sessie"),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(id.map { "/ontwikkelsessies/\($0.uuidString)" } ?? "/ontwikkelsessies"), "Annuleren")))
        ), script: errors.failure == nil ? nil : "/js/focus-errors.js")
    }
}
