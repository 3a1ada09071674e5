import Foundation
import Plot
import RegioCore

/// Pages of collective strength: joint procurement, the content catalogue, an item with
/// its pooled demand, the item form and the suppliers.
enum CollectiveViews {
    static let sections: [(path: String, label: String)] = [("/inkoop", "Gezamenlijke inkoop"), ("/inhoud", "Leerinhoud"), ("/leveranciers", "Leveranciers")]

    static func menu(current: String) -> Node<HTML.BodyContext> {
        CollaborationViews.menu(current: current, sections: sections, label: "Gezamenlijk inkopen en delen")
    }

    static func euro(_ a: Amount) -> String { ValueUnit.euro.dutch(a) }

    static func col(_ s: String, num: Bool = false) -> Node<HTML.TableRowContext> {
        .th(.attribute(named: "scope", value: "col"), .if(num, .class("num")), .text(s))
    }

    static func yearPicker(_ year: Int, action: String) -> Node<HTML.BodyContext> {
        let this = LandscapeController.today.year
        return .form(.method(.get), .action(action), .class("inline-filters compact"), .aria("Kies het jaar"),
                     .div(.class("field"), .label(.for("jaar"), "Jaar"),
                          .select(.attribute(named: "name", value: "jaar"), .id("jaar"),
                                  .forEach((this - 1)...(this + 3)) { y in .choice(String(y), String(y), selected: y == year) })),
                     .div(.class("filter-actions"), .button(.type(.submit), .class("button"), "Toon")))
    }

    // MARK: joint procurement

    static func procurement(_ pools: [(supplier: SupplierRecord, pool: SupplierPooledDemand)], year: Int, items: [UUID: String], context: PageContext) -> HTML {
        let saving = pools.reduce(Amount.zero) { $0 + $1.pool.saving }, list = pools.reduce(Amount.zero) { $0 + $1.pool.listTotal }
        return Layout.page(title: "Gezamenlijke inkoop \(year)", context: context, body: .div(.class("wrap"),
            menu(current: "/inkoop"),
            .h1(.text("Gezamenlijke inkoop \(year)")),
            .p(.class("lead"), "Organisaties melden hoeveel plekken of licenties van leerinhoud ze per jaar nodig hebben. Hier staat die vraag per leverancier opgeteld, met de staffel die samen wordt gehaald en de geschatte besparing."),
            yearPicker(year, action: "/inkoop"),
            pools.isEmpty
                ? .div(.class("empty-state"), .h3(.text("Nog geen vraag voor \(year)")), .p(.text("Open een item in de "), .a(.href("/inhoud"), "leerinhoud"), .text(" en registreer de vraag van je organisatie.")))
                : .group(
                    .p(.class("status-counts"), .strong(.text(euro(list))), .text(" catalogusprijs · "), .strong(.text(euro(saving))), .text(" geschatte besparing samen")),
                    .forEach(pools) { entry in supplierSection(entry.supplier, entry.pool, items: items) })
        ))
    }

