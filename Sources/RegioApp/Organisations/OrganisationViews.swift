import Foundation
import Plot
import RegioCore

/// Pages of organisations: list, detail, form.
enum OrganisationViews {
    struct ListState {
        var text: String
        var kind: OrganisationKind?
        var sortByInitiatives: Bool
        var page: Int
        var pageCount: Int
        var total: Int
        var items: [RegionSnapshot.OrganisationRef]
        var initiativeCounts: [UUID: Int]
        var parameters: [(String, String)]
    }

    static func list(_ s: ListState, snapshot: RegionSnapshot, canManage: Bool, context: PageContext) -> HTML {
        Layout.page(title: "Organisaties", context: context, body: .div(.class("wrap"),
            .div(.class("page-head"),
                 .div(.h1("Organisaties"),
                      .p(.class("lead"), .text("De organisaties in het leer- en ontwikkellandschap van \(snapshot.name)."))),
                 .if(canManage, .a(.class("button"), .href("/organisaties/nieuw"), "Organisatie toevoegen"))),
            .form(.method(.get), .action("/organisaties"), .class("inline-filters"), .attribute(named: "role", value: "search"),
                  .div(.class("field"), .label(.for("zoek-org"), "Zoek op naam"),
                       .input(.type(.search), .name("q"), .id("zoek-org"), .value(s.text.attributeEscaped), .attribute(named: "maxlength", value: "200"))),
                  .div(.class("field"), .label(.for("soort-org"), "Soort"),
                       .select(.attribute(named: "name", value: "kind"), .id("soort-org"), .choice("", "Alle soorten", selected: s.kind == nil),
                               .forEach(OrganisationKind.allCases) { k in .choice(k.rawValue, k.dutchLabel, selected: k == s.kind) })),
                  .div(.class("field"), .label(.for("sorteer-org"), "Sorteren"),
                       .select(.attribute(named: "name", value: "sort"), .id("sorteer-org"),
                               .choice("name", "Naam (A–Z)", selected: !s.sortByInitiatives),
                               .choice("-initiatives", "Meeste initiatieven", selected: s.sortByInitiatives))),
                  .button(.type(.submit), .class("button"), "Zoek")),
            .div(.class("results-head"),
                 .h2(.text(Components.count(s.total, "organisatie", "organisaties"))),
                 .a(.class("button button-secondary button-small"), .href(("/organisaties.csv" + (s.parameters.isEmpty ? "" : "?" + QueryString.encode(s.parameters.filter { $0.0 != "page" }))).attributeEscaped), "Exporteer CSV")),
            s.items.isEmpty ? .div(.class("empty-state"), .h3("Geen organisaties gevonden"), .p(.a(.href("/organisaties"), "Toon alle organisaties"))) :
            .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .attribute(named: "aria-label", value: "Organisaties"),
                 .attribute(named: "tabindex", value: "0"), .table(.class("data-table"),
                .caption(.class("visually-hidden"), "Organisaties"),
                .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Naam"), .th(.attribute(named: "scope", value: "col"), "Soort"),
                           .th(.attribute(named: "scope", value: "col"), "Gemeente"), .th(.attribute(named: "scope", value: "col"), .class("num"), "Initiatieven"))),
                .tbody(.forEach(s.items) { o in
                    .tr(.td(.a(.href("/organisaties/\(o.id.uuidString)"), .text(o.name))),
                        .td(.valueOrMissing(o.kind?.dutchLabel)),
                        .td(.valueOrMissing(o.municipalityCode.map(snapshot.municipalityName))),
                        .td(.class("num"), .text(String(s.initiativeCounts[o.id] ?? 0))))
                }))),
            Components.pagination(path: "/organisaties", parameters: s.parameters, page: s.page, pageCount: s.pageCount, total: s.total, noun: "organisaties"),
            .if(canManage, ImportViews.form(action: "/organisaties/import", what: "Organisaties", csrf: context.csrfToken))
        ))
    }

    static func detail(_ org: Organisation, initiatives: [InitiativeEntry], places: Node<HTML.BodyContext> = .empty, snapshot: RegionSnapshot,
                       canEdit: Bool, canManage: Bool, context: PageContext) -> HTML {
        let f = org.fields
        let id = org.id?.uuidString ?? ""
        return Layout.page(title: f.name, context: context, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/organisaties"), "Organisaties")), .li(.attribute(named: "aria-current", value: "page"), .text(f.name)))),
            RecordViews.deletedNotice(org.deletedAt, what: "Deze organisatie", path: "/organisaties/\(id)", canRestore: canManage, csrf: context.csrfToken),
            .div(.class("detail-head"),
                 .div(.h1(.text(f.name)), .p(.class("badges"), Components.badge(f.kind?.dutchLabel ?? "Soort nog aan te vullen", style: f.kind == nil ? "missing" : "kind"))),
                 RecordViews.actions(path: "/organisaties/\(id)", canEdit: org.deletedAt == nil && canEdit, canDelete: org.deletedAt == nil && canManage,
                                     csrf: context.csrfToken)),
            .section(.class("panel"), .aria("Gegevens"),
                .dl(.class("facts"),
                    Components.fact("Zorgdomeinen", text: f.careDomains.isEmpty ? nil : f.careDomains.map { snapshot.label(.careDomain, $0) }.joined(separator: ", ")),
                    Components.fact("Gemeente", text: f.municipalityCode.map(snapshot.municipalityName)),
                    Components.fact("Website", f.website.map { .a(.href($0.attributeEscaped), .attribute(named: "rel", value: "noopener"), .text($0)) } ?? Missing.node()),
                    Components.fact("Contactpersoon", text: f.contactName),
                    Components.fact("E-mailadres", f.contactEmail.map { .a(.href("mailto:\($0)".attributeEscaped), .text($0)) } ?? Missing.node()),
                    Components.fact("Beschrijving", text: f.description))),
            .section(.class("panel"), .aria("Initiatieven"),
                .h2(.text("Initiatieven (\(initiatives.count))")),
                initiatives.isEmpty ? .p(.class("muted"), "Nog geen initiatieven gekoppeld aan deze organisatie.") :
                    .ol(.class("cards compact"), .forEach(initiatives) { LandscapeViews.card($0, snapshot: snapshot) })),
            places,
            RecordViews.meta(updated: org.updatedAt ?? org.createdAt, path: "/organisaties/\(id)", json: "/api/v1/organisations/\(id)")
        ))
    }

    static func form(id: UUID?, input: OrganisationInput, errors: FormErrors, snapshot: RegionSnapshot, context: PageContext) -> HTML {
        let title = id == nil ? "Organisatie toevoegen" : "Organisatie bewerken"
        let action = id.map { "/organisaties/\($0.uuidString)/bewerken" } ?? "/organisaties/nieuw"
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/organisaties"), "Organisaties")), .li(.attribute(named: "aria-current", value: "page"), .text(title)))),
            .h1(.text(title)),
            errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                errors.text("name", label: "Naam", value: input.name, required: true, max: Limits.name),
                errors.select("kind", label: "Soort organisatie", options: OrganisationKind.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: input.kind),
                errors.checkboxes("careDomains", legend: "Zorgdomeinen", options: snapshot.terms[.careDomain, default: []].map { ($0.key, $0.label) }, selected: Set(input.careDomains ?? [])),
                errors.select("municipalityCode", label: "Gemeente (vestiging)", options: snapshot.municipalities.map { ($0.code, $0.name) }, selected: input.municipalityCode),
                errors.text("website", label: "Website", value: input.website, hint: "Begin met https://", type: .url),
                errors.text("contactName", label: "Contactpersoon", value: input.contactName, max: Limits.shortText),
                errors.text("contactEmail", label: "E-mailadres contactpersoon", value: input.contactEmail, type: .email),
                errors.textarea("description", label: "Beschrijving", value: input.description, rows: 5),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(id.map { "/organisaties/\($0.uuidString)" } ?? "/organisaties"), "Annuleren")))
        ), script: errors.failure == nil ? nil : "/js/focus-errors.js")
    }
}
