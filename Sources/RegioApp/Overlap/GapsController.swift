import Foundation
import Plot
import RegioCore
import Vapor

/// Where the landscape is thin (`/hiaten`, `/hiaten.csv`): initiatives per target group ×
/// strategic theme in each labour-market region, or per municipality on demand; and which
/// initiatives risk ending with their funding (`/borging`).
struct GapsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("hiaten", use: gaps)
        routes.get("hiaten.csv", use: csv)
        routes.get("borging", use: embedding)
        routes.get("borging.csv", use: embeddingCSV)
    }

    func gaps(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let view = try GapsView(req, snapshot: snapshot)
        return GapsViews.page(view, snapshot: snapshot, context: try await req.pageContext()).response()
    }

    func csv(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let view = try GapsView(req, snapshot: snapshot)
        let m = view.matrix
        let rows = m.cells.map { c in
            [m.areas[c.area].code, m.areas[c.area].name, m.targetGroups[c.group], snapshot.label(.targetGroup, m.targetGroups[c.group]),
             m.themes[c.theme], snapshot.label(.strategicTheme, m.themes[c.theme]), String(c.count), GapMatrix.level(c.count).rawValue]
        }
        return CSVResponse.make(CSV.encode(header: ["areaCode", "area", "targetGroup", "targetGroupLabel", "theme", "themeLabel", "initiatives", "level"], rows: rows),
                                filename: "hiaten-\(view.per.rawValue)-\(snapshot.slug).csv")
    }

    func embedding(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let months = try Self.months(req)
        let risks = Self.risks(snapshot, months: months)
        let unknown = Self.withoutFundingEnd(snapshot)
        let context = try await req.pageContext()
        // The schemes linked to the initiatives at risk: where a next round could continue them.
        let allSchemes = try await FundingSchemeStore(req: req).list()
        let schemes = risks.compactMap { e -> (InitiativeEntry, [FundingSchemeRecord])? in
            let linked = allSchemes.filter { $0.initiativeIDs.contains(e.id) }
            return linked.isEmpty ? nil : (e, linked)
        }
        return Layout.page(title: "Borging", context: context, body: .div(.class("wrap narrow"),
            .h1("Borging: financiering loopt af"),
            .p(.class("lead"), .text(Self.riskDefinition(months: months))),
            .form(.method(.get), .action("/borging"), .class("inline-filters"),
                  .div(.class("field"), .label(.for("maanden"), "Binnen"),
                       .select(.attribute(named: "name", value: "months"), .id("maanden"),
                               .forEach([3, 6, 12, 24]) { m in .choice(String(m), "\(m) maanden", selected: m == months) })),
                  .button(.type(.submit), .class("button"), "Toon"),
                  .a(.class("button button-secondary button-small"), .href("/borging.csv?months=\(months)"), .attribute(named: "download", value: ""), "Exporteer CSV"),
                  .a(.class("button button-secondary button-small"), .href("/api/v1/embedding-risks?months=\(months)"), "JSON")),
            risks.isEmpty ? .div(.class("empty-state"), .h2("Geen borgingsrisico gevonden"), .p(.text(Self.noRisks(months: months)))) :
                .ol(.class("cards compact"), .forEach(risks) { LandscapeViews.card($0, snapshot: snapshot) }),
            .if(!schemes.isEmpty, .section(.class("panel"), .aria("Regelingen bij deze initiatieven"),
                .h2("Regelingen bij deze initiatieven"),
                .dl(.class("facts"), .forEach(schemes) { e, linked in
                    Components.fact(e.fields.name, FundingSchemeViews.links(linked, today: LandscapeController.today))
                }))),
            .if(unknown > 0, .p(.class("muted"), .text(Self.unknownEnds(unknown)))))).response()
    }

    /// Which initiatives the borging list holds.
    static func riskDefinition(months: Int) -> String {
        "Initiatieven waarvan de financiering binnen \(months) maanden eindigt en die nog niet geborgd zijn."
    }

    /// What the borging list says when it is empty; the dashboard says the same.
    static func noRisks(months: Int) -> String {
        "Geen initiatief met een bekende einddatum binnen \(months) maanden dat nog niet geborgd is."
    }

    /// The note on initiatives left out because their funding's end is not known.
    static func unknownEnds(_ count: Int) -> String {
        "Van \(Components.count(count, "initiatief", "initiatieven")) is de einddatum van de financiering nog niet bekend; die staan hier niet."
    }

    /// The borging list in the overview's CSV format, so it re-imports as it is.
    func embeddingCSV(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let months = try Self.months(req)
        return CSVResponse.make(InitiativeCSV.encode(Self.risks(snapshot, months: months).map { ($0.id, $0.fields) }, snapshot: snapshot),
                                filename: "borging-\(months)-maanden-\(snapshot.slug).csv")
    }

    /// The horizon of `?months=` (default 12), checked.
    static func months(_ req: Request) throws -> Int {
        let raw = QueryString.decode(req.url.query)["months"]?.last
        guard let months = raw.map({ Int($0) }) ?? 12, (1...60).contains(months) else {
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Het aantal maanden moet een geheel getal van 1 tot en met 60 zijn.")
        }
        return months
    }

    /// Initiatives not embedded whose funding end is not known: they may be at risk unseen.
    static func withoutFundingEnd(_ snapshot: RegionSnapshot) -> Int {
        snapshot.landscape.entries.filter { $0.fields.fundingEndDate == nil && $0.fields.maturity != .embedded }.count
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