    private static func supplierSection(_ supplier: SupplierRecord, _ pool: SupplierPooledDemand, items: [UUID: String]) -> Node<HTML.BodyContext> {
        .section(.class("panel"), .aria(supplier.name),
            .h2(.text(supplier.name)),
            .p(.text("\(euro(pool.listTotal)) catalogusprijs, \(euro(pool.pooledTotal)) na korting: \(euro(pool.saving)) besparing.")),
            .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Vraag bij \(supplier.name)"), .attribute(named: "tabindex", value: "0"),
                .table(.class("data-table"),
                    .caption(.class("visually-hidden"), .text("Gebundelde vraag per item bij \(supplier.name)")),
                    .thead(.tr(col("Leerinhoud"), col("Organisaties", num: true), col("Aantal", num: true), col("Staffel"), col("Catalogusprijs", num: true),
                               col("Na korting", num: true), col("Besparing", num: true), col("Volgende staffel"))),
                    .tbody(.forEach(pool.items.filter { $0.quantity > 0 || $0.withdrawnCount > 0 }) { p in
                        .tr(.td(.a(.href("/inhoud/\(p.itemID.uuidString)"), .text(items[p.itemID] ?? "?"))),
                            .td(.class("num"), .text(String(p.shares.count))),
                            .td(.class("num"), .text(p.licenceModel.units(p.quantity))),
                            .td(.text(p.tier.map { "\($0.dutchPercent) vanaf \($0.fromQuantity)" } ?? "Geen staffel gehaald")),
                            .td(.class("num"), .text(euro(p.listTotal))), .td(.class("num"), .text(euro(p.pooledTotal))),
                            .td(.class("num"), .text(euro(p.saving))), .td(.text(p.nextTier?.dutch ?? "—")))
                    }))))
    }

    // MARK: catalogue

    static func catalogue(_ items: [ContentItemRecord], query: String, shareableOnly: Bool, page: Int, suppliers: [UUID: String], snapshot: RegionSnapshot,
                          canAdd: Bool, canImport: Bool, context: PageContext) -> HTML {
        let (shown, page, pageCount) = CollaborationPaging.paged(items, page: page)
        var params: [(String, String)] = []
        if !query.isEmpty { params.append(("q", query)) }
        if shareableOnly { params.append(("deelbaar", "ja")) }
        return Layout.page(title: "Leerinhoud", context: context, body: .div(.class("wrap"),
            menu(current: "/inhoud"),
            .div(.class("page-head"),
                 .div(.h1("Leerinhoud"),
                      .p(.class("lead"), "E-learnings, trainingen en andere leerinhoud die organisaties inkopen of zelf maken. Gedeelde inhoud mogen andere organisaties onder de genoemde voorwaarden gebruiken.")),
                 .if(canAdd, .a(.class("button"), .href("/inhoud/nieuw"), "Leerinhoud toevoegen"))),
            .form(.method(.get), .action("/inhoud"), .class("inline-filters"), .attribute(named: "role", value: "search"), .aria("Leerinhoud zoeken"),
                  .div(.class("field"), .label(.for("inhoud-q"), "Zoeken"), .input(.type(.search), .name("q"), .id("inhoud-q"), .value(query.attributeEscaped))),
                  .div(.class("field check"), .input(.type(.checkbox), .name("deelbaar"), .id("inhoud-deelbaar"), .value("ja"), .checked(shareableOnly)),
                       .label(.for("inhoud-deelbaar"), "Alleen gedeelde inhoud")),
                  .div(.class("filter-actions"), .button(.type(.submit), .class("button"), "Zoek"))),
            .section(.class("results"), .aria("Resultaten"),
                .div(.class("results-head"),
                     .h2(.id("resultaten"), .text(Components.count(items.count, "item", "items"))),
                     .a(.class("button button-secondary button-small"), .href(("/inhoud.csv" + (params.isEmpty ? "" : "?" + QueryString.encode(params))).attributeEscaped),
                        .attribute(named: "download", value: ""), "Exporteer CSV")),
                items.isEmpty ? .div(.class("empty-state"), .h3("Geen leerinhoud gevonden"), .p(.if(canAdd, .a(.href("/inhoud/nieuw"), "Voeg leerinhoud toe"))))
                : .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Leerinhoud"), .attribute(named: "tabindex", value: "0"),
                    .table(.class("data-table"),
                        .caption(.class("visually-hidden"), "Leerinhoud, op titel"),
                        .thead(.tr(col("Titel"), col("Leverancier"), col("Licentie"), col("Prijs per eenheid", num: true), col("Gedeeld door"))),
                        .tbody(.forEach(shown) { i in
                            .tr(.td(.a(.href("/inhoud/\(i.id?.uuidString ?? "")"), .text(i.title))), .td(.text(suppliers[i.supplierID] ?? "?")),
                                .td(.text(i.licenceModel.dutchLabel)), .td(.class("num"), .text(i.item.listPrice.map(euro) ?? "open")),
                                .td(.text(i.shareable ? (i.ownerOrganisationID.flatMap { snapshot.organisation($0)?.name } ?? "") : "—")))
                        }))),
                Components.pagination(path: "/inhoud", parameters: params, page: page, pageCount: pageCount, total: items.count, noun: "items"),
                .if(canImport, ImportViews.form(action: "/inhoud/import", what: "Leerinhoud", csrf: context.csrfToken)))
        ))
    }

    struct Detail {
        var item: ContentItemRecord
        var supplier: String
        var year: Int
        var pool: PooledDemand
        var demands: [DemandRecord]
        var canEdit: Bool
        var isCoordinator: Bool
        /// Organisations the user may register demand for.
        var demandOrganisations: [(String, String)]
        var demandErrors: FormErrors
        var demandInput: DemandInput
        var discountErrors: FormErrors
        var discountRows: [VolumeDiscountTierInput]
        /// Names of the item's skills and titles of its modules (deleted ones left out).
        var skillLabels: [String]
        var modules: [(id: UUID, title: String)]
        /// Demand and negotiated discounts are for the region's users; the public sees the item.
        var showsOrganisations: Bool
    }

    static func detail(_ d: Detail, snapshot: RegionSnapshot, context: PageContext) -> HTML {
        let i = d.item, f = i.item, id = i.id?.uuidString ?? "", path = "/inhoud/\(id)"
        return Layout.page(title: f.title, context: context, description: f.description, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/inhoud"), "Leerinhoud")), .li(.attribute(named: "aria-current", value: "page"), .text(f.title)))),
            RecordViews.deletedNotice(i.deletedAt, what: "Deze leerinhoud", path: path, canRestore: d.canEdit, csrf: context.csrfToken),
            .div(.class("detail-head"),
                 .div(.h1(.text(f.title)), .p(.class("badges"), Components.badge(f.licenceModel.dutchLabel, style: "kind"),
                                               .if(i.shareable, Components.badge("Gedeeld", style: "maturity-running")))),
                 RecordViews.actions(path: path, canEdit: d.canEdit && i.deletedAt == nil, canDelete: d.canEdit && i.deletedAt == nil, csrf: context.csrfToken)),
            .section(.class("panel"), .aria("Gegevens"),
                .h2("Gegevens"),
                .unwrap(f.description) { .p(.class("prewrap"), .text($0)) },
                .dl(.class("facts"),
                    Components.fact("Leverancier", text: d.supplier),
                    Components.fact("Licentie", text: f.licenceModel.dutchLabel),
                    Components.fact("Catalogusprijs", text: f.listPrice.map { "\(euro($0)) per \(f.licenceModel == .perOrganisation ? "organisatie" : "plek") per jaar" } ?? "Open: gratis te gebruiken"),
                    Components.fact("Vaardigheden", text: d.skillLabels.isEmpty ? nil : d.skillLabels.joined(separator: " · ")),
                    Components.fact("Gebruikt in modules", d.modules.isEmpty ? Missing.node()
                                    : .ul(.class("plain-list"), .forEach(d.modules) { m in .li(.a(.href("/modules/\(m.id.uuidString)"), .text(m.title))) })),
                    Components.fact("Van wie", text: i.ownerOrganisationID.map { snapshot.organisation($0)?.name ?? "Verwijderde organisatie" } ?? "Ingekocht bij de leverancier"),
                    Components.fact("Delen", text: i.shareable ? "Ja" + (i.shareConditions.map { ": \($0)" } ?? "") : "Nee"))),
            d.showsOrganisations ? .group(demandSection(d, path: path, snapshot: snapshot, csrf: context.csrfToken), discountSection(d, path: path, csrf: context.csrfToken))
                : .p(.class("hint"), .text("Hoeveel organisaties van deze inhoud afnemen en tegen welke korting, zien gebruikers van de regio na "),
                     .a(.href("/inloggen?terug=\(path)"), "inloggen"), .text(".")),
            RecordViews.meta(updated: i.updatedAt ?? i.createdAt, path: path, json: nil)
        ), script: d.demandErrors.failure == nil && d.discountErrors.failure == nil ? nil : "/js/focus-errors.js")
    }

    /// The pooled demand of the year, each organisation's share, and the demand form.
    private static func demandSection(_ d: Detail, path: String, snapshot: RegionSnapshot, csrf: String) -> Node<HTML.BodyContext> {
        let f = d.item.item, i = d.item, p = d.pool
        return .section(.class("panel"), .aria("Gebundelde vraag"), .id("vraag"),
                .h2(.text("Gebundelde vraag \(d.year)")),
                yearPicker(d.year, action: path + "#vraag"),
                p.quantity == 0 ? .p(.class("muted"), .text("Nog geen vraag voor \(d.year)."))
                : .group(
                    .dl(.class("facts"),
                        Components.fact("Samen", text: "\(f.licenceModel.units(p.quantity)) van \(Components.count(p.shares.count, "organisatie", "organisaties"))"),
                        Components.fact("Staffel", text: p.tier.map { "\($0.dutchPercent) korting vanaf \($0.fromQuantity)" } ?? "Geen staffel gehaald"),
                        Components.fact("Catalogusprijs", text: euro(p.listTotal)),
                        Components.fact("Na korting", text: euro(p.pooledTotal)),
                        Components.fact("Geschatte besparing", text: euro(p.saving)),
                        Components.fact("Volgende staffel", text: p.nextTier?.dutch)),
                    .div(.class("table-scroll"), .table(.class("data-table"),
                        .caption("Vraag en besparing per organisatie"),
                        .thead(.tr(col("Organisatie"), col("Aantal", num: true), col("Catalogusprijs", num: true), col("Besparing", num: true))),
                        .tbody(.forEach(p.shares) { s in
                            .tr(.td(.text(snapshot.organisation(s.organisationID)?.name ?? "?")), .td(.class("num"), .text(String(s.quantity))),
                                .td(.class("num"), .text(euro(s.listTotal))), .td(.class("num"), .text(euro(s.saving))))
                        })))),
                .if(!p.notes.isEmpty, .ul(.class("notes"), .forEach(p.notes) { .li(.text($0)) })),
                .if(p.withdrawnCount > 0, .p(.class("hint"), .text("\(Components.count(p.withdrawnCount, "vraag is", "vragen zijn")) ingetrokken; die tellen niet mee en blijven in de geschiedenis."))),
                demandList(d, path: path, snapshot: snapshot, csrf: csrf),
                .if(!d.demandOrganisations.isEmpty && i.deletedAt == nil, demandForm(d, path: path, csrf: csrf)))
    }

    /// Each organisation's own demand, with a withdraw button for whoever may.
    private static func demandList(_ d: Detail, path: String, snapshot: RegionSnapshot, csrf: String) -> Node<HTML.BodyContext> {
        let mine = Set(d.demandOrganisations.map(\.0))
        let rows = d.demands.filter { !$0.withdrawn }
        let own = rows.filter { mine.contains($0.organisationID.uuidString) }
        return .if(!own.isEmpty, .group(.h3(.text(own.count == 1 ? "Geregistreerde vraag" : "Geregistreerde vragen")),
            .ul(.class("plain-list demand-list"), .forEach(own) { r in
            .li(.text("\(snapshot.organisation(r.organisationID)?.name ?? "?"): \(r.quantity)" + (r.note.map { " (\($0))" } ?? "") + " "),
                .form(.method(.post), .action("\(path)/vraag/\(r.id?.uuidString ?? "")/intrekken"), .class("inline-form"), Layout.csrfField(csrf),
                      .button(.type(.submit), .class("button button-secondary button-small"), .text("Trek in"),
                              .span(.class("visually-hidden"), .text(": vraag van \(snapshot.organisation(r.organisationID)?.name ?? "")")))))
        })))
    }

    private static func demandForm(_ d: Detail, path: String, csrf: String) -> Node<HTML.BodyContext> {
        .group(.h3("Vraag registreren"), d.demandErrors.summary(),
            .form(.method(.post), .action(path + "/vraag"), .class("record-form"), .novalidate(), Layout.csrfField(csrf),
                d.demandErrors.select("organisationId", label: "Organisatie", options: d.demandOrganisations,
                                      selected: d.demandInput.organisationId?.uppercased() ?? (d.demandOrganisations.count == 1 ? d.demandOrganisations[0].0 : nil),
                                      emptyLabel: "— kies een organisatie —"),
                .div(.class("field-row"),
                     d.demandErrors.text("year", label: "Jaar", value: d.demandInput.year ?? String(d.year), required: true, type: .number),
                     d.demandErrors.text("quantity", label: d.item.licenceModel == .perOrganisation ? "Aantal licenties" : "Aantal plekken", value: d.demandInput.quantity,
                                         hint: "Per jaar. Opnieuw registreren vervangt het aantal van je organisatie.", required: true, type: .number)),
                d.demandErrors.text("note", label: "Toelichting", value: d.demandInput.note),
                .div(.class("form-actions"), .button(.type(.submit), .class("button"), "Vraag registreren"))))
    }

    private static func discountSection(_ d: Detail, path: String, csrf: String) -> Node<HTML.BodyContext> {
        let tiers = d.item.discounts.tiers
        let rows = d.discountRows + Array(repeating: VolumeDiscountTierInput(fromQuantity: nil, percent: nil), count: 3)
        return .section(.class("panel"), .aria("Staffelkorting"), .id("staffels"),
            .h2("Staffelkorting"),
            tiers.isEmpty ? .p(.class("muted"), "Nog geen staffels vastgelegd.")
                : .ul(.forEach(tiers) { t in .li(.text("Vanaf \(t.fromQuantity): \(t.dutchPercent) korting")) }),
            .if(d.isCoordinator, .group(d.discountErrors.summary(),
                .form(.method(.post), .action(path + "/staffels"), .class("record-form"), .novalidate(), Layout.csrfField(csrf),
                      .p(.class("hint"), "Per rij: vanaf welk aantal welke korting geldt, van klein naar groot aantal. Lege rijen tellen niet."),
                      .forEach(Array(rows.enumerated())) { n, r in
                          .div(.class("field-row"),
                               d.discountErrors.text("tiers[\(n)].fromQuantity", label: "Vanaf aantal (rij \(n + 1))", value: r.fromQuantity, type: .number),
                               d.discountErrors.text("tiers[\(n)].percent", label: "Korting in % (rij \(n + 1))", value: r.percent))
                      },
                      .div(.class("form-actions"), .button(.type(.submit), .class("button"), "Staffels opslaan"))))))
    }

    /// What the item form offers to pick from: suppliers, the region's organisations,
    /// skills and modules, each as (value, label) sorted by label.
    struct FormChoices {
        var suppliers: [(String, String)]
        var organisations: [(String, String)]
        var skills: [(String, String)]
        var modules: [(String, String)]
    }

    static func itemForm(id: UUID?, input: ContentItemForm, errors: FormErrors, choices: FormChoices, isCoordinator: Bool, context: PageContext) -> HTML {
        let title = id == nil ? "Leerinhoud toevoegen" : "Leerinhoud bewerken"
        let action = id.map { "/inhoud/\($0.uuidString)/bewerken" } ?? "/inhoud/nieuw"
        let i = input.item
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/inhoud"), "Leerinhoud")), .li(.attribute(named: "aria-current", value: "page"), .text(title)))),
            .h1(.text(title)),
            errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(), Layout.csrfField(context.csrfToken),
                errors.text("title", label: "Titel", value: i.title, required: true, max: Limits.name),
                errors.select("supplierId", label: "Leverancier", options: choices.suppliers, selected: i.supplierId?.uppercased(), hint: "Staat de leverancier er niet bij? De coördinator voegt hem toe bij Leveranciers.", emptyLabel: "— kies een leverancier —"),
                errors.radios("licenceModel", legend: "Licentie", options: LicenceModel.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: i.licenceModel, required: true),
                errors.text("listPrice", label: "Catalogusprijs per eenheid per jaar (euro)", value: i.listPrice, hint: "Zoals 120 of 1.250,00; leeg bij open inhoud."),
                errors.textarea("description", label: "Beschrijving", value: i.description, rows: 3),
                errors.checkboxes("skills", legend: "Vaardigheden die de inhoud leert", options: choices.skills, selected: Set(i.skills ?? [])),
                moduleSelect(choices.modules, selected: Set((i.moduleIds ?? []).map { $0.uppercased() }), errors: errors),
                .if(isCoordinator, errors.select("ownerOrganisationId", label: "Eigen inhoud van", options: choices.organisations, selected: input.ownerOrganisationId?.uppercased(),
                                                 hint: "Alleen als een organisatie de inhoud zelf heeft gemaakt.", emptyLabel: "— ingekocht bij de leverancier —")),
                .fieldset(.class("field checkboxes"), .id("veld-shareable"), .element(named: "legend", text: "Delen"),
                          .div(.class("check"), .input(.type(.checkbox), .name("shareable"), .id("veld-shareable-ja"), .value("ja"),
                                                       .checked(["ja", "true", "1", "on"].contains((input.shareable ?? "").lowercased()))),
                               .label(.for("veld-shareable-ja"), "Andere organisaties mogen deze eigen inhoud gebruiken")),
                          errors.errorText("shareable")),
                errors.textarea("shareConditions", label: "Voorwaarden voor delen", value: input.shareConditions, hint: "Bijvoorbeeld: naamsvermelding, niet commercieel.", rows: 2),
                .div(.class("form-actions"), .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(id.map { "/inhoud/\($0.uuidString)" } ?? "/inhoud"), "Annuleren")))
        ), script: errors.failure == nil ? nil : "/js/focus-errors.js")
    }

    /// A multiple select of the region's modules: a list of checkboxes would run to
    /// hundreds; the browser's own multiple select is keyboard-accessible without script.
    private static func moduleSelect(_ modules: [(String, String)], selected: Set<String>, errors: FormErrors) -> Node<HTML.FormContext> {
        .div(.class("field" + (errors.messages(prefix: "moduleIds").isEmpty ? "" : " has-error")), .id("veld-moduleIds"),
             .label(.for("moduleIds"), "Gebruikt in modules"),
             .p(.class("hint"), .id("moduleIds-hint"), "Houd Ctrl (of Cmd) ingedrukt om meer modules te kiezen."),
             errors.errorText("moduleIds"),
             .select(.attribute(named: "name", value: "moduleIds[]"), .id("moduleIds"), .attribute(named: "multiple"), .attribute(named: "size", value: "8"),
                     .attribute(named: "aria-describedby", value: "moduleIds-hint"),
                     .forEach(modules) { m in .choice(m.0, m.1, selected: selected.contains(m.0)) }))
    }

    static func suppliers(_ suppliers: [SupplierRecord], text: String, page: Int, counts: [UUID: Int], input: SupplierInput, errors: FormErrors, canAdd: Bool,
                          context: PageContext) -> HTML {
        let (shown, page, pageCount) = CollaborationPaging.paged(suppliers, page: page)
        let query = text.isEmpty ? [] : [("q", text)]
        return Layout.page(title: "Leveranciers", context: context, body: .div(.class("wrap"),
            menu(current: "/leveranciers"),
            .h1("Leveranciers"),
            BarrierSection.searchForm(action: "/leveranciers", text: text, label: "Zoek op naam", filters: []),
            .h2(.id("resultaten"), .text(Components.count(suppliers.count, "leverancier", "leveranciers"))),
            suppliers.isEmpty ? .div(.class("empty-state"), .h3(.text(text.isEmpty ? "Nog geen leveranciers" : "Geen leveranciers met deze woorden")))
            : .div(.class("table-scroll"), .table(.class("data-table"),
                .caption(.class("visually-hidden"), "Leveranciers, op naam"),
                .thead(.tr(col("Leverancier"), col("Website"), col("Items", num: true))),
                .tbody(.forEach(shown) { s in
                    .tr(.td(.text(s.name)), .td(.unwrap(s.website, { .a(.href($0.attributeEscaped), .text($0)) }, else: .text("—"))),
                        .td(.class("num"), .a(.href("/inhoud?q=\(s.name.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "")".attributeEscaped), .text(String(counts[s.id ?? UUID()] ?? 0)))))
                }))),
            Components.pagination(path: "/leveranciers", parameters: query, page: page, pageCount: pageCount, total: suppliers.count, noun: "leveranciers"),
            .if(canAdd, .section(.class("panel"), .aria("Leverancier toevoegen"),
                .h2("Leverancier toevoegen"), errors.summary(),
                .form(.method(.post), .action("/leveranciers"), .class("record-form"), .novalidate(), Layout.csrfField(context.csrfToken),
                      errors.text("name", label: "Naam", value: input.name, required: true),
                      errors.text("website", label: "Website", value: input.website, hint: "https://…"),
                      errors.text("contact", label: "Contact", value: input.contact),
                      .div(.class("form-actions"), .button(.type(.submit), .class("button"), "Toevoegen")))))
        ), script: errors.failure == nil ? nil : "/js/focus-errors.js")
    }
}
