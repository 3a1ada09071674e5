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
