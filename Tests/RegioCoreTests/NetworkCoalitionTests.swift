import Foundation
@testable import RegioCore
import Testing

@Suite("Coalitions in the network")
struct NetworkCoalitionTests {
    static let zorg = UUID(), school = UUID(), gone = UUID(), initiative = UUID(), elsewhere = UUID()
    static let names: [UUID: String] = [zorg: "Fictieve zorggroep", school: "Fictief ROC"]

    static func coalition(_ name: String, members: [UUID], initiatives: [UUID] = []) -> NetworkCoalition {
        NetworkCoalition(id: UUID(), name: name, memberIDs: members, initiativeIDs: initiatives)
    }

    @Test("A coalition is a node of its own kind, linked to its known members and, once drawn, its initiatives")
    func nodesAndEdges() {
        let c = Self.coalition("Fictieve coalitie", members: [Self.zorg, Self.school, Self.gone], initiatives: [Self.initiative, Self.elsewhere])
        var graph = NetworkGraph()
        #expect(graph.addCoalitions([c], organisationName: { Self.names[$0] }, maxNodes: 150) == 0)
        graph.add(.init(id: NetworkNodeKind.initiative.nodeID(Self.initiative), kind: .initiative, label: "Fictief initiatief"))
        graph.linkCoalitionInitiatives([c])
        let node = graph.nodeIndex("c:" + c.id.uuidString)
        #expect(node != nil && graph.nodes[node!].kind == .coalition && graph.nodes[node!].label == "Fictieve coalitie")
        #expect(graph.nodes.count == 4 && graph.edges.count == 3 && graph.degrees[node!] == 3)
        #expect(graph.nodeIndex(NetworkNodeKind.initiative.nodeID(Self.elsewhere)) == nil)
        #expect(NetworkNodeKind.allCases.map { $0.nodeID(Self.zorg) } == ["o:", "i:", "c:"].map { $0 + Self.zorg.uuidString })
    }

    @Test("Coalitions that would pass the node limit are left out and counted; members already drawn cost nothing")
    func limit() {
        let first = Self.coalition("Eerste", members: [Self.zorg, Self.school])
        let second = Self.coalition("Tweede", members: [Self.zorg])
        let third = Self.coalition("Derde", members: [Self.zorg, Self.school])
        var graph = NetworkGraph()
        #expect(graph.addCoalitions([first, second, third], organisationName: { Self.names[$0] }, maxNodes: 4) == 1)
        #expect(graph.nodes.map(\.label) == ["Eerste", "Fictieve zorggroep", "Fictief ROC", "Tweede"])
    }

    @Test("A filtered network shows the coalitions that share a member or an initiative with what was found")
    func touching() {
        let byMember = Self.coalition("Lid", members: [Self.zorg])
        let byInitiative = Self.coalition("Initiatief", members: [Self.school], initiatives: [Self.initiative])
        let neither = Self.coalition("Geen", members: [Self.gone])
        let shown = NetworkCoalition.touching([byMember, byInitiative, neither], initiatives: [Self.initiative], organisations: [Self.zorg])
        #expect(shown.map(\.name) == ["Lid", "Initiatief"])
    }
}
