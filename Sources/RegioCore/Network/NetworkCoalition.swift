import Foundation

/// A development coalition as the network draws it: a node linked to its member
/// organisations and to the initiatives it runs or builds on.
public struct NetworkCoalition: Equatable, Sendable {
    public var id: UUID
    public var name: String
    public var memberIDs: [UUID]
    public var initiativeIDs: [UUID]

    public init(id: UUID, name: String, memberIDs: [UUID], initiativeIDs: [UUID]) {
        self.id = id; self.name = name; self.memberIDs = memberIDs; self.initiativeIDs = initiativeIDs
    }

    /// The coalitions a filtered network shows: those with a member among `organisations`
    /// or an initiative among `initiatives` (what the filter found). In the given order.
    public static func touching(_ coalitions: [NetworkCoalition], initiatives: Set<UUID>, organisations: Set<UUID>) -> [NetworkCoalition] {
        coalitions.filter { c in c.initiativeIDs.contains(where: initiatives.contains) || c.memberIDs.contains(where: organisations.contains) }
    }
}

extension NetworkNodeKind {
    /// The node id of the record `id` of this kind: the kind's letter and the UUID ("o:…", "i:…", "c:…").
    public func nodeID(_ id: UUID) -> String { "\(rawValue.prefix(1)):" + id.uuidString }
}

extension NetworkGraph {
    /// Adds each coalition with its member organisations (named by `organisationName`;
    /// unknown or deleted ones are skipped) as long as the graph stays within `maxNodes`.
    /// Returns how many coalitions did not fit. Links to initiatives come later, from
    /// `linkCoalitionInitiatives`, once the initiatives are in.
    public mutating func addCoalitions(_ coalitions: [NetworkCoalition], organisationName: (UUID) -> String?, maxNodes: Int) -> Int {
        var leftOut = 0
        for c in coalitions {
            let members = c.memberIDs.compactMap { id in organisationName(id).map { (id, $0) } }
            let newMembers = members.filter { nodeIndex(NetworkNodeKind.organisation.nodeID($0.0)) == nil }.count
            guard nodes.count + 1 + newMembers <= maxNodes else { leftOut += 1; continue }
            let node = NetworkNodeKind.coalition.nodeID(c.id)
            add(.init(id: node, kind: .coalition, label: c.name))
            for (id, name) in members {
                add(.init(id: NetworkNodeKind.organisation.nodeID(id), kind: .organisation, label: name))
                connect(node, NetworkNodeKind.organisation.nodeID(id))
            }
        }
        return leftOut
    }

    /// Links each drawn coalition to those of its initiatives that are drawn too; adds no nodes.
    public mutating func linkCoalitionInitiatives(_ coalitions: [NetworkCoalition]) {
        for c in coalitions {
            for i in c.initiativeIDs { connect(NetworkNodeKind.coalition.nodeID(c.id), NetworkNodeKind.initiative.nodeID(i)) }
        }
    }
}
