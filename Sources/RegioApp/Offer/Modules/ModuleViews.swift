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

    static func page(_ m: ModuleRecord, snapshot: RegionSnapshot, taxonomy: SkillsController.Taxonomy, context: PageContext) -> HTML {
        let f = m.fields
        let cost = f.funded ? "Gefinancierd: gratis voor de deelnemer" : f.costCents.map(euros)
        return Layout.page(title: f.title, context: context, description: f.description, body: .div(.class("wrap narrow"),
            .nav(.class("breadcrumbs"), .aria("Kruimelpad"), .ol(.li(.a(.href("/vaardigheden"), "Leeraanbod")), .li(.attribute(named: "aria-current", value: "page"), .text(f.title)))),
            .h1(.text(f.title)),
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
            .p(.class("muted"), .a(.href("/api/v1/modules/\(m.id?.uuidString ?? "")"), "JSON"))))
    }
}
