import Foundation
import Plot
import RegioCore

/// Pages of learning places: list, record, form, and the section on an organisation's page.
enum LearningPlaceViews {
    /// "4 BBL-plekken bij Zorghuis De Linde in Utrecht".
    static func title(_ f: LearningPlaceFields, snapshot: RegionSnapshot) -> String {
        let noun = f.kind.dutchNoun
        return "\(Components.count(f.count, noun.singular, noun.plural)) bij \(snapshot.organisation(f.organisationID)?.name ?? "een verwijderde organisatie") in \(snapshot.municipalityName(f.municipalityCode))"
    }

    /// "1 september 2026 t/m 15 juli 2027" (one day: "1 oktober 2026").
    static func period(_ f: LearningPlaceFields) -> String {
        f.startDate == f.endDate ? f.startDate.dutch : "\(f.startDate.dutch) t/m \(f.endDate.dutch)"
    }

    /// "1 okt 2026 – 1 apr 2027", for tables.
    static func shortPeriod(_ f: LearningPlaceFields) -> String {
        f.startDate == f.endDate ? f.startDate.dutchShort : "\(f.startDate.dutchShort) – \(f.endDate.dutchShort)"
    }

    /// Where the period stands today: running, coming or over.
    static func status(_ f: LearningPlaceFields, today: CalendarDay) -> (label: String, style: String) {
        if f.endDate < today { return ("Afgelopen", "maturity-ended") }
        if f.startDate > today { return ("Begint op \(f.startDate.dutch)", "maturity-pilot") }
        return ("Loopt nu", "maturity-running")
    }

    static func supervision(_ f: LearningPlaceFields) -> String {
        Components.count(f.supervisionCapacity, "leerling", "leerlingen") + " tegelijk"
    }

    /// "12 leerplekken: 4 BBL-plekken, 8 snuffelstages".
    static func summary(_ tally: LearningPlaceTally) -> String {
        let parts = LearningPlaceKind.allCases.compactMap { k in
            tally.byKind[k].map { Components.count($0.places, k.dutchNoun.singular, k.dutchNoun.plural) }
        }
        return Components.count(tally.total.places, "leerplek", "leerplekken") + (parts.count > 1 ? ": " + parts.dutchList : "")
    }

    struct ListState {
        var query: LearningPlaceQuery
        var today: CalendarDay
        var page: Int
        var pageCount: Int
        /// Every place of the view (for the totals) and those of this page.
        var all: [LearningPlaceRecord]
        var items: [LearningPlaceRecord]
        var roleLabels: [String: String]
        /// Whether the region has any place at all (for the empty state).
        var anyInRegion: Bool
    }

