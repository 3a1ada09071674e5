import Foundation
@testable import RegioCore
import Testing

@Suite("Gaps: initiatives per area, target group and theme")
struct GapMatrixTests {
    static func initiative(_ groups: [String], _ themes: [String], places: [String] = [], wholeRegion: Bool = false) -> InitiativeFields {
        var f = InitiativeFields(name: "Fictief")
        f.targetGroups = groups; f.strategicThemes = themes; f.municipalityCodes = places; f.wholeRegion = wholeRegion
        return f
    }

    @Test("Counts per area follow municipalities and the whole region; cells are empty, thin or covered")
    func counts() {
        let areas = [GapArea(code: "A", name: "Eemland", municipalityCodes: ["GM1", "GM2"]), GapArea(code: "B", name: "Gooi", municipalityCodes: ["GM3"])]
        let matrix = GapMatrix([
            Self.initiative(["vrijwilligers"], ["k"], places: ["GM1"]),
            Self.initiative(["vrijwilligers", "mantelzorgers"], ["k", "c"], places: ["GM2", "GM3"]),
            Self.initiative(["mantelzorgers"], ["c"], wholeRegion: true),
            Self.initiative([], ["k"], places: ["GM1"]),
            Self.initiative(["onbekend"], ["k"], places: ["GM1"]),
        ], areas: areas, targetGroups: ["vrijwilligers", "mantelzorgers"], themes: ["k", "c"])
        #expect(matrix.count(area: 0, group: 0, theme: 0) == 2) // both volunteer initiatives touch Eemland
        #expect(matrix.count(area: 1, group: 0, theme: 0) == 1)
        #expect(matrix.count(area: 0, group: 1, theme: 1) == 2) // the second and the whole-region one
        #expect(matrix.count(area: 1, group: 1, theme: 0) == 1)
        #expect(matrix.count(area: 0, group: 1, theme: 0) == 1)
        #expect(matrix.count(area: 1, group: 0, theme: 1) == 1)
        #expect(matrix.withoutTargetGroup == 1)
        #expect(matrix.cells.count == 8)
        #expect(GapMatrix.level(0) == .empty && GapMatrix.level(1) == .thin && GapMatrix.level(2) == .covered)
    }

    @Test("An empty landscape gives an all-empty matrix, not a crash")
    func empty() {
        let matrix = GapMatrix([], areas: [GapArea(code: "", name: "Regio", municipalityCodes: [])], targetGroups: ["g"], themes: ["t"])
        #expect(matrix.cells.map(\.count) == [0])
        #expect(GapMatrix([], areas: [], targetGroups: [], themes: []).cells.isEmpty)
    }
}
