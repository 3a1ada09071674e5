import Foundation

/// A part of the region the gaps are counted for: a labour-market region, a municipality
/// or the whole region.
public struct GapArea: Sendable, Equatable {
    public var code: String
    public var name: String
    public var municipalityCodes: Set<String>

    public init(code: String, name: String, municipalityCodes: Set<String>) {
        self.code = code
        self.name = name
        self.municipalityCodes = municipalityCodes
    }
}

/// Initiatives per area × target group × strategic theme: where the landscape is empty
/// or thin. An initiative counts in an area when it works in one of its municipalities or
/// in the whole region, and in every group and theme it names.
public struct GapMatrix: Sendable {
    /// How well a cell is covered.
    public enum Level: String, Sendable { case empty, thin, covered }

    /// A cell with at most this many initiatives counts as thin.
    public static let thin = 1

    public let areas: [GapArea]
    public let targetGroups: [String]
    public let themes: [String]
    /// Initiatives that name no target group, and so count nowhere.
    public let withoutTargetGroup: Int
    private let counts: [Int]

    public init(_ initiatives: [InitiativeFields], areas: [GapArea], targetGroups: [String], themes: [String]) {
        self.areas = areas
        self.targetGroups = targetGroups
        self.themes = themes
        let groupIndex = Dictionary(targetGroups.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        let themeIndex = Dictionary(themes.enumerated().map { ($1, $0) }, uniquingKeysWith: { a, _ in a })
        var counts = [Int](repeating: 0, count: areas.count * targetGroups.count * themes.count)
        var withoutTargetGroup = 0
        for f in initiatives {
            if f.targetGroups.isEmpty { withoutTargetGroup += 1; continue }
            let groups = Set(f.targetGroups.compactMap { groupIndex[$0] }), themes = Set(f.strategicThemes.compactMap { themeIndex[$0] })
            for (a, area) in areas.enumerated() where f.wholeRegion || !area.municipalityCodes.isDisjoint(with: f.municipalityCodes) {
                for g in groups { for t in themes { counts[(a * targetGroups.count + g) * self.themes.count + t] += 1 } }
            }
        }
        self.counts = counts
        self.withoutTargetGroup = withoutTargetGroup
    }

    /// Initiatives in `area` (index) for target group `group` and theme `theme` (indices).
    public func count(area: Int, group: Int, theme: Int) -> Int {
        counts[(area * targetGroups.count + group) * themes.count + theme]
    }

    public static func level(_ count: Int) -> Level {
        count == 0 ? .empty : count <= thin ? .thin : .covered
    }

    /// Every cell, area by area, group by group: for lists, CSV and JSON.
    public var cells: [(area: Int, group: Int, theme: Int, count: Int)] {
        areas.indices.flatMap { a in
            targetGroups.indices.flatMap { g in themes.indices.map { t in (a, g, t, count(area: a, group: g, theme: t)) } }
        }
    }
}
