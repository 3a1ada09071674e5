import Foundation
import Plot
import RegioCore

/// Pages of coalitions: list, record (members, purpose case, actions, reviews), the
/// coalition's form and the purpose case's form.
enum CoalitionViews {
    static let pageSize = 25

    static func list(_ coalitions: [CoalitionRecord], page: Int, names: CollaborationNames, canAdd: Bool, context: PageContext) -> HTML {
        let pageCount = max(1, (coalitions.count + pageSize - 1) / pageSize)
        let items = coalitions.dropFirst((min(page, pageCount) - 1) * pageSize).prefix(pageSize)
        return Layout.page(title: "Ontwikkelcoalities", context: context, body: .div(.class("wrap"),
            CollaborationViews.menu(current: "/coalities"),
            .div(.class("page-head"),
                 .div(.h1("Ontwikkelcoalities"),
                      .p(.class("lead"), "Organisaties die samen een antwoord ontwerpen en uitvoeren op een vraag van de regio: wat gaan we doen, en wie doet wat?")),
                 .if(canAdd, .a(.class("button"), .href("/coalities/nieuw"), "Coalitie toevoegen"))),
            .section(.class("results"), .aria("Coalities"),
                .div(.class("results-head"),
                     .h2(.id("resultaten"), .text(Components.count(coalitions.count, "coalitie", "coalities"))),
                     .a(.class("button button-secondary button-small"), .href("/coalities.csv"), .attribute(named: "download", value: ""), "Exporteer CSV")),
                coalitions.isEmpty
                    ? .div(.class("empty-state"), .h3("Er zijn nog geen coalities"),
                           .p(.text(canAdd ? "Maak een coalitie van een idee uit een ontwikkelsessie, of voeg er hier een toe. " : "De coördinator voegt coalities hier toe."),
                              .if(canAdd, .a(.href("/coalities/nieuw"), "Coalitie toevoegen"))))
                    : .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Coalities"), .attribute(named: "tabindex", value: "0"),
                        .table(.class("data-table"),
                            .caption(.class("visually-hidden"), "Coalities, op naam"),
                            .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Coalitie"), .th(.attribute(named: "scope", value: "col"), "Thema"),
                                       .th(.attribute(named: "scope", value: "col"), "Status"), .th(.attribute(named: "scope", value: "col"), "Trekker"),
                                       .th(.attribute(named: "scope", value: "col"), .class("num"), "Leden"))),
                            .tbody(.forEach(Array(items)) { m in
                                let f = m.coalition
                                return .tr(.td(.a(.href("/coalities/\(m.id?.uuidString ?? "")"), .text(f.name)), .if(!f.published, .span(.class("muted"), " · niet openbaar"))),
                                           .td(.text(f.theme.map(names.theme) ?? "")), .td(.text(f.status.dutchLabel)),
                                           .td(.text(f.members.filter { $0.role == .lead }.map { names.organisation($0.organisationID) }.joined(separator: ", "))),
                                           .td(.class("num"), .text(String(f.members.count))))
                            }))),
                Components.pagination(path: "/coalities", parameters: [], page: min(page, pageCount), pageCount: pageCount, total: coalitions.count, noun: "coalities"),
                .if(canAdd, ImportViews.form(action: "/coalities/import", what: "Coalities", csrf: context.csrfToken)))
        ))
    }

    struct Related {
        var actions: [ActionRecord]
        var reviews: [ProgressReviewRecord]
    }

    static func detail(_ m: CoalitionRecord, related: Related, names: CollaborationNames, canEdit: Bool, canDelete: Bool, context: PageContext) -> HTML {
        let f = m.coalition, id = m.id?.uuidString ?? "", path = "/coalities/\(id)"
        let live = m.deletedAt == nil
        return Layout.page(title: f.name, context: context, description: f.question, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/coalities", "Coalities"), f.name),
            RecordViews.deletedNotice(m.deletedAt, what: "Deze coalitie", path: path, canRestore: canDelete, csrf: context.csrfToken),
            .div(.class("detail-head"),
                 .div(.h1(.text(f.name)),
                      .p(.class("badges"), Components.badge(f.status.dutchLabel, style: "kind"), CollaborationViews.publishedBadge(f.published))),
                 RecordViews.actions(path: path, canEdit: canEdit && live, canDelete: canDelete && live, csrf: context.csrfToken)),
            .section(.class("panel"), .aria("De vraag"),
                .h2("Regionale vraag"), .p(.class("question"), .text(f.question)),
                .dl(.class("facts"),
                    Components.fact("Thema", text: f.theme.map(names.theme)),
                    Components.fact("Status", text: f.status.dutchLabel),
                    Components.fact("Uit ontwikkelsessie", f.sessionID.map { s in .a(.href("/ontwikkelsessies/\(s.uuidString)"), .text(names.session(s))) } ?? Missing.node()),
                    Components.fact("Initiatieven", CollaborationViews.links(f.initiativeIDs, path: "/initiatieven", name: names.initiative, empty: "Nog geen initiatieven gekoppeld")))),
            .section(.class("panel"), .aria("Leden"),
                .h2(.text("Leden (\(f.members.count))")),
                .ul(.class("plain-list"), .forEach(f.members) { member in
                    .li(.a(.href("/organisaties/\(member.organisationID.uuidString)"), .text(names.organisation(member.organisationID))),
                        .text(" · \(member.role.dutchLabel)"))
                })),
            purposeCaseSection(m.purposeCase, path: path, canEdit: canEdit && live),
            .section(.class("panel"), .aria("Acties"),
                .div(.class("results-head"), .h2(.text("Acties (\(related.actions.count))")),
                     .if(CollaborationAccess.isCoordinator(context.user, regionID: names.snapshot.regionID) && live,
                         .a(.class("button button-small"), .href("/agenda/nieuw?coalitie=\(id)"), "Actie toevoegen"))),
                related.actions.isEmpty ? .p(.class("muted"), "Nog geen acties van deze coalitie op de actieagenda.")
                    : .ul(.class("plain-list"), .forEach(related.actions) { a in
                        .li(.a(.href("/agenda/\(a.id?.uuidString ?? "")"), .text(a.title)), .text(" · \(a.status.dutchLabel) · \(a.fields.phase.dutch)"))
                    })),
            ProgressReviewViews.summarySection(related.reviews, subjectPath: "/volgspot?coalitie=\(id)", newPath: "/volgspot/nieuw?coalitie=\(id)",
                                               canAdd: canEdit && live),
            RecordViews.meta(updated: m.updatedAt ?? m.createdAt, path: path, json: "/api/v1/coalitions/\(id)")
        ))
    }

    /// The purpose case: a table per stakeholder and unit (in, out, balance), totals, what
    /// is only described, notes on missing amounts, and the chart.
    static func purposeCaseSection(_ p: PurposeCase?, path: String, canEdit: Bool) -> Node<HTML.BodyContext> {
        .section(.class("panel"), .aria("Purpose case"), .id("purpose-case"),
            .div(.class("results-head"), .h2("Purpose case"),
                 .if(canEdit, .a(.class("button button-small"), .href(path + "/purpose-case"), .text(p == nil ? "Purpose case opstellen" : "Purpose case bewerken")))),
            .p(.class("hint"), "Wat elke belanghebbende inbrengt (geld, uren, plekken …) en wat hij eruit haalt, financieel en niet-financieel. Bedragen worden per eenheid opgeteld, nooit euro’s bij uren."),
            .unwrap(p, { p in purposeCaseBody(p) }, else: .p(.class("muted"), "Er is nog geen purpose case.")))
    }

    static func purposeCaseBody(_ p: PurposeCase) -> Node<HTML.BodyContext> {
        let summary = p.summary, units = summary.units
        // One row per stakeholder and unit, so that a narrow page needs no side-scrolling.
        func th(_ s: String, num: Bool = false) -> Node<HTML.TableRowContext> { .th(.attribute(named: "scope", value: "col"), .if(num, .class("num")), .text(s)) }
        func cells(_ b: UnitBalance, _ unit: ValueUnit) -> [Node<HTML.TableRowContext>] {
            func amount(_ a: Amount, missing: Int) -> String { unit.dutch(a) + (missing > 0 ? " + \(missing) onbekend" : "") }
            return [.td(.class("num"), .text(amount(b.contributed, missing: b.missingContributions))),
                    .td(.class("num"), .text(amount(b.benefited, missing: b.missingBenefits))),
                    .td(.class("num" + (b.balance.hundredths < 0 ? " negative" : "")), .text(unit.dutch(b.balance) + (b.isComplete ? "" : " *")))]
        }
        let described = summary.stakeholders.filter { !$0.describedContributions.isEmpty || !$0.describedBenefits.isEmpty }
        return .group(
            .unwrap(p.purpose) { .p(.class("question"), .text($0)) },
            units.isEmpty ? .p(.class("muted"), "Nog geen bedragen; alleen omschrijvingen (hieronder).") :
            .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Inbreng en opbrengst per belanghebbende"), .attribute(named: "tabindex", value: "0"),
                .table(.class("data-table purpose-table"),
                    .caption("Inbreng, opbrengst en saldo (opbrengst min inbreng) per belanghebbende en eenheid"),
                    .thead(.tr(th("Belanghebbende"), th("Eenheid"), th("Inbreng", num: true), th("Opbrengst", num: true), th("Saldo", num: true))),
                    .group(summary.stakeholders.filter { !$0.units.isEmpty }.map { s in
                        .tbody(.forEach(Array(s.units.enumerated())) { n, b in
                            .tr(.if(n == 0, .th(.attribute(named: "scope", value: "rowgroup"), .attribute(named: "rowspan", value: String(s.units.count)), .text(s.name))),
                                .td(.text(b.unit.key)), .group(cells(b, b.unit)))
                        })
                    }),
                    .tfoot(.forEach(Array(summary.totals.enumerated())) { n, b in
                        .tr(.if(n == 0, .th(.attribute(named: "scope", value: "rowgroup"), .attribute(named: "rowspan", value: String(summary.totals.count)), "Totaal")),
                            .td(.text(b.unit.key)), .group(cells(b, b.unit)))
                    }))),
            .if(summary.missingValues > 0, .p(.class("hint"), "* Saldo van de bekende bedragen; er ontbreken bedragen.")),
            .if(!summary.notes.isEmpty, .ul(.class("notes"), .forEach(summary.notes) { .li(.text($0)) })),
            .if(!described.isEmpty, .group(.h3("Niet in getallen"),
                .ul(.forEach(described) { s in
                    .li(.strong(.text(s.name)), .text(": "),
                        .if(!s.describedContributions.isEmpty, .text("brengt in: " + s.describedContributions.joined(separator: ", ") + ". ")),
                        .if(!s.describedBenefits.isEmpty, .text("haalt eruit: " + s.describedBenefits.joined(separator: ", ") + ".")))
                }))),
            .if(!units.isEmpty, .div(.class("chart-wrap"), .raw(CollaborationCharts.purposeCase(summary, title: "Inbreng en opbrengst per belanghebbende, per eenheid")))))
    }

    typealias FormState = VersionedFormState<CoalitionInput>

    static func form(_ s: FormState, names: CollaborationNames, context: PageContext) -> HTML {
        let title = s.id == nil ? "Coalitie toevoegen" : "Coalitie bewerken"
        let action = s.id.map { "/coalities/\($0.uuidString)/bewerken" } ?? "/coalities/nieuw"
        let members = (s.input.members ?? []) + Array(repeating: CoalitionMemberInput(organisationId: nil, role: nil), count: 3)
        let organisations = CollaborationViews.organisationOptions(names)
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            CollaborationViews.breadcrumbs(("/coalities", "Coalities"), title),
            .h1(.text(title)),
            s.conflict,
            s.errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                .unwrap(s.version) { .input(.type(.hidden), .name("version"), .value(String($0))) },
                .unwrap(s.input.sessionId) { .input(.type(.hidden), .name("sessionId"), .value($0.attributeEscaped)) },
                s.errors.text("name", label: "Naam", value: s.input.name, required: true, max: Limits.name),
                s.errors.textarea("question", label: "Regionale vraag", value: s.input.question, hint: "De vraag van de regio waarop de coalitie een antwoord ontwerpt.", rows: 3),
                .div(.class("field-row"),
                     s.errors.select("theme", label: "Thema", options: names.themes.map { ($0.key, $0.label) }, selected: s.input.theme, emptyLabel: "— geen bepaald thema —"),
                     s.errors.select("status", label: "Status", options: CoalitionStatus.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: s.input.status ?? CoalitionStatus.forming.rawValue)),
                .fieldset(.class("field member-rows" + (s.errors.messages(prefix: "members").isEmpty ? "" : " has-error")), .id("veld-members"),
                    .element(named: "legend", nodes: [.text("Leden"), .span(.class("required"), " (ten minste één)")]),
                    .p(.class("hint"), "Kies per regel een organisatie en haar rol. Laat een regel leeg om hem over te slaan; leeg een regel om een lid te verwijderen."),
                    s.errors.errorText("members", exact: true),
                    .forEach(Array(members.enumerated())) { i, m in memberRow(i, m, errors: s.errors, organisations: organisations) }),
                s.errors.checkboxes("initiativeIds", legend: "Gekoppelde initiatieven", options: CollaborationViews.initiativeOptions(names),
                                    selected: Set((s.input.initiativeIds ?? []).map { $0.uppercased() }), hint: "Initiatieven uit het landschap die de coalitie uitvoert of waarop zij voortbouwt."),
                CollaborationViews.publishedField(s.errors, value: s.input.published, mayPublish: s.mayPublish, what: "deze coalitie"),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(s.id.map { "/coalities/\($0.uuidString)" } ?? "/coalities"), "Annuleren")))
        ), script: s.errors.failure == nil ? nil : "/js/focus-errors.js")
    }

    private static func memberRow(_ i: Int, _ m: CoalitionMemberInput, errors: FormErrors, organisations: [(String, String)]) -> Node<HTML.FormContext> {
        let role = m.role ?? CoalitionRole.member.rawValue, organisation = m.organisationId?.uppercased()
        let organisationSelect: Node<HTML.FormContext> = .select(.attribute(named: "name", value: "memberOrganisation[]"), .id("lid-\(i)"),
            .choice("", "— geen —", selected: (organisation ?? "").isEmpty),
            .forEach(organisations) { o in .choice(o.0, o.1, selected: o.0 == organisation) })
        let roleSelect: Node<HTML.FormContext> = .select(.attribute(named: "name", value: "memberRole[]"), .id("rol-\(i)"),
            .forEach(CoalitionRole.allCases) { r in .choice(r.rawValue, r.dutchLabel, selected: r.rawValue == role) })
        let bad = !errors.messages(prefix: "members[\(i)]").isEmpty
        return .div(.class("field-row member-row"),
                    .div(.class("field" + (bad ? " has-error" : "")), .label(.for("lid-\(i)"), .text("Organisatie \(i + 1)")),
                         .unwrap(bad ? errors.messages(prefix: "members[\(i)]").joined(separator: " ") : nil) { .p(.class("field-error"), .text($0)) },
                         organisationSelect),
                    .div(.class("field"), .label(.for("rol-\(i)"), .text("Rol \(i + 1)")), roleSelect))
    }

    private static func stakeholderRow(_ i: Int, _ st: StakeholderInput, errors: FormErrors, organisations: [(String, String)]) -> Node<HTML.FormContext> {
        let organisation = st.organisationId?.uppercased()
        let bad = !errors.messages(prefix: "stakeholders[\(i)]").isEmpty
        let nameInput: Node<HTML.FormContext> = .input(.type(.text), .name("stakeholderName[]"), .id("bh-naam-\(i)"), .value((st.name ?? "").attributeEscaped),
                                                       .attribute(named: "maxlength", value: String(Limits.shortText)))
        let organisationSelect: Node<HTML.FormContext> = .select(.attribute(named: "name", value: "stakeholderOrganisation[]"), .id("bh-org-\(i)"),
            .choice("", "— geen of buiten de regio —", selected: (organisation ?? "").isEmpty),
            .forEach(organisations) { o in .choice(o.0, o.1, selected: o.0 == organisation) })
        return .div(.class("field-row"),
                    .div(.class("field" + (bad ? " has-error" : "")), .label(.for("bh-naam-\(i)"), .text("Naam \(i + 1)")),
                         .unwrap(bad ? errors.messages(prefix: "stakeholders[\(i)]").joined(separator: " ") : nil) { .p(.class("field-error"), .text($0)) },
                         nameInput),
                    .div(.class("field"), .label(.for("bh-org-\(i)"), .text("Organisatie \(i + 1)")), organisationSelect))
    }

    struct PurposeCaseFormState {
        var id: UUID
        var name: String
        var version: Int
        var input: PurposeCaseInput
        var errors: FormErrors
        var conflict: Node<HTML.BodyContext> = .empty
    }

    /// One row of the purpose case's items: stakeholder, direction, description, unit, amount.
    private static func itemRow(_ i: Int, _ item: ValueItemInput, errors: FormErrors) -> Node<HTML.TableContext> {
        let bad = !errors.messages(prefix: "items[\(i)]").isEmpty
        func cell(_ name: String, _ label: String, _ value: String?, list: String? = nil) -> Node<HTML.TableRowContext> {
            var attributes: [Attribute<HTML.InputContext>] = [.type(.text), .name("\(name)[]"), .value((value ?? "").attributeEscaped),
                                                               .attribute(named: "aria-label", value: "\(label), regel \(i + 1)")]
            if let list { attributes.append(.attribute(named: "list", value: list)) }
            if bad { attributes += [.attribute(named: "aria-invalid", value: "true"), .attribute(named: "aria-describedby", value: "fout-items-\(i)")] }
            return .td(.selfClosedElement(named: "input", attributes: attributes))
        }
        let direction = item.direction ?? ValueDirection.contribution.rawValue
        let select: Node<HTML.TableRowContext> = .td(.select(.attribute(named: "name", value: "itemDirection[]"),
                                                             .attribute(named: "aria-label", value: "Inbreng of opbrengst, regel \(i + 1)"),
                                                             .forEach(ValueDirection.allCases) { d in .choice(d.rawValue, d.dutchLabel, selected: d.rawValue == direction) }))
        return .tr(.class(bad ? "has-error" : ""), cell("itemStakeholder", "Belanghebbende", item.stakeholder, list: "belanghebbenden"), select,
                   cell("itemDescription", "Omschrijving", item.description), cell("itemUnit", "Eenheid", item.unit, list: "eenheden"),
                   cell("itemAmount", "Bedrag", item.amount))
    }

    /// The messages of the item rows, each named by its row, below the table.
    private static func itemErrors(_ count: Int, errors: FormErrors) -> Node<HTML.FormContext> {
        .forEach(0..<count) { i in
            let m = errors.messages(prefix: "items[\(i)]")
            let line: Node<HTML.FormContext> = m.isEmpty ? .empty : .p(.class("field-error"), .id("fout-items-\(i)"), .text("Regel \(i + 1): " + m.joined(separator: " ")))
            return line
        }
    }

    private static func stakeholderFields(_ stakeholders: [StakeholderInput], errors: FormErrors, organisations: [(String, String)]) -> Node<HTML.FormContext> {
        .fieldset(.class("field" + (errors.messages(prefix: "stakeholders").isEmpty ? "" : " has-error")), .id("veld-stakeholders"),
            .element(named: "legend", text: "Belanghebbenden"),
            .p(.class("hint"), "Een naam per regel; kies de organisatie als de belanghebbende er een uit de regio is. Laat lege regels leeg."),
            errors.errorText("stakeholders", exact: true),
            .forEach(Array(stakeholders.enumerated())) { i, st in stakeholderRow(i, st, errors: errors, organisations: organisations) })
    }

    private static func itemFields(_ items: [ValueItemInput], errors: FormErrors) -> Node<HTML.FormContext> {
        func th(_ s: String) -> Node<HTML.TableRowContext> { .th(.attribute(named: "scope", value: "col"), .text(s)) }
        let head: Node<HTML.TableContext> = .thead(.tr(th("Belanghebbende"), th("Inbreng of opbrengst"), th("Omschrijving"), th("Eenheid"), th("Bedrag")))
        let rows: Node<HTML.TableContext> = .tbody(.forEach(Array(items.enumerated())) { i, item in itemRow(i, item, errors: errors) })
        return .fieldset(.class("field" + (errors.messages(prefix: "items").isEmpty ? "" : " has-error")), .id("veld-items"),
            .element(named: "legend", text: "Inbreng en opbrengst"),
            .p(.class("hint"), .id("hint-items"), "Belanghebbende: de naam zoals hierboven. Eenheid: euro, uren, plekken, fte of een eigen eenheid. Bedrag: zoals 1.250 of 1.250,50; leeg als het nog niet bekend is. Na opslaan komen er weer lege regels bij."),
            errors.errorText("items", exact: true),
            .div(.class("table-scroll"), .table(.class("data-table form-table"), .caption(.class("visually-hidden"), "Regels inbreng en opbrengst"), head, rows)),
            itemErrors(items.count, errors: errors))
    }

    /// Suggestions for the stakeholder and unit cells (typing stays free).
    private static func datalists(_ stakeholders: [StakeholderInput]) -> Node<HTML.FormContext> {
        let names = stakeholders.compactMap(\.name).map { "<option value=\"\($0.attributeEscaped)\"></option>" }.joined()
        let units = ["euro", "uren", "plekken", "fte"].map { "<option value=\"\($0)\"></option>" }.joined()
        return .raw("<datalist id=\"belanghebbenden\">\(names)</datalist><datalist id=\"eenheden\">\(units)</datalist>")
    }

    static func purposeCaseForm(_ s: PurposeCaseFormState, names: CollaborationNames, context: PageContext) -> HTML {
        let title = "Purpose case van \(s.name)"
        let stakeholders = (s.input.stakeholders ?? []) + Array(repeating: StakeholderInput(name: nil), count: 3)
        let items = (s.input.items ?? []) + Array(repeating: ValueItemInput(stakeholder: nil, direction: nil, description: nil), count: 6)
        let organisations = CollaborationViews.organisationOptions(names)
        return Layout.page(title: title, context: context, body: .div(.class("wrap"),
            CollaborationViews.breadcrumbs(("/coalities", "Coalities"), "Purpose case", middle: [("/coalities/\(s.id.uuidString)", s.name)]),
            .h1(.text(title)),
            .p(.class("lead"), "Zet per belanghebbende wat hij inbrengt en wat hij eruit haalt. Met een eenheid en bedrag telt een regel mee in de totalen; zonder bedrag staat hij als ‘onbekend’ genoteerd, zonder eenheid alleen als omschrijving."),
            s.conflict,
            s.errors.summary(),
            .form(.method(.post), .action("/coalities/\(s.id.uuidString)/purpose-case"), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                .input(.type(.hidden), .name("version"), .value(String(s.version))),
                s.errors.textarea("purpose", label: "Doel", value: s.input.purpose, hint: "Wat wil de coalitie samen bereiken?", rows: 2),
                stakeholderFields(stakeholders, errors: s.errors, organisations: organisations),
                itemFields(items, errors: s.errors),
                datalists(stakeholders),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href("/coalities/\(s.id.uuidString)#purpose-case"), "Annuleren")))
        ), script: s.errors.failure == nil ? nil : "/js/focus-errors.js")
    }
}
