import Foundation
import Plot
import RegioCore

/// Pages of the skills taxonomy: skills, roles and one role.
enum SkillsViews {
    static func skills(_ skills: [Skill], filter: SkillsController.SkillFilter, taxonomy: SkillsController.Taxonomy,
                       usedBy: [String: [Role]], context: PageContext) -> HTML {
        let byCategory = taxonomy.categories.compactMap { c -> (String, [Skill])? in
            let inCategory = skills.filter { $0.category == c.key }
            return inCategory.isEmpty ? nil : (c.label, inCategory)
        }
        let exportQuery = filter.parameters.isEmpty ? "" : "?" + QueryString.encode(filter.parameters)
        return Layout.page(title: "Vaardigheden", context: context, body: .div(.class("wrap"),
            .div(.class("page-head"),
                 .div(.h1("Vaardigheden"),
                      .p(.class("lead"), .text("De vaardigheden van zorg en welzijn waar het leeraanbod en de beroepen van de regio naar verwijzen.")))),
            .form(.method(.get), .action("/vaardigheden"), .class("inline-filters"), .attribute(named: "role", value: "search"),
                  .div(.class("field"), .label(.for("zoek-vaardigheid"), "Zoek"),
                       .input(.type(.search), .name("q"), .id("zoek-vaardigheid"), .value(filter.text.attributeEscaped), .attribute(named: "maxlength", value: "200"))),
                  .div(.class("field"), .label(.for("categorie"), "Categorie"),
                       .select(.attribute(named: "name", value: "category"), .id("categorie"), .choice("", "Alle categorieën", selected: filter.category == nil),
                               .forEach(taxonomy.categories) { c in .choice(c.key, c.label, selected: c.key == filter.category) })),
                  .button(.type(.submit), .class("button"), "Zoek")),
            .div(.class("results-head"),
                 .h2(.text(Components.count(skills.count, "vaardigheid", "vaardigheden"))),
                 .a(.class("button button-secondary button-small"), .href(("/vaardigheden.csv" + exportQuery).attributeEscaped), .attribute(named: "download", value: ""), "Exporteer CSV")),
            skills.isEmpty
                ? .div(.class("empty-state"), .h3(taxonomy.skills.isEmpty ? "Deze regio heeft nog geen vaardigheden" : "Geen vaardigheden gevonden"),
                       .if(!taxonomy.skills.isEmpty, .p(.a(.href("/vaardigheden"), "Toon alle vaardigheden"))))
                : .group(byCategory.map { label, list in
                    .section(.class("panel"), .aria(label),
                        .h3(.text("\(label) (\(list.count))")),
                        .dl(.class("skill-list"), .group(list.map { s in
                            .group(.dt(.id("vaardigheid-\(s.key)".attributeEscaped), .text(s.label)),
                                   .dd(.text(s.description),
                                       .if(!(usedBy[s.key] ?? []).isEmpty,
                                           .p(.class("muted"), .text("Gevraagd voor: "),
                                              .group((usedBy[s.key] ?? []).enumerated().map { i, r in
                                                  .group(.if(i > 0, .text(", ")), .a(.href(roleHref(r.key)), .text(r.label)))
                                              })))))
                        })))
                })))
    }

