import Foundation
import Plot
import RegioCore

/// The page of a learning route: its steps, totals and how much of its role it covers.
enum LearningRouteViews {
    static func page(_ route: LearningRouteRecord, modules: [UUID: ModuleRecord], role: Role?, coverage c: RouteCoverage,
                     taxonomy: SkillsController.Taxonomy, canEdit: Bool, snapshot: RegionSnapshot, context: PageContext) -> HTML {
        let f = route.fields
        let path = "/leerroutes/\(route.id?.uuidString ?? "")"
        let cost = c.totalCostCents == 0 && c.costComplete ? "Gratis voor de deelnemer" : ModuleViews.euros(c.totalCostCents) + (c.costComplete ? "" : " (niet alle prijzen zijn bekend)")
        return Layout.page(title: f.title, context: context, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/aanbod"), "Leeraanbod")), .li(.attribute(named: "aria-current", value: "page"), .text(f.title)))),
            RecordViews.deletedNotice(route.deletedAt, what: "Deze leerroute", path: path, canRestore: canEdit, csrf: context.csrfToken,
                                      consequence: "Ze staat niet meer in het aanbod."),
            .div(.class("detail-head"),
                 .div(.h1(.text(f.title))),
                 RecordViews.actions(path: path, canEdit: canEdit && route.deletedAt == nil, canDelete: canEdit && route.deletedAt == nil, csrf: context.csrfToken)),
            .if(role != nil, .p(.class("lead"), .text("Leidt naar "), .a(.href(SkillsViews.roleHref(role?.key ?? "")), .text(role?.label ?? "")), .text("."))),
            coveragePanel(c, role: role, taxonomy: taxonomy),
            .section(.class("panel"), .aria("Stappen"),
                .h2("Stappen"),
                f.steps.isEmpty ? .p(.class("muted"), "Deze route heeft nog geen stappen.") :
                .ol(.forEach(f.steps) { step in
                    switch step {
                    case .module(let id):
                        return .li(modules[id].map { m in .a(.href("/modules/\(id.uuidString)"), .text(m.title)) } ?? .text("Module niet meer beschikbaar"),
                                   .text(" · \(modules[id]?.hours ?? 0) uur"))
                    case .workplace(let what, let hours, _):
                        return .li(.text("Op de werkplek: \(what) · \(hours) uur"))
                    }
                }),
                .dl(.class("facts"),
                    Components.fact("Studiebelasting", text: "\(c.totalHours) uur"),
                    Components.fact("Kosten", text: cost),
                    Components.fact("Uren per week", text: f.hoursPerWeek.map { "\($0) uur" }),
                    Components.fact("Duur", text: f.durationWeeks.map { "\($0) weken" }),
                    Components.fact("Doelgroepen", text: f.targetGroups.isEmpty ? nil : f.targetGroups.map { snapshot.label(.targetGroup, $0) }.dutchList),
                    Components.fact("Werkgevers", text: f.employerIDs.isEmpty ? nil : f.employerIDs.compactMap { snapshot.organisation($0)?.name }.dutchList),
                    Components.fact("Toelatingseisen", text: f.intakeRequirements))),
            RecordViews.meta(updated: route.updatedAt ?? route.createdAt, path: path, json: "/api/v1/learning-routes/\(route.id?.uuidString ?? "")")))
    }

    /// How much of the role the steps cover: shown on the route page and in the builder.
    static func coveragePanel(_ c: RouteCoverage, role: Role?, taxonomy: SkillsController.Taxonomy) -> Node<HTML.BodyContext> {
        .section(.class("panel"), .aria("Dekking van het beroep"), .id("dekking"),
            .h2("Dekking van het beroep"),
            role == nil ? .p(.class("muted"), "Deze route leidt (nog) niet naar een beroep, dus er is niets om mee te vergelijken.") :
            .group(
                .p(.class("coverage-figure"), .strong(.text("\(c.percent)%")),
                   .text(" van de vaardigheden die \(role?.label ?? "") vraagt: \(c.covered.count) van de \(c.required).")),
                .element(named: "progress", nodes: [.attribute(named: "max", value: String(max(c.required, 1))), .attribute(named: "value", value: String(c.covered.count)),
                                                   .attribute(named: "aria-label", value: "Dekking \(c.percent)%"), .text("\(c.percent)%")]),
                c.missing.isEmpty ? .p("Alle gevraagde vaardigheden zitten in de route.") :
                    .group(.h3(.text("Nog niet in de route (\(c.missing.count))")),
                           .ul(.forEach(c.missing) { m in
                               .li(.text(taxonomy.skill(m.skill)?.label ?? m.skill),
                                   .text(" — gevraagd niveau \(m.required.rawValue)" + (m.taught.map { ", de route leert niveau \($0.rawValue)" } ?? "")))
                           }))))
    }

    static func builder(id: UUID?, input: LearningRouteInput, errors: FormErrors, parts: LearningRouteStore.Parts, coverage: RouteCoverage?, role: Role?,
                        taxonomy: SkillsController.Taxonomy, snapshot: RegionSnapshot, context: PageContext) -> HTML {
        let title = id == nil ? "Leerroute samenstellen" : "Leerroute bewerken"
        let action = id.map { "/leerroutes/\($0.uuidString)/bewerken" } ?? "/leerroutes/nieuw"
        let steps = input.steps ?? []
        let rowCount = min(LearningRouteFields.maxSteps, max(LearningRouteController.stepRows, steps.count + 2))
        return Layout.page(title: title, context: context, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/aanbod"), "Leeraanbod")), .li(.attribute(named: "aria-current", value: "page"), .text(title)))),
            .h1(.text(title)),
            .p(.class("lead"), "Zet modules en werkplekdelen op volgorde naar een beroep. Met ‘Bereken dekking’ zie je welk deel van de gevraagde vaardigheden de route al dekt, en wat ontbreekt."),
            errors.summary(),
            // The script fills this while the form is filled in; without it, "Bereken dekking" does.
            .div(.id("dekking-live"), .attribute(named: "aria-live", value: "polite"),
                 .unwrap(coverage) { coveragePanel($0, role: role, taxonomy: taxonomy) }),
            .form(.method(.post), .action(action), .class("record-form"), .novalidate(), .id("leerroute-bouwen"),
                Layout.csrfField(context.csrfToken),
                errors.text("title", label: "Titel", value: input.title, required: true, max: Limits.name),
                errors.select("roleKey", label: "Leidt naar beroep", options: parts.roles.map { ($0.key, $0.label) }, selected: input.roleKey, emptyLabel: "— geen beroep —"),
                .fieldset(.class("field step-rows" + (errors.messages(prefix: "steps").isEmpty ? "" : " has-error")), .id("veld-steps"),
                    .element(named: "legend", text: "Stappen"),
                    .p(.class("hint"), "Per regel een module óf een werkplekdeel met uren. Het nummer bepaalt de volgorde: geef een stap nummer 1,5 om hem tussen 1 en 2 te zetten."),
                    errors.errorText("steps", exact: true),
                    .forEach(0..<rowCount) { n in
                        let step = n < steps.count ? steps[n] : nil
                        return .div(.class("step-row"),
                            errors.errorText("steps[\(n)]"),
                            .label(.for("step-order-\(n)"), .text("Nr.")),
                            .input(.type(.text), .name("step-order-\(n)"), .id("step-order-\(n)"), .value(String(n + 1)), .class("step-order"),
                                   .attribute(named: "inputmode", value: "decimal")),
                            .label(.for("step-module-\(n)"), .class("visually-hidden"), .text("Module van stap \(n + 1)")),
                            .select(.attribute(named: "name", value: "step-module-\(n)"), .id("step-module-\(n)"),
                                    .choice("", parts.modules.isEmpty ? "— nog geen modules —" : "— module —", selected: step?.moduleId == nil),
                                    .forEach(parts.modules) { m in .choice(m.id?.uuidString ?? "", "\(m.title) (\(m.hours) uur)", selected: m.id?.uuidString == step?.moduleId) }),
                            .label(.for("step-workplace-\(n)"), .class("visually-hidden"), .text("Of werkplekdeel van stap \(n + 1)")),
                            .input(.type(.text), .name("step-workplace-\(n)"), .id("step-workplace-\(n)"), .value((step?.workplace ?? "").attributeEscaped),
                                   .attribute(named: "placeholder", value: "of: werkplekdeel")),
                            .label(.for("step-hours-\(n)"), .class("visually-hidden"), .text("Uren werkplekdeel van stap \(n + 1)")),
                            .input(.type(.text), .name("step-hours-\(n)"), .id("step-hours-\(n)"), .value(step?.hours.map(String.init) ?? ""),
                                   .attribute(named: "inputmode", value: "numeric"), .attribute(named: "placeholder", value: "uren")),
                            // Skills of a workplace part (set through the API) stay with it when the route is edited here.
                            .if(!(step?.skills ?? []).isEmpty, .input(.type(.hidden), .name("step-skills-\(n)"),
                                                                       .value(LearningRouteController.skillsField(step?.skills ?? []).attributeEscaped))))
                    }),
                errors.checkboxes("targetGroups", legend: "Voor wie", options: snapshot.terms[.targetGroup, default: []].map { ($0.key, $0.label) },
                                  selected: Set(input.targetGroups ?? [])),
                errors.text("hoursPerWeek", label: "Uren per week", value: input.hoursPerWeek.map(String.init), type: .number),
                errors.text("durationWeeks", label: "Duur (weken)", value: input.durationWeeks.map(String.init), type: .number),
                errors.checkboxes("employerIds", legend: "Werkgevers met een werkplek", options: snapshot.organisations.map { ($0.id.uuidString, $0.name) },
                                  selected: Set(input.employerIds ?? [])),
                errors.textarea("intakeRequirements", label: "Toelatingseisen", value: input.intakeRequirements, rows: 3),
                .div(.class("form-actions"),
                     .button(.type(.submit), .name("action"), .value("preview"), .class("button button-secondary"), "Bereken dekking"),
                     .button(.type(.submit), .name("action"), .value("save"), .class("button"), "Opslaan"),
                     .a(.class("button button-secondary"), .href(id.map { "/leerroutes/\($0.uuidString)" } ?? "/aanbod"), "Annuleren")))
        ), scripts: ["/js/route-builder.js"] + (errors.failure == nil ? [] : ["/js/focus-errors.js"]))
    }
}
