import Foundation
import RegioCore
import Vapor

/// What a gaps request asks for (`/hiaten`, `/hiaten.csv`, `/api/v1/gaps`): counts per
/// labour-market region (the default) or per municipality, optionally within one
/// labour-market region.
struct GapsView: Sendable {
    enum Per: String, CaseIterable, Sendable {
        case labourMarket = "arbeidsmarktregio"
        case municipality = "gemeente"

        var label: String { self == .labourMarket ? "Arbeidsmarktregio" : "Gemeente" }
    }

    var per: Per
    /// The labour-market region the view is narrowed to, if any.
    var labourMarket: String?
    var matrix: GapMatrix

    /// The request's own parameters, for links that keep the view.
    var parameters: [(String, String)] {
        [("per", per.rawValue)] + (labourMarket.map { [("arbeidsmarktregio", $0)] } ?? [])
    }

    init(_ req: Request, snapshot: RegionSnapshot) throws {
        let query = QueryString.decode(req.url.query)
        let rawPer = query["per"]?.last ?? Per.labourMarket.rawValue
        guard let per = Per(rawValue: rawPer) else {
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Kies voor ‘per’ ‘arbeidsmarktregio’ of ‘gemeente’, niet ‘\(rawPer.prefix(40))’.")
        }
        let market = query["arbeidsmarktregio"]?.last.flatMap { $0.isEmpty ? nil : $0 }
        if let market, !snapshot.labourMarkets.contains(where: { $0.code == market }) {
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Arbeidsmarktregio ‘\(market.prefix(40))’ hoort niet bij deze regio.")
        }
        self.per = per
        labourMarket = market
        let places = snapshot.municipalities.filter { market == nil || $0.labourMarketCode == market }
        var areas: [GapArea]
        switch per {
        case .labourMarket:
            areas = snapshot.labourMarkets.filter { market == nil || $0.code == market }.map { m in
                GapArea(code: m.code, name: m.name, municipalityCodes: Set(places.filter { $0.labourMarketCode == m.code }.map(\.code)))
            }
            // A region without labour-market regions is counted as a whole.
            if areas.isEmpty { areas = [GapArea(code: snapshot.slug, name: snapshot.name, municipalityCodes: Set(places.map(\.code)))] }
        case .municipality:
            areas = places.sorted { $0.name < $1.name }.map { GapArea(code: $0.code, name: $0.name, municipalityCodes: [$0.code]) }
        }
        matrix = GapMatrix(snapshot.landscape.entries.map(\.fields), areas: areas,
                           targetGroups: snapshot.terms[.targetGroup, default: []].map(\.key), themes: snapshot.terms[.strategicTheme, default: []].map(\.key))
    }
}
