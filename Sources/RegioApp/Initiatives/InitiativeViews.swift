import Foundation
import Plot
import RegioCore

/// Pages of one initiative: detail, form, history.
enum InitiativeViews {
    static func detail(_ record: InitiativeRecord, snapshot: RegionSnapshot, canEdit: Bool, related: RelatedWork?, schemes: [FundingSchemeRecord] = [], context: PageContext) -> HTML {
        let f = record.fields
        func labels(_ kind: VocabularyKind, _ keys: [String]) -> Node<HTML.BodyContext> {
            keys.isEmpty ? Missing.node() : .ul(.class("tags"), .forEach(keys) { .li(.text(snapshot.label(kind, $0))) })
        }
        let scope: Node<HTML.BodyContext> = f.wholeRegion ? .text("Hele regio (\(snapshot.municipalities.count) gemeenten)")
            : f.municipalityCodes.isEmpty ? Missing.node()
            : .ul(.class("tags"), .forEach(f.municipalityCodes) { code in
                .li(.a(.href("/?municipality=\(code)"), .text(snapshot.municipalityName(code))))
            })
        let participants: Node<HTML.BodyContext> = f.participants.isEmpty ? Missing.node() : .ul(.class("participants"), .forEach(f.participants) { p in
            .li(.unwrap(snapshot.organisation(p.organisationID), { o in .a(.href("/organisaties/\(o.id.uuidString)"), .text(o.name)) },
                        else: .span(.class("muted"), "Verwijderde organisatie")),
                " ", Components.badge(p.role.dutchLabel, style: "role"))
        })
        return Layout.page(title: f.name, context: context, description: f.goal, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/"), "Landschap")), .li(.attribute(named: "aria-current", value: "page"), .text(f.name)))),
            RecordViews.deletedNotice(record.deletedAt, what: "Dit initiatief", path: "/initiatieven/\(record.id.uuidString)", canRestore: canEdit,
                                      csrf: context.csrfToken, consequence: "Het staat niet meer in het landschap."),
            .div(.class("detail-head"),
                 .div(.h1(.text(f.name)),
                      .p(.class("badges"),
                         Components.badge(f.kind?.dutchLabel ?? "Soort nog aan te vullen", style: f.kind == nil ? "missing" : "kind"),
                         Components.badge(f.maturity?.dutchLabel ?? "Rijpheid nog aan te vullen", style: f.maturity.map { "maturity-\($0.rawValue)" } ?? "missing"),
                         Components.badge(f.recordStatus == .concept ? "Concept — nog te bevestigen" : "Gepubliceerd", style: f.recordStatus == .concept ? "concept" : "published"))),
                 RecordViews.actions(path: "/initiatieven/\(record.id.uuidString)", canEdit: canEdit && record.deletedAt == nil,
                                     canDelete: canEdit && record.deletedAt == nil, csrf: context.csrfToken)),
            .section(.class("panel"), .aria("Doel en beschrijving"),
                .h2("Doel"), .p(.valueOrMissing(f.goal)),
                .h2("Beschrijving"), .unwrap(f.description, { d in .group(d.split(separator: "\n", omittingEmptySubsequences: true).map { .p(.text(String($0))) }) }, else: .p(Missing.node()))),
            .section(.class("panel"), .aria("Kenmerken"),
                .h2("Kenmerken"),
                .dl(.class("facts"),
                    Components.fact("Strategische thema's", labels(.strategicTheme, f.strategicThemes)),
                    Components.fact("Kennisthema's", labels(.knowledgeTheme, f.knowledgeThemes)),
                    Components.fact("Doelgroepen", labels(.targetGroup, f.targetGroups)),
                    Components.fact("Werkgebied", scope),
                    Components.fact("Deelnemende organisaties", participants),
                    Components.fact("Financiering", text: f.fundingScheme),
                    .if(!schemes.isEmpty, Components.fact("Regelingen", FundingSchemeViews.links(schemes, today: LandscapeController.today))),
                    Components.fact("Startdatum", text: f.startDate?.dutch),
                    Components.fact("Einddatum financiering", text: f.fundingEndDate?.dutch),
                    Components.fact("Contactpersoon", text: f.contactName),
                    Components.fact("E-mailadres", f.contactEmail.map { .a(.href("mailto:\($0)".attributeEscaped), .text($0)) } ?? Missing.node()),
                    Components.fact("Links", f.links.isEmpty ? Missing.node() : .ul(.forEach(f.links) { .li(.a(.href($0.attributeEscaped), .attribute(named: "rel", value: "noopener"), .text($0))) })))),
            .unwrap(related) { relatedSections($0, snapshot: snapshot) },
            RecordViews.meta(updated: record.updatedAt ?? record.createdAt, path: "/initiatieven/\(record.id.uuidString)",
                             json: "/api/v1/initiatives/\(record.id.uuidString)")
        ))
    }

    /// "Vergelijkbare initiatieven" and "Mogelijke partners".
    static func relatedSections(_ related: RelatedWork, snapshot: RegionSnapshot) -> Node<HTML.BodyContext> {
        .div(.class("related"),
            .section(.class("panel"), .aria("Vergelijkbare initiatieven"),
                .h2("Vergelijkbare initiatieven"),
                related.similar.isEmpty
                    ? .p(.class("muted"), "Geen initiatieven die hier duidelijk op lijken. Hoe meer doel, beschrijving en doelgroepen zijn ingevuld, hoe beter de vergelijking.")
                    : .ol(.class("similar-list"), .forEach(related.similar) { s in
                        .li(.a(.href("/initiatieven/\(s.entry.id.uuidString)"), .text(s.entry.fields.name)),
                            " ", Components.badge("\(s.score)%", style: "kind"),
                            .p(.class("similar-reason"), .text(Slug.sentenceCase(s.reason))))
                    })),
            .section(.class("panel"), .aria("Mogelijke partners"),
                .h2("Mogelijke partners"),
                related.partners.isEmpty
                    ? .p(.class("muted"), "Nog geen organisaties bekend die aan vergelijkbare initiatieven werken.")
                    : .ul(.class("similar-list"), .forEach(related.partners) { p in
                        .li(.a(.href("/organisaties/\(p.organisation.id.uuidString)"), .text(p.organisation.name)),
                            .p(.class("similar-reason"), .text("Werkt aan: " + p.via.prefix(3).joined(separator: "; "))))
                    })))
    }

    static func form(id: UUID?, input: InitiativeInput, errors: FormErrors, snapshot: RegionSnapshot, context: PageContext) -> HTML {
        let title = id == nil ? "Initiatief toevoegen" : "Initiatief bewerken"
        let action = id.map { "/initiatieven/\($0.uuidString)/bewerken" } ?? "/initiatieven/nieuw"
        let terms = { (kind: VocabularyKind) in snapshot.terms[kind, default: []].map { ($0.key, $0.label) } }
        let participants = (input.participants ?? []) + Array(repeating: ParticipantInput(organisationId: "", role: "partner"), count: 3)
        let organisations = snapshot.organisations.map { ($0.id.uuidString, $0.name) }
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/"), "Landschap")),
                .unwrap(id) { .li(.a(.href("/initiatieven/\($0.uuidString)"), .text(input.name ?? "Initiatief"))) },
                .li(.attribute(named: "aria-current", value: "page"), .text(title)))),
            .h1(.text(title)),
            errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                .fieldset(.element(named: "legend", text: "Wat is het?"),
                    errors.text("name", label: "Naam", value: input.name, required: true, max: Limits.name),
                    errors.select("kind", label: "Soort", options: InitiativeKind.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: input.kind),
                    errors.textarea("goal", label: "Doel", value: input.goal, hint: "Wat wil het initiatief bereiken, en voor wie? Eén of twee zinnen.", rows: 3),
                    errors.textarea("description", label: "Beschrijving", value: input.description, hint: "Hoe werkt het? Maximaal \(Components.count(Limits.description, "teken", "tekens")).", rows: 8),
                    errors.select("maturity", label: "Rijpheid", options: Maturity.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: input.maturity,
                                  hint: "Geborgd: loopt door na afloop van de projectfinanciering."),
                    errors.select("recordStatus", label: "Status van deze gegevens", options: RecordStatus.allCases.map { ($0.rawValue, $0.dutchLabel) },
                                  selected: input.recordStatus ?? RecordStatus.concept.rawValue, emptyLabel: "— kies —")),
                .fieldset(.element(named: "legend", text: "Thema's en doelgroepen"),
                    errors.checkboxes("strategicThemes", legend: "Strategische thema's", options: terms(.strategicTheme), selected: Set(input.strategicThemes ?? []), columns: false),
                    errors.checkboxes("knowledgeThemes", legend: "Kennisthema's", options: terms(.knowledgeTheme), selected: Set(input.knowledgeThemes ?? [])),
                    errors.checkboxes("targetGroups", legend: "Doelgroepen", options: terms(.targetGroup), selected: Set(input.targetGroups ?? []))),
                .fieldset(.id("veld-municipalityCodes"), .element(named: "legend", text: "Waar"),
                    .div(.class("check"),
                         .input(.type(.checkbox), .name("wholeRegion"), .id("veld-wholeRegion"), .value("true"), .checked(input.wholeRegion ?? false)),
                         .label(.for("veld-wholeRegion"), "Het initiatief werkt in de hele regio")),
                    .group(snapshot.labourMarkets.map { market in
                        errors.checkboxes("municipalityCodes", legend: "Gemeenten in \(market.name)",
                                          options: snapshot.municipalities.filter { $0.labourMarketCode == market.code }.map { ($0.code, $0.name) },
                                          selected: Set(input.municipalityCodes ?? []), group: market.code)
                    })),
                .fieldset(.id("veld-participants"), .element(named: "legend", text: "Deelnemende organisaties"),
                    .p(.class("hint"), "Kies per regel een organisatie en haar rol. Lege regels worden overgeslagen; na opslaan komen er nieuwe lege regels bij."),
                    errors.errorText("participants"),
                    .table(.class("participant-table"),
                        .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Organisatie"), .th(.attribute(named: "scope", value: "col"), "Rol"))),
                        .tbody(.forEach(participants.enumerated()) { i, p in
                            .tr(.td(.select(.attribute(named: "name", value: "participantOrganisation[]"), .aria("Organisatie \(i + 1)"),
                                            .choice("", "— geen —", selected: p.organisationId.isEmpty),
                                            .forEach(organisations) { o in .choice(o.0, o.1, selected: o.0.caseInsensitiveCompare(p.organisationId) == .orderedSame) })),
                                .td(.select(.attribute(named: "name", value: "participantRole[]"), .aria("Rol van organisatie \(i + 1)"),
                                            .forEach(ParticipationRole.allCases) { r in .choice(r.rawValue, r.dutchLabel, selected: r.rawValue == p.role) })))
                        }))),
                .fieldset(.element(named: "legend", text: "Financiering en looptijd"),
                    errors.text("fundingScheme", label: "Financiering", value: input.fundingScheme, hint: "Bijvoorbeeld de subsidieregeling: RIF mbo, Stagefonds Zorg, SectorplanPlus.", max: Limits.shortText),
                    .div(.class("field-row"),
                         errors.text("startDate", label: "Startdatum", value: input.startDate, hint: "Bijvoorbeeld 2026-03-01", type: .date),
                         errors.text("fundingEndDate", label: "Einddatum financiering", value: input.fundingEndDate, hint: "Bijvoorbeeld 2027-12-31", type: .date))),
                .fieldset(.element(named: "legend", text: "Contact en links"),
                    errors.text("contactName", label: "Contactpersoon", value: input.contactName, max: Limits.shortText),
                    errors.text("contactEmail", label: "E-mailadres contactpersoon", value: input.contactEmail, type: .email),
                    errors.textarea("links", label: "Links", value: (input.links ?? []).joined(separator: "\n"), hint: "Eén webadres per regel, beginnend met https://.", rows: 3)),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(id.map { "/initiatieven/\($0.uuidString)" } ?? "/"), "Annuleren")))
        ), script: errors.failure == nil ? nil : "/js/focus-errors.js")
    }
}

