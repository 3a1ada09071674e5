import Foundation
@testable import RegioCore
import Testing

@Suite("Network graph and its layout")
struct NetworkTests {
    /// Organisations and initiatives with some participation, like a small region.
    static func sample(isolated: Int = 20) -> NetworkGraph {
        var g = NetworkGraph()
        for o in 0..<12 { g.add(.init(id: "o:\(o)", kind: .organisation, label: "Fictieve zorggroep \(o)")) }
        for i in 0..<15 {
            g.add(.init(id: "i:\(i)", kind: .initiative, label: "Fictief initiatief nummer \(i) met een lange naam"))
            g.connect("o:\(i % 12)", "i:\(i)")
            g.connect("o:\((i * 5 + 1) % 12)", "i:\(i)")
        }
        for k in 0..<isolated { g.add(.init(id: "x:\(k)", kind: .initiative, label: "Los initiatief \(k)")) }
        return g
    }

    @Test func edgesAreUniqueAndDegreesCount() {
        var g = NetworkGraph()
        g.add(.init(id: "a", kind: .organisation, label: "A"))
        g.add(.init(id: "b", kind: .initiative, label: "B"))
        g.connect("a", "b"); g.connect("b", "a"); g.connect("a", "a"); g.connect("a", "onbekend")
        #expect(g.edges.count == 1 && g.degrees == [1, 1])
    }

    @Test func sameDataSameLayout() {
        let a = ForceLayout().layout(Self.sample()), b = ForceLayout().layout(Self.sample())
        #expect(a.positions == b.positions && a.height == b.height)
    }

    @Test func noLabelsOverlap() {
        let layout = ForceLayout()
        for graph in [Self.sample(), Self.sample(isolated: 73)] {
            let result = layout.layout(graph)
            let boxes = result.positions.indices.map { layout.box(result.positions[$0], result.labels[$0]) }
            for i in boxes.indices {
                for j in boxes.indices where j > i {
                    let overlap = min(boxes[i].maxX, boxes[j].maxX) > max(boxes[i].minX, boxes[j].minX)
                        && min(boxes[i].maxY, boxes[j].maxY) > max(boxes[i].minY, boxes[j].minY)
                    #expect(!overlap, "labels \(i) and \(j) overlap")
                }
            }
            #expect(result.positions.allSatisfy { $0.x >= 0 && $0.y >= 0 && $0.y <= result.height })
        }
    }

    @Test func longLabelsAreShortened() {
        #expect(ForceLayout().label(String(repeating: "a", count: 50)).count == 30)
        #expect(ForceLayout().label("Kort") == "Kort")
    }
}

@Suite("Network analysis")
struct NetworkAnalysisTests {
    /// Two triangles joined through one broker organisation "m", plus a loose node.
    static func graph() -> NetworkGraph {
        var g = NetworkGraph()
        for id in ["a", "b", "c", "m", "d", "e", "f", "los"] { g.add(.init(id: id, kind: .organisation, label: id)) }
        for (x, y) in [("a", "b"), ("b", "c"), ("a", "c"), ("c", "m"), ("m", "d"), ("d", "e"), ("e", "f"), ("d", "f")] { g.connect(x, y) }
        return g
    }

    @Test func componentsAndIsolatedNodes() {
        let c = Self.graph().components
        #expect(c.map(\.count) == [7, 1])
        #expect(c[1] == [Self.graph().nodeIndex("los")!])
    }

    @Test func brokersHaveTheHighestBetweenness() {
        let g = Self.graph(), b = g.betweenness
        // Hand count: 3 × 3 pairs across the bridge run through c, m and d; m also lies between c and d.
        #expect(b[g.nodeIndex("m")!] == 9)
        #expect(b[g.nodeIndex("c")!] == 8 && b[g.nodeIndex("d")!] == 8)
        #expect(b[g.nodeIndex("a")!] == 0 && b[g.nodeIndex("los")!] == 0)
    }
}
