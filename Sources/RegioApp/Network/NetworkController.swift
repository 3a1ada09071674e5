import Fluent
import Foundation
import RegioCore
import Vapor

/// The network view (`/netwerk`): organisations, initiatives and development coalitions as
/// nodes, participation and membership as edges, filtered like the overview; `focus`
/// highlights one node's neighbourhood. The public sees published coalitions only.
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
        var leftOut: LeftOut
        var parameters: [(String, String)]
    }

    func page(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let query = try LandscapeController.query(req, snapshot: snapshot)
        let matches = snapshot.landscape.run(query, today: LandscapeController.today, paginate: false)
        let (coalitions, everything) = try await Self.coalitions(req, snapshot: snapshot)
        // Who may see unpublished coalitions gets a drawing of their own.
        let key = "\(snapshot.revision)|\(LandscapeController.today.iso)|\(everything ? "all" : "public")|"
            + QueryString.encode(query.parameters.filter { $0.0 != "page" && $0.0 != "sort" })
        let (graph, layout, leftOut) = await req.application.networkLayouts.layout(key) {
            Self.graph(matches.items, snapshot: snapshot, coalitions: coalitions, includeAllOrganisations: !query.isFiltered)
        }
        var focus: Int?
        if let raw = QueryString.decode(req.url.query)["focus"]?.last, !raw.isEmpty {
            guard let index = graph.nodeIndex(raw) else {
                throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "‘\(raw.prefix(60))’ staat niet in dit netwerk; kies een organisatie, initiatief of coalitie uit de lijst.")
            }
            focus = index
        }
        let state = NetworkState(snapshot: snapshot, query: query, page: matches, graph: graph, layout: layout, width: layout.width,
                                 focus: focus, leftOut: leftOut, parameters: query.parameters.filter { $0.0 != "page" })
        return NetworkViews.page(state, context: try await req.pageContext()).response()
    }

    /// What did not fit in the drawing.
    struct LeftOut: Sendable {
        var initiatives = 0
        var coalitions = 0
    }

    /// The region's coalitions the visitor may see (published ones for the public), and
    /// whether that includes unpublished ones.
    static func coalitions(_ req: Request, snapshot: RegionSnapshot) async throws -> ([NetworkCoalition], everything: Bool) {
        let everything = CollaborationAccess.maySee(published: false, user: req.signedIn, regionID: snapshot.regionID)
        var query = CoalitionRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID)
        if !everything { query = query.filter(\.$published == true) }
        let records = try await query.field(\.$id).field(\.$name).field(\.$members).field(\.$initiativeIDs).all()
        let coalitions = records.compactMap { c in
            c.id.map { NetworkCoalition(id: $0, name: c.name, memberIDs: c.members.map(\.organisationID), initiativeIDs: c.initiativeIDs) }
        }
        // A stable order, so the same coalitions give the same drawing.
        return (coalitions.sorted { ($0.name, $0.id.uuidString) < ($1.name, $1.id.uuidString) }, everything)
    }

    /// The graph of `entries`: coalitions with their members first (a region has few, and
    /// they are what boards look for), then initiatives with participants (most connected
    /// first), then those without, up to `maxNodes` nodes in all. A filtered network shows
    /// the coalitions that share a member or an initiative with what the filter found.
    static func graph(_ entries: [InitiativeEntry], snapshot: RegionSnapshot, coalitions: [NetworkCoalition] = [],
                      includeAllOrganisations: Bool) -> (NetworkGraph, LeftOut) {
        var graph = NetworkGraph()
        var leftOut = LeftOut()
        let shown = includeAllOrganisations ? coalitions
            : NetworkCoalition.touching(coalitions, initiatives: Set(entries.map(\.id)),
                                        organisations: Set(entries.flatMap { $0.fields.participants.map(\.organisationID) }))
        leftOut.coalitions = graph.addCoalitions(shown, organisationName: { snapshot.organisation($0)?.name }, maxNodes: maxNodes)
        let ordered = entries.sorted { ($0.fields.participants.count, $1.fields.name) > ($1.fields.participants.count, $0.fields.name) }
        for entry in ordered {
            let newOrganisations = entry.fields.participants.filter { graph.nodeIndex(NetworkNodeKind.organisation.nodeID($0.organisationID)) == nil }.count
            guard graph.nodes.count + 1 + newOrganisations <= maxNodes else { leftOut.initiatives += 1; continue }
            let node = NetworkNodeKind.initiative.nodeID(entry.id)
            graph.add(.init(id: node, kind: .initiative, label: entry.fields.name))
            for p in entry.fields.participants {
                guard let org = snapshot.organisation(p.organisationID) else { continue }
                graph.add(.init(id: NetworkNodeKind.organisation.nodeID(org.id), kind: .organisation, label: org.name))
                graph.connect(NetworkNodeKind.organisation.nodeID(org.id), node)
            }
        }
        graph.linkCoalitionInitiatives(shown)
        if includeAllOrganisations {
            for org in snapshot.organisations where graph.nodes.count < maxNodes {
                graph.add(.init(id: NetworkNodeKind.organisation.nodeID(org.id), kind: .organisation, label: org.name))
            }
        }
        return (graph, leftOut)
    }
}

/// Keeps recent layouts (per region revision and filter): a layout takes longer to
/// compute than a page takes to draw.
actor NetworkLayoutCache {
    private var entries: [String: (NetworkGraph, ForceLayout.Result, NetworkController.LeftOut)] = [:]
    private var order: [String] = []

    func layout(_ key: String, make: @Sendable () -> (NetworkGraph, NetworkController.LeftOut)) -> (NetworkGraph, ForceLayout.Result, NetworkController.LeftOut) {
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
