import Foundation

/// What the coordinator may see of saved candidates: counts, never people.
///
/// Small numbers can point at a person ("the one job seeker from Renswoude"), so every
/// count from 1 to `threshold - 1` is shown as "fewer than `threshold`" (small-cell
/// suppression, as statistics offices do). Zero stays zero: it tells nothing about anyone.
public struct CandidateFigures: Equatable, Sendable {
    public static let threshold = 5

    /// One count, exact or hidden because it is small.
    public enum Count: Equatable, Sendable, CustomStringConvertible {
        case exact(Int)
        case fewerThan(Int)

        init(_ n: Int, threshold: Int) { self = n > 0 && n < threshold ? .fewerThan(threshold) : .exact(n) }

        /// Dutch text for a table cell.
        public var description: String {
            switch self {
            case .exact(let n): String(n)
            case .fewerThan(let t): "minder dan \(t)"
            }
        }

        /// For sorting: a hidden count sorts below every exact count of `threshold` or more.
        var sortValue: Int { if case .exact(let n) = self { n } else { 1 } }
    }

    /// One saved profile as the figures see it (`CandidateMatchSummary` in the app).
    public struct Entry: Sendable {
        public var topRole: String?
        public var municipalityCode: String
        public var situation: String
        public var gapSkills: [String]
        public var fitsRoute: Bool

        public init(topRole: String?, municipalityCode: String, situation: String, gapSkills: [String], fitsRoute: Bool) {
            self.topRole = topRole; self.municipalityCode = municipalityCode; self.situation = situation
            self.gapSkills = gapSkills; self.fitsRoute = fitsRoute
        }
    }

    public struct Row: Equatable, Sendable {
        public var key: String
        public var count: Count
    }

    public var total: Count
    /// Candidates whose best-fitting role is `key`.
    public var byRole: [Row]
    /// Candidates per area: `area` maps a municipality code to its area (municipality or
    /// labour-market region); codes it does not know count under "".
    public var byArea: [Row]
    public var bySituation: [Row]
    /// How many candidates lack each skill for their best-fitting role.
    public var byGapSkill: [Row]
    /// Candidates for whom no route passes every must-have.
    public var withoutFittingRoute: Count

    /// Counts `entries`; rows are sorted by count (largest first), then by key.
    public init(_ entries: [Entry], area: (String) -> String?, threshold: Int = Self.threshold) {
        func rows(_ keys: [String]) -> [Row] {
            Dictionary(keys.map { ($0, 1) }, uniquingKeysWith: +)
                .map { Row(key: $0.key, count: Count($0.value, threshold: threshold)) }
                .sorted { ($0.count.sortValue, $1.key) > ($1.count.sortValue, $0.key) }
        }
        total = Count(entries.count, threshold: threshold)
        byRole = rows(entries.map { $0.topRole ?? "" })
        byArea = rows(entries.map { area($0.municipalityCode) ?? "" })
        bySituation = rows(entries.map(\.situation))
        byGapSkill = rows(entries.flatMap { Set($0.gapSkills) })
        withoutFittingRoute = Count(entries.filter { !$0.fitsRoute }.count, threshold: threshold)
    }
}
