import Foundation
import Plot
import RegioCore

/// Pages of modules.
enum ModuleViews {
    /// "€ 1.250,50": euro amounts as Dutch readers write them.
    static func euros(_ cents: Int) -> String {
        let euros = cents / 100, rest = cents % 100
        var digits = String(euros), grouped = ""
        while digits.count > 3 { grouped = "." + digits.suffix(3) + grouped; digits = String(digits.dropLast(3)) }
        return "€ " + digits + grouped + "," + (rest < 10 ? "0" : "") + String(rest)
    }

    static func page(_ m: ModuleRecord, snapshot: RegionSnapshot, taxonomy: SkillsController.Taxonomy, canEdit: Bool, contentItems: [ContentItemRecord] = [],
                     context: PageContext) -> HTML {
        let f = m.fields
        let path = "/modules/\(m.id?.uuidString ?? "")"
        let cost = f.funded ? "Gefinancierd: gratis voor de deelnemer" : f.costCents.map(euros)
        return Layout.page(title: f.title, context: context, description: f.description, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/aanbod"), "Leeraanbod")), .li(.attribute(named: "aria-current", value: "page"), .text(f.title)))),
            RecordViews.deletedNotice(m.deletedAt, what: "Deze module", path: path, canRestore: canEdit, csrf: context.csrfToken,
                                      consequence: "Ze staat niet meer in het aanbod; leerroutes tellen haar niet meer mee."),
            .div(.class("detail-head"),
                 .div(.h1(.text(f.title))),
                 RecordViews.actions(path: path, canEdit: canEdit && m.deletedAt == nil, canDelete: canEdit && m.deletedAt == nil, csrf: context.csrfToken)),
            .if(f.description != nil, .p(.class("lead"), .text(f.description ?? ""))),
            .section(.class("panel"), .aria("Kenmerken"),
                .h2("Kenmerken"),
                .dl(.class("facts"),
                    Components.fact("Aanbieder", text: f.providerID.flatMap { snapshot.organisation($0)?.name }),
                    Components.fact("Studiebelasting", text: "\(f.hours) uur"),
                    Components.fact("Vorm", text: f.form.dutchLabel),
                    Components.fact("Plaats", text: f.municipalityCodes.isEmpty ? nil : f.municipalityCodes.map(snapshot.municipalityName).dutchList),
                    Components.fact("Kosten", text: cost),
                    Components.fact("Bewijs", text: f.credential.dutchLabel),
                    Components.fact("Start", text: f.continuousIntake ? "Doorlopend: starten kan altijd" : f.intakeDates.map(\.iso).dutchList),
                    Components.fact("Taalniveau", text: f.languageLevel.map { "Nederlands op niveau \($0)" }),
                    Components.fact("Licentie", text: f.licence.dutchLabel))),
            .section(.class("panel"), .aria("Wat je leert"),
                .h2("Wat je leert"),
                .ul(.forEach(f.skills) { s in
                    .li(.text(taxonomy.skill(s.skill)?.label ?? s.skill), .text(" — niveau \(s.level.rawValue): \(s.level.dutchLabel.lowercased())"))
                })),
            .if(!contentItems.isEmpty, .section(.class("panel"), .aria("Leerinhoud"),
                .h2("Leerinhoud"),
                .p(.class("hint"), "E-learnings en andere inhoud die in deze module worden gebruikt."),
                .ul(.forEach(contentItems) { i in
                    .li(.a(.href("/inhoud/\(i.id?.uuidString ?? "")"), .text(i.title)), .text(" — \(i.licenceModel.dutchLabel.lowercased())"),
                        .if(i.shareable, .text(", gedeeld")))
                }))),
            RecordViews.meta(updated: m.updatedAt ?? m.createdAt, path: path, json: "/api/v1/modules/\(m.id?.uuidString ?? "")")))
    }

    static func form(id: UUID?, input: ModuleInput, errors: FormErrors, snapshot: RegionSnapshot, taxonomy: SkillsController.Taxonomy, context: PageContext) -> HTML {
        let title = id == nil ? "Module toevoegen" : "Module bewerken"
        let action = id.map { "/modules/\($0.uuidString)/bewerken" } ?? "/modules/nieuw"
        let rowCount = min(ModuleController.maxSkillRows, max(ModuleController.skillRows, (input.skills?.count ?? 0) + 2))
        let rows = (0..<rowCount).map { n in (n, n < (input.skills ?? []).count ? input.skills?[n] : nil) }
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/aanbod"), "Leeraanbod")), .li(.attribute(named: "aria-current", value: "page"), .text(title)))),
            .h1(.text(title)),
            .p(.class("lead"), "Een module is een korte leereenheid die benoemde vaardigheden leert. Leerroutes bouwen op modules."),
            errors.summary(),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(),
                Layout.csrfField(context.csrfToken),
                errors.text("title", label: "Titel", value: input.title, required: true, max: Limits.name),
                errors.select("providerId", label: "Aanbieder", options: snapshot.organisations.map { ($0.id.uuidString, $0.name) }, selected: input.providerId,
                              hint: "De organisatie die de module verzorgt. Als redacteur kies je je eigen organisatie."),
                errors.textarea("description", label: "Beschrijving", value: input.description, rows: 4),
                .fieldset(.class("field skill-rows" + (errors.messages(prefix: "skills").isEmpty ? "" : " has-error")), .id("veld-skills"),
                    .element(named: "legend", text: "Wat leert de module? (vaardigheid en niveau)"),
                    .p(.class("hint"), "Kies ten minste één vaardigheid. Niveau 1 = kent de basis, 2 = onder begeleiding, 3 = zelfstandig, 4 = expert."),
                    errors.errorText("skills", exact: true),
                    .forEach(rows) { n, row in
                        .div(.class("skill-row"),
                            errors.errorText("skills[\(n)]"),
                            .label(.for("skill-\(n)"), .class("visually-hidden"), .text("Vaardigheid \(n + 1)")),
                            .select(.attribute(named: "name", value: "skill-\(n)"), .id("skill-\(n)"),
                                    .choice("", "— vaardigheid \(n + 1) —", selected: row == nil),
                                    .forEach(taxonomy.categories) { c in
                                        .element(named: "optgroup", nodes: [.attribute(named: "label", value: c.label.attributeEscaped),
                                            .forEach(taxonomy.skills.filter { $0.category == c.key }) { s in .choice(s.key, s.label, selected: s.key == row?.skill) }])
                                    }),
                            .label(.for("level-\(n)"), .class("visually-hidden"), .text("Niveau van vaardigheid \(n + 1)")),
                            .select(.attribute(named: "name", value: "level-\(n)"), .id("level-\(n)"),
                                    .forEach(Array(SkillLevel.range)) { l in .choice(String(l), "Niveau \(l)", selected: l == (row?.level ?? 2)) }))
                    }),
                errors.text("hours", label: "Studiebelasting (uren)", value: input.hours, required: true, type: .number),
                errors.select("form", label: "Vorm", options: LearningForm.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: input.form, emptyLabel: "— kies een vorm —"),
                errors.checkboxes("municipalityCodes", legend: "Waar (gemeenten)", options: snapshot.municipalities.map { ($0.code, $0.name) },
                                  selected: Set(input.municipalityCodes ?? []), hint: "Leeg laten bij een module die overal (online) te volgen is."),
                errors.text("cost", label: "Kosten per deelnemer (euro)", value: input.cost, hint: "Bijvoorbeeld 450 of 1.250,00. Leeg als het nog niet bekend is."),
                .div(.class("field check"), .input(.type(.checkbox), .name("funded"), .id("veld-funded"), .value("ja"), .checked(input.funded ?? false)),
                     .label(.for("veld-funded"), "Gefinancierd: gratis voor de deelnemer")),
                errors.select("credential", label: "Bewijs", options: Credential.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: input.credential, emptyLabel: "— geen —"),
                errors.text("intakeDates", label: "Startdata", value: (input.intakeDates ?? []).joined(separator: ", "),
                            hint: "Data als 2027-02-01, gescheiden door komma's. Leeg = doorlopend instromen."),
                errors.select("languageLevel", label: "Benodigd taalniveau Nederlands", options: ModuleFields.languageLevels.map { ($0, $0) }, selected: input.languageLevel, emptyLabel: "— geen eis —"),
                errors.select("licence", label: "Licentie van de inhoud", options: ContentLicence.allCases.map { ($0.rawValue, $0.dutchLabel) }, selected: input.licence, emptyLabel: "— van een leverancier —"),
                .div(.class("form-actions"),
                     .button(.type(.submit), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(id.map { "/modules/\($0.uuidString)" } ?? "/aanbod"), "Annuleren")))
        ), script: errors.failure == nil ? nil : "/js/focus-errors.js")
    }
}
