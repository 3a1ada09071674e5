import Foundation
import Plot
import RegioCore
import Vapor

/// Where the landscape is thin (`/hiaten`): initiatives per target group × strategic theme
/// in each labour-market region; and which initiatives risk ending with their funding
/// (`/borging`).
struct GapsController: RouteCollection {
    /// A cell with at most this many initiatives counts as thin.
    static let thin = 1

    func boot(routes: any RoutesBuilder) throws {
        routes.get("hiaten", use: gaps)
        routes.get("borging", use: embedding)
    }

    func gaps(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let context = try await req.pageContext()
        let themes = snapshot.terms[.strategicTheme, default: []], groups = snapshot.terms[.targetGroup, default: []]
        var markets: [(code: String, name: String, places: Set<String>)] = snapshot.labourMarkets.map { m in
            (m.code, m.name, Set(snapshot.municipalities.filter { $0.labourMarketCode == m.code }.map(\.code)))
        }
        if markets.isEmpty { markets = [("", snapshot.name, Set(snapshot.municipalities.map(\.code)))] }
        func count(_ theme: String, _ group: String, _ places: Set<String>) -> Int {
            snapshot.landscape.entries.filter { e in
                e.fields.strategicThemes.contains(theme) && e.fields.targetGroups.contains(group)
                    && (e.fields.wholeRegion || !places.isDisjoint(with: e.fields.municipalityCodes))
            }.count
        }
        let noGroup = snapshot.landscape.entries.filter { $0.fields.targetGroups.isEmpty }.count
        return Layout.page(title: "Hiaten", context: context, body: .div(.class("wrap"),
            .h1("Hiaten in het landschap"),
            .p(.class("lead"), .text("Voor welke doelgroep, bij welk thema en in welk deel van de regio is (bijna) niets? Lege vakken zijn hiaten, vakken met \(Self.thin) initiatief zijn dun. Kies een getal voor de initiatieven erachter.")),
            .if(noGroup > 0, .div(.class("notice notice-warning"), .p(.text("\(Components.count(noGroup, "initiatief heeft", "initiatieven hebben")) nog geen doelgroep en \(noGroup == 1 ? "telt" : "tellen") hier niet mee: vul de doelgroepen aan voor een betrouwbaar beeld.")))),
            .forEach(markets) { market in
                .section(.class("panel"), .aria(market.name),
                    .h2(.text(market.name)),
                    .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .aria("Hiaten in \(market.name)"), .attribute(named: "tabindex", value: "0"),
                        .table(.class("data-table gaps-table"),
                            .caption(.class("visually-hidden"), .text("Initiatieven per doelgroep en thema in \(market.name)")),
                            .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Doelgroep"),
                                       .forEach(themes) { .th(.attribute(named: "scope", value: "col"), .class("num"), .text($0.label)) })),
                            .tbody(.forEach(groups) { group in
                                .tr(.th(.attribute(named: "scope", value: "row"), .text(group.label)),
                                    .forEach(themes) { theme in
                                        let n = count(theme.key, group.key, market.places)
                                        let params = [("theme", theme.key), ("group", group.key)] + market.places.sorted().map { ("municipality", $0) }
                                        return .td(.class("num " + (n == 0 ? "gap-empty" : n <= Self.thin ? "gap-thin" : "")),
                                                   .a(.href("/?" + QueryString.encode(params)), .aria("\(group.label), \(theme.label), \(market.name): \(n)"), .text(String(n))))
                                    })
                            }))))
            })).response()
    }

    func embedding(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let raw = QueryString.decode(req.url.query)["months"]?.last
        let months = raw.map { Int($0) } ?? 12
        guard let months, (1...60).contains(months) else {
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Het aantal maanden moet een geheel getal van 1 tot en met 60 zijn.")
        }
        let risks = Self.risks(snapshot, months: months)
        let unknown = snapshot.landscape.entries.filter { $0.fields.fundingEndDate == nil && $0.fields.maturity != .embedded }.count
        let context = try await req.pageContext()
        return Layout.page(title: "Borging", context: context, body: .div(.class("wrap narrow"),
            .h1("Borging: financiering loopt af"),
            .p(.class("lead"), .text("Initiatieven waarvan de financiering binnen \(months) maanden eindigt en die nog niet geborgd zijn.")),
            .form(.method(.get), .action("/borging"), .class("inline-filters"),
                  .div(.class("field"), .label(.for("maanden"), "Binnen"),
                       .select(.attribute(named: "name", value: "months"), .id("maanden"),
                               .forEach([3, 6, 12, 24]) { m in .choice(String(m), "\(m) maanden", selected: m == months) })),
                  .button(.type(.submit), .class("button"), "Toon")),
            risks.isEmpty ? .div(.class("empty-state"), .h2("Geen borgingsrisico gevonden"), .p(.text("Geen initiatief met een bekende einddatum binnen \(months) maanden dat nog niet geborgd is."))) :
                .ol(.class("cards compact"), .forEach(risks) { LandscapeViews.card($0, snapshot: snapshot) }),
            .if(unknown > 0, .p(.class("muted"), .text("Van \(Components.count(unknown, "initiatief", "initiatieven")) is de einddatum van de financiering nog niet bekend; die staan hier niet."))))).response()
    }

    /// Not embedded, funding known to end between today and `months` from now, soonest first.
    static func risks(_ snapshot: RegionSnapshot, months: Int) -> [InitiativeEntry] {
        let today = LandscapeController.today, horizon = today.adding(months: months)
        return snapshot.landscape.entries.filter { e in
            e.fields.maturity != .embedded && e.fields.maturity != .ended
                && e.fields.fundingEndDate.map { $0 >= today && $0 <= horizon } == true
        }.sorted { ($0.fields.fundingEndDate!, $0.fields.name) < ($1.fields.fundingEndDate!, $1.fields.name) }
    }
}
