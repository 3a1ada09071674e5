import Fluent
import Foundation
import Plot
import RegioCore
import Vapor

/// What the region's staff see of candidates: the coordinator anonymous counts
/// (`/kandidaten/cijfers`), an organisation the profiles candidates shared with it
/// (`/kandidaten/gedeeld`). Nobody else sees anything of a candidate.
struct CandidateFiguresController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("kandidaten", "cijfers", use: figures)
        routes.get("kandidaten", "cijfers.csv", use: csv)
        routes.get("kandidaten", "gedeeld", use: shared)
    }

    /// The figures with the names to show them under.
    struct Tables {
        var figures: CandidateFigures
        var byLabourMarket: [CandidateFigures.Row]
        var name: (String, String) -> String

        static let sections: [(key: String, title: String)] = [
            ("beroep", "Beroep dat het best past"), ("gemeente", "Gemeente"), ("arbeidsmarktregio", "Arbeidsmarktregio"),
            ("situatie", "Situatie"), ("ontbrekende-vaardigheid", "Vaardigheid die nog ontbreekt"),
        ]

        func rows(_ section: String) -> [CandidateFigures.Row] {
            switch section {
            case "beroep": figures.byRole
            case "gemeente": figures.byArea
            case "arbeidsmarktregio": byLabourMarket
            case "situatie": figures.bySituation
            default: figures.byGapSkill
            }
        }
    }

    func tables(_ req: Request) async throws -> Tables {
        let user = try req.requireSignedIn()
        let snapshot = try await req.snapshot()
        guard Permissions.isRegionWide(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Alleen de coördinator van de regio ziet de cijfers over kandidaten.")
        }
        let summaries = try await CandidateStore(req: req, regionID: snapshot.regionID).summaries()
        let entries = summaries.map { CandidateFigures.Entry(topRole: $0.topRoleKey, municipalityCode: $0.municipalityCode, situation: $0.situation,
                                                              gapSkills: $0.gapSkills, fitsRoute: $0.fitsRoute) }
        let place = Dictionary(snapshot.municipalities.map { ($0.code, $0) }, uniquingKeysWith: { a, _ in a })
        let figures = CandidateFigures(entries, area: { place[$0]?.code })
        let byMarket = CandidateFigures(entries, area: { place[$0]?.labourMarketCode }).byArea
        let taxonomy = try await SkillsController.taxonomy(req, snapshot: snapshot)
        let markets = Dictionary(snapshot.labourMarkets.map { ($0.code, $0.name) }, uniquingKeysWith: { a, _ in a })
        let name: (String, String) -> String = { section, key in
            switch section {
            case "beroep": key.isEmpty ? "Geen beroep" : taxonomy.role(key)?.label ?? key
            case "gemeente": key.isEmpty ? "Buiten de regio" : place[key]?.name ?? key
            case "arbeidsmarktregio": key.isEmpty ? "Buiten de regio" : markets[key] ?? key
            case "situatie": CandidateSituation(rawValue: key).map(\.dutchLabel) ?? key
            default: taxonomy.skill(key)?.label ?? key
            }
        }
        return Tables(figures: figures, byLabourMarket: byMarket, name: name)
    }

    func figures(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        return CandidateFiguresViews.page(try await tables(req), context: try await req.pageContext()).response()
    }

    func csv(req: Request) async throws -> Response {
        let t = try await tables(req)
        var rows = [["totaal", "", "Bewaarde profielen", t.figures.total.description],
                    ["zonder-passende-route", "", "Geen route past helemaal", t.figures.withoutFittingRoute.description]]
        for s in Tables.sections {
            rows += t.rows(s.key).map { [s.key, $0.key, t.name(s.key, $0.key), $0.count.description] }
        }
        let snapshot = try await req.snapshot()
        return CSVResponse.make(CSV.encode(header: ["indeling", "sleutel", "naam", "aantal"], rows: rows), filename: "kandidaten-cijfers-\(snapshot.slug).csv")
    }

    func shared(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let user = try req.requireSignedIn()
        let snapshot = try await req.snapshot()
        var profiles: [(CandidateRecord, Date?)] = []
        if let own = user.organisationID { profiles = try await CandidateStore(req: req, regionID: snapshot.regionID).shared(with: own) }
        let taxonomy = try await SkillsController.taxonomy(req, snapshot: snapshot)
        return CandidateController.private(CandidateFiguresViews.shared(profiles.map { ($0.0.profile, $0.1) }, organisation: user.organisationID.flatMap(snapshot.organisation)?.name,
                                                                        taxonomy: taxonomy, snapshot: snapshot, context: try await req.pageContext()).response())
    }
}

