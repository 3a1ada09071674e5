import Foundation
import Plot
import RegioCore

/// The page of a learning route: its steps, totals and how much of its role it covers.
enum LearningRouteViews {
    static func page(_ route: LearningRouteRecord, modules: [UUID: ModuleRecord], role: Role?, coverage c: RouteCoverage,
                     taxonomy: SkillsController.Taxonomy, snapshot: RegionSnapshot, context: PageContext) -> HTML {
        let f = route.fields
        let cost = c.totalCostCents == 0 && c.costComplete ? "Gratis voor de deelnemer" : ModuleViews.euros(c.totalCostCents) + (c.costComplete ? "" : " (niet alle prijzen zijn bekend)")
        return Layout.page(title: f.title, context: context, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/beroepen"), "Beroepen")), .li(.attribute(named: "aria-current", value: "page"), .text(f.title)))),
            .h1(.text(f.title)),
            .if(role != nil, .p(.class("lead"), .text("Leidt naar "), .a(.href("/beroepen/\(role?.key ?? "")"), .text(role?.label ?? "")), .text("."))),
            .section(.class("panel"), .aria("Dekking van het beroep"),
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
                               })))),
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
            .p(.class("muted"), .a(.href("/api/v1/learning-routes/\(route.id?.uuidString ?? "")"), "JSON"))))
    }
}