    static func list(_ s: ListState, snapshot: RegionSnapshot, canAdd: Bool, context: PageContext) -> HTML {
        let (from, to) = s.query.period(today: s.today)
        let tally = LearningPlaceTally(s.all.map(\.fields), from: from, to: to)
        let exportParams = s.query.parameters.filter { $0.0 != LearningPlaceQuery.Parameter.page }
        let title = "\(Components.count(tally.total.places, "leerplek", "leerplekken"))\(s.query.isFiltered ? " gevonden" : "") · Leerplekken"
        return Layout.page(title: title, context: context, body: .div(.class("wrap"),
            .div(.class("page-head"),
                 .div(.h1("Leerplekken"),
                      .p(.class("lead"), .text("Stages, BBL-plekken, leerbanen en snuffelstages die organisaties in \(snapshot.name) aanbieden: waar, hoeveel, wanneer en hoeveel leerlingen ze tegelijk kunnen begeleiden.")),
                      .p(.class("page-links"), .a(.href(("/kaart?" + QueryString.encode([(MapController.layerParameter, MapController.placesLayer)] + exportParams)).attributeEscaped), "Bekijk de leerplekken op de kaart"))),
                 .if(canAdd, .a(.class("button"), .href("/leerplekken/nieuw"), "Leerplek toevoegen"))),
            filters(s.query, snapshot: snapshot, action: "/leerplekken", extra: [], municipality: true, style: "inline-filters place-filters"),
            .section(.class("results"), .aria("Resultaten"),
                .div(.class("results-head"),
                     .h2(.id("resultaten"), .attribute(named: "tabindex", value: "-1"), .text(summary(tally)), .if(s.query.isFiltered, .span(.class("muted"), .text(" gevonden")))),
                     .a(.class("button button-secondary button-small"), .href(("/leerplekken.csv" + (exportParams.isEmpty ? "" : "?" + QueryString.encode(exportParams))).attributeEscaped),
                        .attribute(named: "download", value: ""), "Exporteer CSV")),
                .p(.class("hint"), .text(s.query.from == nil
                    ? "Je ziet de leerplekken die vandaag of later nog lopen. Kies een eerdere ‘Vanaf’-datum om ook afgelopen leerplekken te zien."
                    : "Leerplekken waarvan de periode op een of meer dagen valt van \(from.dutch)\(to.map { " tot en met \($0.dutch)" } ?? " of later").")),
                s.items.isEmpty ? emptyState(filtered: s.query.isFiltered, anyInRegion: s.anyInRegion, canAdd: canAdd)
                    : table(s.items, snapshot: snapshot, roleLabels: s.roleLabels, caption: "Leerplekken, op startdatum"),
                Components.pagination(path: "/leerplekken", parameters: s.query.parameters, page: s.page, pageCount: s.pageCount, total: s.all.count, noun: "leerplekken"),
                .if(canAdd, ImportViews.form(action: "/leerplekken/import", what: "Leerplekken", csrf: context.csrfToken)))
        ), script: "/js/filters.js")
    }

    static func emptyState(filtered: Bool, anyInRegion: Bool, canAdd: Bool) -> Node<HTML.BodyContext> {
        .div(.class("empty-state"),
             .h3(.text(anyInRegion ? "Geen leerplekken met deze filters" : "Er zijn nog geen leerplekken in deze regio")),
             anyInRegion
                ? .p(.text("Kies een andere soort, gemeente of periode. "), .if(filtered, .a(.href("/leerplekken"), "Toon alle lopende leerplekken")))
                : .p(.text("Organisaties kunnen hier hun stages, BBL-plekken, leerbanen en snuffelstages laten zien. "),
                     .if(canAdd, .a(.href("/leerplekken/nieuw"), "Voeg de eerste leerplek toe"))))
    }