    static func roles(_ taxonomy: SkillsController.Taxonomy, context: PageContext) -> HTML {
        Layout.page(title: "Beroepen", context: context, body: .div(.class("wrap"),
            .div(.class("page-head"),
                 .div(.h1("Beroepen in zorg en welzijn"),
                      .p(.class("lead"), .text("Welke vaardigheden vraagt elk beroep, op welk niveau, en wat is de volgende stap?"))),
                 .if(context.user != nil, .div(.class("actions"),
                     .a(.class("button button-secondary"), .href("/modules/nieuw"), "Module toevoegen"),
                     .a(.class("button"), .href("/leerroutes/nieuw"), "Leerroute samenstellen")))),
            taxonomy.roles.isEmpty ? .div(.class("empty-state"), .h2("Deze regio heeft nog geen beroepen")) :
            .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Beroepen"), .attribute(named: "tabindex", value: "0"),
                .table(.class("data-table"),
                    .caption(.class("visually-hidden"), "Beroepen met opleidingsniveau en aantal vaardigheden"),
                    .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Beroep"), .th(.attribute(named: "scope", value: "col"), "Niveau"),
                               .th(.attribute(named: "scope", value: "col"), "Werkveld"), .th(.attribute(named: "scope", value: "col"), .class("num"), "Vaardigheden"))),
                    .tbody(.forEach(taxonomy.roles) { r in
                        .tr(.td(.a(.href(roleHref(r.key)), .text(r.label))), .td(.valueOrMissing(r.educationLevel.isEmpty ? nil : r.educationLevel)),
                            .td(.valueOrMissing(r.domain.isEmpty ? nil : r.domain)), .td(.class("num"), .text(String(r.requires.count))))
                    })))))
    }

    static func role(_ role: Role, taxonomy: SkillsController.Taxonomy, context: PageContext) -> HTML {
        let from = taxonomy.roles.filter { $0.next.contains(role.key) }
        let next = role.next.compactMap(taxonomy.role)
        return Layout.page(title: role.label, context: context, description: role.description, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/beroepen"), "Beroepen")), .li(.attribute(named: "aria-current", value: "page"), .text(role.label)))),
            .h1(.text(role.label)),
            .p(.class("lead"), .text(role.description)),
            .element(named: "dl", nodes: [.class("card-facts"),
                .div(.dt("Opleidingsniveau"), .dd(.valueOrMissing(role.educationLevel.isEmpty ? nil : role.educationLevel))),
                .div(.dt("Werkveld"), .dd(.valueOrMissing(role.domain.isEmpty ? nil : role.domain)))]),
            .section(.class("panel"), .aria("Gevraagde vaardigheden"),
                .h2(.text("Gevraagde vaardigheden (\(role.requires.count))")),
                .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Gevraagde vaardigheden"), .attribute(named: "tabindex", value: "0"),
                    .table(.class("data-table"),
                        .caption(.class("visually-hidden"), .text("Vaardigheden die \(role.label) vraagt, met niveau")),
                        .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Vaardigheid"), .th(.attribute(named: "scope", value: "col"), "Categorie"),
                                   .th(.attribute(named: "scope", value: "col"), "Niveau"))),
                        .tbody(.forEach(role.requires) { q in
                            let skill = taxonomy.skill(q.skill)
                            return .tr(.td(.a(.href("/vaardigheden?q=" + (skill?.label ?? q.skill).addingPercentEncoding(withAllowedCharacters: .alphanumerics).orEmpty), .text(skill?.label ?? q.skill))),
                                       .td(.text(skill.map { taxonomy.categoryLabel($0.category) } ?? "")),
                                       .td(.text("\(q.level.rawValue) · \(q.level.dutchLabel)")))
                        })))),
            .section(.class("panel"), .aria("Doorstroom"),
                .h2("Doorstroom"),
                next.isEmpty ? .p(.class("muted"), "Geen volgend beroep vastgelegd.") :
                    .group(.h3("Volgende stap"), .ul(.forEach(next) { n in
                        .li(.a(.href(roleHref(n.key)), .text(n.label)), .text(" — \(extraSkills(from: role, to: n)) erbij of op een hoger niveau"))
                    })),
                .if(!from.isEmpty, .group(.h3("Komt vaak van"), .ul(.forEach(from) { f in .li(.a(.href(roleHref(f.key)), .text(f.label))) }))))))
    }

    /// The `href` of a role's page, escaped: role keys come from an imported taxonomy.
    static func roleHref(_ key: String) -> String {
        "/beroepen/\(key)".attributeEscaped
    }

    /// "6 vaardigheden": what the next role asks beyond this one.
    static func extraSkills(from role: Role, to next: Role) -> String {
        let have = Dictionary(role.requires.map { ($0.skill, $0.level) }, uniquingKeysWith: max)
        let extra = next.requires.filter { q in have[q.skill].map { $0 < q.level } ?? true }.count
        return Components.count(extra, "vaardigheid", "vaardigheden")
    }
}

private extension Optional where Wrapped == String {
    var orEmpty: String { self ?? "" }
}
