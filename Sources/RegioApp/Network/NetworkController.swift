import Foundation
import RegioCore
import Vapor

/// The network view (`/netwerk`): organisations and initiatives as nodes, participation
/// as edges, filtered like the overview; `focus` highlights one node's neighbourhood.
struct NetworkController: RouteCollection {
    /// More nodes than this make an unreadable picture; the rest is counted in text.
    static let maxNodes = 150

    func boot(routes: any RoutesBuilder) throws {
        routes.get("netwerk", use: page)
    }

    struct NetworkState: Sendable {
        var snapshot: RegionSnapshot
        var query: LandscapeQuery
        var page: LandscapePage<InitiativeEntry>
        var graph: NetworkGraph
        var layout: ForceLayout.Result
        var width: Double
        var focus: Int?
        var leftOut: Int
        var parameters: [(String, String)]
    }

    func page(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let query = try LandscapeController.query(req, snapshot: snapshot)
        let matches = snapshot.landscape.run(query, today: LandscapeController.today, paginate: false)
        let key = "\(snapshot.revision)|\(LandscapeController.today.iso)|" + QueryString.encode(query.parameters.filter { $0.0 != "page" && $0.0 != "sort" })
        let (graph, layout, leftOut) = try await req.application.networkLayouts.layout(key) {
            Self.graph(matches.items, snapshot: snapshot, includeAllOrganisations: !query.isFiltered)
        }
        var focus: Int?
        if let raw = QueryString.decode(req.url.query)["focus"]?.last, !raw.isEmpty {
            guard let index = graph.nodeIndex(raw) else {
                throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "‘\(raw.prefix(60))’ staat niet in dit netwerk; kies een organisatie of initiatief uit de lijst.")
            }
            focus = index
        }
        let state = NetworkState(snapshot: snapshot, query: query, page: matches, graph: graph, layout: layout, width: layout.width,
                                 focus: focus, leftOut: leftOut, parameters: query.parameters.filter { $0.0 != "page" })
        return NetworkViews.page(state, context: try await req.pageContext()).response()
    }

    /// The graph of `entries`: initiatives with participants first (most connected
    /// first), then those without, up to `maxNodes` nodes in all.
    static func graph(_ entries: [InitiativeEntry], snapshot: RegionSnapshot, includeAllOrganisations: Bool) -> (NetworkGraph, Int) {
        var graph = NetworkGraph()
        let ordered = entries.sorted { ($0.fields.participants.count, $1.fields.name) > ($1.fields.participants.count, $0.fields.name) }
        var leftOut = 0
        for entry in ordered {
            let newOrganisations = entry.fields.participants.filter { graph.nodeIndex("o:" + $0.organisationID.uuidString) == nil }.count
            guard graph.nodes.count + 1 + newOrganisations <= maxNodes else { leftOut += 1; continue }
            graph.add(.init(id: "i:" + entry.id.uuidString, kind: .initiative, label: entry.fields.name))
            for p in entry.fields.participants {
                guard let org = snapshot.organisation(p.organisationID) else { continue }
                graph.add(.init(id: "o:" + org.id.uuidString, kind: .organisation, label: org.name))
                graph.connect("o:" + org.id.uuidString, "i:" + entry.id.uuidString)
            }
        }
        if includeAllOrganisations {
            for org in snapshot.organisations where graph.nodes.count < maxNodes {
                graph.add(.init(id: "o:" + org.id.uuidString, kind: .organisation, label: org.name))
            }
        }
        return (graph, leftOut)
    }
}

/// Keeps recent layouts (per region revision and filter): a layout takes longer to
/// compute than a page takes to draw.
actor NetworkLayoutCache {
    private var entries: [String: (NetworkGraph, ForceLayout.Result, Int)] = [:]
    private var order: [String] = []

    func layout(_ key: String, make: @Sendable () -> (NetworkGraph, Int)) -> (NetworkGraph, ForceLayout.Result, Int) {
        if let hit = entries[key] { return hit }
        let (graph, leftOut) = make()
        let value = (graph, ForceLayout().layout(graph), leftOut)
        entries[key] = value
        order.append(key)
        if order.count > 32 { entries[order.removeFirst()] = nil }
        return value
    }
}

extension Application {
    private struct NetworkCacheKey: StorageKey { typealias Value = NetworkLayoutCache }

    var networkLayouts: NetworkLayoutCache {
        get { storage[NetworkCacheKey.self] ?? NetworkLayoutCache() }
        set { storage[NetworkCacheKey.self] = newValue }
    }
}