    /// The filter form of the list and of the map layer; `municipality` false on the map,
    /// where the map itself chooses the municipality.
    static func filters(_ q: LearningPlaceQuery, snapshot: RegionSnapshot, action: String, extra: [(String, String)], municipality: Bool,
                        style: String) -> Node<HTML.BodyContext> {
        typealias P = LearningPlaceQuery.Parameter
        return .form(.method(.get), .action(action), .class(style), .id("filterform"), .attribute(named: "role", value: "search"), .aria("Leerplekken filteren"),
            .group(extra.map { .input(.type(.hidden), .name($0.0), .value($0.1.attributeEscaped)) }),
            .div(.class("field"), .label(.for("lp-soort"), "Soort"),
                 .select(.attribute(named: "name", value: P.kind), .id("lp-soort"), .choice("", "Alle soorten", selected: q.kinds.isEmpty),
                         .forEach(LearningPlaceKind.allCases) { k in .choice(k.rawValue, k.dutchLabel, selected: q.kinds.contains(k)) })),
            .if(municipality, .div(.class("field"), .label(.for("lp-gemeente"), "Gemeente"),
                 .select(.attribute(named: "name", value: P.municipality), .id("lp-gemeente"), .choice("", "Alle gemeenten", selected: q.municipalityCodes.isEmpty),
                         .forEach(snapshot.municipalities) { m in .choice(m.code, m.name, selected: q.municipalityCodes.contains(m.code)) }))),
            .div(.class("field"), .label(.for("lp-organisatie"), "Organisatie"),
                 .select(.attribute(named: "name", value: P.organisation), .id("lp-organisatie"), .choice("", "Alle organisaties", selected: q.organisationIDs.isEmpty),
                         .forEach(snapshot.organisations) { o in .choice(o.id.uuidString, o.name, selected: q.organisationIDs.contains(o.id)) })),
            .fieldset(.class("field period-fields"),
                .element(named: "legend", nodes: [.class("visually-hidden"), .text("Periode")]),
                .div(.class("period-row"),
                     .div(.label(.for("lp-vanaf"), "Vanaf"),
                          .input(.type(.date), .name(P.from), .id("lp-vanaf"), .value(q.from?.iso ?? ""), .attribute(named: "aria-describedby", value: "lp-periode-hint"))),
                     .div(.label(.for("lp-tot"), "Tot en met"),
                          .input(.type(.date), .name(P.to), .id("lp-tot"), .value(q.to?.iso ?? ""), .attribute(named: "aria-describedby", value: "lp-periode-hint")))),
                .p(.class("hint"), .id("lp-periode-hint"), "Leeg ‘Vanaf’ is vandaag; leeg ‘Tot en met’ is zonder einde.")),
            .div(.class("filter-actions"),
                 .button(.type(.submit), .class("button"), "Filter"),
                 .if(q.isFiltered, .a(.class("button button-secondary"), .href((action + (extra.isEmpty ? "" : "?" + QueryString.encode(extra))).attributeEscaped), "Alles wissen"))))
    }