/// The history page of any record.
enum HistoryViews {
    /// The fields of one change: old and new values, or just the values of a new record.
    static func changeTable(_ c: RecordChange) -> Node<HTML.BodyContext> {
        let isNew = c.action == .create || (c.action == .import && c.changes.allSatisfy { $0.old == nil })
        func col(_ label: String) -> Node<HTML.TableRowContext> { .th(.attribute(named: "scope", value: "col"), .text(label)) }
        return .table(.class("changes"),
            .caption(.class("visually-hidden"), .text(isNew ? "Vastgelegde velden" : "Gewijzigde velden")),
            .thead(isNew ? .tr(col("Veld"), col("Waarde")) : .tr(col("Veld"), col("Was"), col("Wordt"))),
            .tbody(.forEach(c.changes) { ch in
                .tr(.th(.attribute(named: "scope", value: "row"), .text(FieldLabels.label(ch.field))),
                    .if(!isNew, .td(.class("old"), .valueOrMissing(ch.old.map { String($0.prefix(400)) }))),
                    .td(.class(isNew ? "" : "new"), .valueOrMissing(ch.new.map { String($0.prefix(400)) })))
            }))
    }

    static func page(title: String, backURL: String, backLabel: String, changes: [RecordChange], context: PageContext) -> HTML {
        Layout.page(title: "Geschiedenis: \(title)", context: context, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href(backURL), .text(backLabel))), .li(.attribute(named: "aria-current", value: "page"), "Geschiedenis"))),
            .h1(.text("Geschiedenis van ‘\(title)’")),
            .p(.class("lead"), "Elke wijziging, met wie en wanneer. Niets gaat verloren."),
            changes.isEmpty ? .p("Nog geen wijzigingen.") :
            .ol(.class("history"), .forEach(changes) { c in
                .li(.class("history-entry"),
                    .p(.class("history-head"), .strong(.text(c.action.dutchLabel)), " door ", .text(c.author), " op ",
                       .element(named: "time", nodes: [.attribute(named: "datetime", value: Components.isoDateTime(c.at)), .text(Components.dateTime(c.at))])),
                    .if(!c.changes.isEmpty, changeTable(c)))
            })
        ))
    }
}