enum CandidateFiguresViews {
    static func page(_ t: CandidateFiguresController.Tables, context: PageContext) -> HTML {
        let f = t.figures
        return Layout.page(title: "Kandidaten in cijfers", context: context, body: .div(.class("wrap"),
            .h1("Kandidaten in cijfers"),
            .p(.class("lead"), "Tellingen van de profielen die kandidaten met toestemming bewaarden. Aantallen van 1 tot \(CandidateFigures.threshold) staan er als ‘minder dan \(CandidateFigures.threshold)’: zo is niemand te herkennen. Losse profielen ziet alleen een organisatie waarmee de kandidaat zijn profiel deelde."),
            .dl(.class("facts"),
                Components.fact("Bewaarde profielen", text: f.total.description),
                Components.fact("Geen route past helemaal", text: f.withoutFittingRoute.description)),
            .p(.a(.class("button button-secondary button-small"), .href("/kandidaten/cijfers.csv"), "Download als CSV")),
            .if(f.total == .exact(0), .p(.class("empty-state"), "Er zijn nog geen bewaarde profielen.")),
            .div(.class("figure-tables"), .forEach(CandidateFiguresController.Tables.sections) { s in
                let rows = t.rows(s.key)
                return .section(.class("panel"), .attribute(named: "aria-labelledby", value: "kop-\(s.key)"),
                    .h2(.id("kop-\(s.key)"), .text(s.title)),
                    rows.isEmpty ? .p("Nog niets te tellen.") : .table(.class("data-table"),
                        .thead(.tr(.th(.attribute(named: "scope", value: "col"), .text(s.title)), .th(.attribute(named: "scope", value: "col"), .class("num"), "Kandidaten"))),
                        .tbody(.forEach(rows.prefix(25)) { r in
                            .tr(.th(.attribute(named: "scope", value: "row"), .text(t.name(s.key, r.key))), .td(.class("num"), .text(r.count.description)))
                        })))
            })))
    }

    static func shared(_ profiles: [(CandidateProfile, Date?)], organisation: String?, taxonomy: SkillsController.Taxonomy, snapshot: RegionSnapshot,
                       context: PageContext) -> HTML {
        Layout.page(title: "Gedeelde profielen", context: context, body: .div(.class("wrap narrow"),
            .h1("Gedeelde profielen"),
            .p(.class("lead"), .text(organisation.map { "Kandidaten die hun profiel met \($0) deelden. Ga er zorgvuldig mee om: de kandidaat kan het delen altijd stoppen." }
                                    ?? "Je account hoort niet bij een organisatie. Kandidaten delen hun profiel met een organisatie, niet met de regio.")),
            .if(profiles.isEmpty && organisation != nil, .p(.class("empty-state"), "Nog niemand deelde een profiel met jullie.")),
            .forEach(profiles) { p, since in
                .section(.class("panel"),
                    .h2(.text(p.situation.dutchLabel + " uit " + (snapshot.municipalities.first { $0.code == p.municipalityCode }?.name ?? p.municipalityCode))),
                    .dl(.class("facts"),
                        Components.fact("Gedeeld sinds", text: Components.dateTime(since)),
                        Components.fact("Uren per week", text: String(p.hoursPerWeek)),
                        Components.fact("Beginnen", text: p.startDate?.dutch ?? "Zo snel mogelijk"),
                        Components.fact("Diploma", text: p.education?.dutchLabel ?? "Niet ingevuld"),
                        Components.fact("Ervaring", text: ([p.experience].compactMap { $0 } + p.experienceAreas.map(\.dutchLabel)).joined(separator: " · ").nonEmpty ?? "Niet ingevuld"),
                        Components.fact("Kan al", text: p.skills.map { "\(taxonomy.skill($0.skill)?.label ?? $0.skill) (\($0.level.rawValue))" }.joined(separator: ", ").nonEmpty ?? "Niets gekozen"),
                        Components.fact("Wil graag", text: p.wishedRoles.map { taxonomy.role($0)?.label ?? $0 }.joined(separator: ", ").nonEmpty ?? "Alles")))
            }))
    }
}