    /// Places as a table: what, who, where, how many, when, supervision, role; the map,
    /// narrower, leaves out the municipality (when one is chosen) and the role.
    static func table(_ places: [LearningPlaceRecord], snapshot: RegionSnapshot, roleLabels: [String: String], caption: String,
                      showMunicipality: Bool = true, showRole: Bool = true) -> Node<HTML.BodyContext> {
        func col(_ label: String, num: Bool = false) -> Node<HTML.TableRowContext> {
            .th(.attribute(named: "scope", value: "col"), .if(num, .class("num")), .text(label))
        }
        return .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria(caption), .attribute(named: "tabindex", value: "0"),
            .table(.class("data-table places-table"),
                .caption(.class("visually-hidden"), .text(caption)),
                .thead(.tr(col("Soort"), col("Organisatie"), .if(showMunicipality, col("Gemeente")), col("Plekken", num: true), col("Periode"),
                           col("Begeleiding tegelijk", num: true), .if(showRole, col("Bereidt voor op")))),
                .tbody(.forEach(places) { m in
                    let f = m.fields
                    return .tr(.td(.a(.href("/leerplekken/\(m.id?.uuidString ?? "")"), .text(f.kind.dutchLabel),
                                      .span(.class("visually-hidden"), .text(" bij \(snapshot.organisation(f.organisationID)?.name ?? "") in \(snapshot.municipalityName(f.municipalityCode))")))),
                               .td(.text(snapshot.organisation(f.organisationID)?.name ?? "Verwijderde organisatie")),
                               .if(showMunicipality, .td(.text(snapshot.municipalityName(f.municipalityCode)))),
                               .td(.class("num"), .text(String(f.count))),
                               .td(.text(shortPeriod(f))),
                               .td(.class("num"), .text(String(f.supervisionCapacity))),
                               .if(showRole, .td(.unwrap(f.roleKey, { .text(roleLabels[$0] ?? $0) },
                                                         else: .group(.span(.attribute(named: "aria-hidden", value: "true"), "—"), .span(.class("visually-hidden"), "geen bepaald beroep"))))))
                })))
    }

    static func detail(_ m: LearningPlaceRecord, snapshot: RegionSnapshot, roleLabels: [String: String], canEdit: Bool, today: CalendarDay,
                       context: PageContext) -> HTML {
        let f = m.fields, id = m.id?.uuidString ?? "", name = title(f, snapshot: snapshot)
        let state = status(f, today: today)
        return Layout.page(title: name, context: context, description: f.description, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/leerplekken"), "Leerplekken")), .li(.attribute(named: "aria-current", value: "page"), .text(name)))),
            .if(m.deletedAt != nil, .div(.class("notice notice-warning"), .attribute(named: "role", value: "status"),
                .p(.text("Deze leerplek is verwijderd op \(Components.dateTime(m.deletedAt)). Ze staat niet meer in de lijst, op de kaart of bij de organisatie.")),
                .if(canEdit, .form(.method(.post), .action("/leerplekken/\(id)/herstellen"), Layout.csrfField(context.csrfToken),
                                   .button(.type(.submit), .class("button"), "Herstellen"))))),
            .div(.class("detail-head"),
                 .div(.h1(.text(name)),
                      .p(.class("badges"), Components.badge(f.kind.dutchLabel, style: "kind"), Components.badge(state.label, style: state.style))),
                 .if(canEdit && m.deletedAt == nil, .div(.class("actions"),
                     .a(.class("button"), .href("/leerplekken/\(id)/bewerken"), "Bewerken"),
                     .form(.method(.post), .action("/leerplekken/\(id)/verwijderen"), Layout.csrfField(context.csrfToken),
                           .button(.type(.submit), .class("button button-danger"), "Verwijderen"))))),
            .if(!f.notes.isEmpty, .div(.class("notice notice-warning"), .p(.strong("Let op: "), .text(f.notes.joined(separator: " "))))),
            .section(.class("panel"), .aria("Gegevens"),
                .h2("Gegevens"),
                .dl(.class("facts"),
                    Components.fact("Organisatie", snapshot.organisation(f.organisationID).map { o in .a(.href("/organisaties/\(o.id.uuidString)"), .text(o.name)) }
                                    ?? .span(.class("muted"), "Verwijderde organisatie")),
                    Components.fact("Gemeente", text: snapshot.municipalityName(f.municipalityCode)),
                    Components.fact("Soort", text: f.kind.dutchLabel),
                    Components.fact("Aantal plekken", text: String(f.count)),
                    Components.fact("Periode", text: period(f)),
                    Components.fact("Begeleidingscapaciteit", text: supervision(f)),
                    Components.fact("Bereidt voor op", f.roleKey.map { key in .a(.href(SkillsViews.roleHref(key)), .text(roleLabels[key] ?? key)) } ?? Missing.node()),
                    Components.fact("Beschrijving", text: f.description))),
            .p(.class("meta"),
               .text("Laatst gewijzigd: \(Components.dateTime(m.updatedAt ?? m.createdAt)). "),
               .a(.href("/leerplekken/\(id)/geschiedenis"), "Bekijk de geschiedenis"),
               " · ", .a(.href("/api/v1/learning-places/\(id)"), "JSON"))
        ))
    }

    static func form(id: UUID?, input: LearningPlaceInput, errors: FormErrors, snapshot: RegionSnapshot, organisations: [(String, String)],
                     roles: [(String, String)], context: PageContext) -> HTML {
        let title = id == nil ? "Leerplek toevoegen" : "Leerplek bewerken"
        let action = id.map { "/leerplekken/\($0.uuidString)/bewerken" } ?? "/leerplekken/nieuw"
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/leerplekken"), "Leerplekken")),
                .unwrap(id) { .li(.a(.href("/leerplekken/\($0.uuidString)"), "Leerplek")) },
                .li(.attribute(named: "aria-current", value: "page"), .text(title)))),
            .h1(.text(title)),
            .p(.class("lead"), "Plekken waar een student of kandidaat leert terwijl hij of zij werkt. Eén regel per soort, gemeente en periode."),
            errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                errors.select("organisationId", label: "Organisatie", options: organisations, selected: input.organisationId?.uppercased(),
                              hint: organisations.count == 1 ? "Je voegt leerplekken toe namens je eigen organisatie." : nil, emptyLabel: "— kies een organisatie —"),
                errors.select("municipalityCode", label: "Gemeente", options: snapshot.municipalities.map { ($0.code, $0.name) }, selected: input.municipalityCode,
                              hint: "Waar de leerling werkt.", emptyLabel: "— kies een gemeente —"),
                errors.select("kind", label: "Soort", options: LearningPlaceKind.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: input.kind,
                              hint: "Stage (BOL): beroepspraktijkvorming van een mbo-student. BBL-plek: werken en leren met een leerovereenkomst. Leerbaan: een baan waarin iemand het vak leert. Snuffelstage: een korte kennismaking.",
                              emptyLabel: "— kies een soort —"),
                .div(.class("field-row"),
                     errors.text("count", label: "Aantal plekken", value: input.count, required: true, type: .number),
                     errors.text("supervisionCapacity", label: "Begeleidingscapaciteit", value: input.supervisionCapacity, hint: "Hoeveel leerlingen kunnen tegelijk begeleid worden? 0 als dat nog niet geregeld is.",
                                 required: true, type: .number)),
                .div(.class("field-row"),
                     errors.text("startDate", label: "Startdatum", value: input.startDate, hint: "Bijvoorbeeld 2026-09-01", required: true, type: .date),
                     errors.text("endDate", label: "Einddatum", value: input.endDate, hint: "Bijvoorbeeld 2027-07-15", required: true, type: .date)),
                errors.select("roleKey", label: "Bereidt voor op (beroep)", options: roles, selected: input.roleKey, emptyLabel: "— geen bepaald beroep —"),
                errors.textarea("description", label: "Beschrijving", value: input.description, hint: "Bijvoorbeeld de afdeling, werktijden of wat de leerling er leert.", rows: 4),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(id.map { "/leerplekken/\($0.uuidString)" } ?? "/leerplekken"), "Annuleren")))
        ), script: errors.failure == nil ? nil : "/js/focus-errors.js")
    }

    /// "Leerplekken" on an organisation's page: its places that still run or are coming.
    static func organisationSection(_ places: [LearningPlaceRecord], organisation: UUID, snapshot: RegionSnapshot, today: CalendarDay,
                                    canAdd: Bool) -> Node<HTML.BodyContext> {
        let current = places.filter { $0.fields.endDate >= today }, past = places.count - current.count
        let tally = LearningPlaceTally(current.map(\.fields), from: today, to: nil)
        return .section(.class("panel"), .aria("Leerplekken"), .id("leerplekken"),
            .div(.class("results-head"),
                 .h2(.text("Leerplekken (\(tally.total.places))")),
                 .if(canAdd, .a(.class("button button-small"), .href("/leerplekken/nieuw?organisation=\(organisation.uuidString)"), "Leerplek toevoegen"))),
            current.isEmpty
                ? .p(.class("muted"), .text(past == 0 ? "Deze organisatie biedt nog geen leerplekken aan." : "Deze organisatie heeft nu geen lopende of komende leerplekken."))
                : .ul(.class("place-list"), .forEach(current) { m in
                    let f = m.fields
                    return .li(.a(.href("/leerplekken/\(m.id?.uuidString ?? "")"),
                                  .text("\(Components.count(f.count, f.kind.dutchNoun.singular, f.kind.dutchNoun.plural)) in \(snapshot.municipalityName(f.municipalityCode))")),
                               .text(" · \(period(f)) · begeleiding: \(supervision(f))"))
                }),
            .p(.class("muted"),
               .if(past > 0, .text("\(Components.count(past, "afgelopen leerplek", "afgelopen leerplekken")) niet getoond. ")),
               .a(.href("/leerplekken?organisation=\(organisation.uuidString)"), "Bekijk in de lijst van leerplekken")))
    }
}
