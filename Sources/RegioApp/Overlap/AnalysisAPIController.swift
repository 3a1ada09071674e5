import Foundation
import RegioCore
import Vapor

/// JSON of the landscape's analyses: gaps (`/api/v1/gaps`), borging risk
/// (`/api/v1/embedding-risks`) and the network's brokers, groups and isolated initiatives
/// (`/api/v1/network`). Same parameters and numbers as the pages.
struct AnalysisAPIController: RouteCollection {
    struct TermDTO: Content { var key: String; var label: String }
    struct AreaDTO: Content { var code: String; var name: String; var municipalities: [String] }
    struct CellDTO: Content { var area: String; var targetGroup: String; var theme: String; var initiatives: Int; var level: String }
    struct GapsDTO: Content {
        var per: String; var labourMarketRegion: String?; var thinAtMost: Int; var withoutTargetGroup: Int
        var areas: [AreaDTO]; var targetGroups: [TermDTO]; var themes: [TermDTO]; var cells: [CellDTO]
    }
    struct RiskDTO: Content { var id: UUID; var name: String; var fundingEndDate: String; var maturity: String? }
    struct RisksDTO: Content { var months: Int; var initiatives: [RiskDTO]; var withoutFundingEndDate: Int }
    struct NodeDTO: Content { var kind: String; var id: String; var name: String }
    struct BrokerDTO: Content { var organisation: NodeDTO; var betweenness: Double; var connections: Int }
    struct NetworkDTO: Content {
        var nodes: Int; var leftOut: Int
        var brokers: [BrokerDTO]; var groups: [[NodeDTO]]; var isolatedInitiatives: [NodeDTO]
    }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("gaps", use: gaps)
        routes.get("embedding-risks", use: risks)
        routes.get("network", use: network)
    }

    func gaps(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let view = try GapsView(req, snapshot: snapshot), m = view.matrix
        let dto = GapsDTO(per: view.per.rawValue, labourMarketRegion: view.labourMarket, thinAtMost: GapMatrix.thin, withoutTargetGroup: m.withoutTargetGroup,
                          areas: m.areas.map { AreaDTO(code: $0.code, name: $0.name, municipalities: $0.municipalityCodes.sorted()) },
                          targetGroups: m.targetGroups.map { TermDTO(key: $0, label: snapshot.label(.targetGroup, $0)) },
                          themes: m.themes.map { TermDTO(key: $0, label: snapshot.label(.strategicTheme, $0)) },
                          cells: m.cells.map { CellDTO(area: m.areas[$0.area].code, targetGroup: m.targetGroups[$0.group], theme: m.themes[$0.theme],
                                                       initiatives: $0.count, level: GapMatrix.level($0.count).rawValue) })
        return try JSONResponse.make(dto).withETag(for: req)
    }

    func risks(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        return try JSONResponse.make(Self.risks(snapshot, months: try GapsController.months(req))).withETag(for: req)
    }

    /// The borging list as JSON; the dashboard's export uses it too.
    static func risks(_ snapshot: RegionSnapshot, months: Int) -> RisksDTO {
        RisksDTO(months: months,
                 initiatives: GapsController.risks(snapshot, months: months).map {
                     RiskDTO(id: $0.id, name: $0.fields.name, fundingEndDate: $0.fields.fundingEndDate?.iso ?? "", maturity: $0.fields.maturity?.rawValue)
                 },
                 withoutFundingEndDate: GapsController.withoutFundingEnd(snapshot))
    }

    func network(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let query = try LandscapeController.query(req, snapshot: snapshot)
        let matches = snapshot.landscape.run(query, today: LandscapeController.today, paginate: false)
        let (coalitions, _) = try await NetworkController.coalitions(req, snapshot: snapshot)
        let (graph, leftOut) = NetworkController.graph(matches.items, snapshot: snapshot, coalitions: coalitions, includeAllOrganisations: !query.isFiltered)
        func node(_ i: Int) -> NodeDTO {
            let n = graph.nodes[i]
            return NodeDTO(kind: n.kind.rawValue, id: String(n.id.dropFirst(2)), name: n.label)
        }
        let betweenness = graph.betweenness, degrees = graph.degrees
        return try JSONResponse.make(NetworkDTO(
            nodes: graph.nodes.count, leftOut: leftOut.initiatives,
            brokers: graph.brokers(betweenness: betweenness).map { BrokerDTO(organisation: node($0), betweenness: betweenness[$0], connections: degrees[$0]) },
            groups: graph.components.filter { $0.count > 1 }.map { $0.map(node) },
            isolatedInitiatives: graph.isolatedInitiatives.map(node))).withETag(for: req)
    }
}
