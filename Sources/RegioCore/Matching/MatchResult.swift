import Foundation

/// One skill a role needs, next to what the candidate (and a route) bring.
public struct SkillStatus: Equatable, Sendable {
    public var skill: String
    public var label: String
    public var required: SkillLevel
    /// The candidate's own level, if they have the skill at all.
    public var had: SkillLevel?
    public var met: Bool
}

/// A module chosen to close (part of) a gap.
public struct GapModule: Equatable, Sendable {
    public var id: UUID
    public var title: String
    public var hours: Int
    /// The missing skills (keys) this module brings to the required level.
    public var closes: [String]
}

/// The modules that close a gap, and what no module closes.
public struct GapCover: Equatable, Sendable {
    public var modules: [GapModule]
    public var hours: Int { modules.reduce(0) { $0 + $1.hours } }
    /// Missing skills (keys) that no module in the catalogue teaches at the required level.
    public var uncovered: [String]
}

/// A learning place near the candidate for a role.
public struct NearbyPlace: Equatable, Sendable {
    public var id: UUID
    public var organisationID: UUID
    public var organisationName: String?
    public var municipalityCode: String
    public var municipalityName: String
    public var kind: LearningPlaceKind
    public var distanceKm: Int
}

/// Doorstroom: the next role up and what it asks on top of the current one.
public struct OnwardPath: Equatable, Sendable {
    public var roleKey: String
    public var label: String
    /// Requirements of the next role the candidate would still miss after reaching the current one.
    public var additional: [SkillStatus]
    public var cover: GapCover
    public var explanation: String
}

/// How well the candidate fits a role, on skills alone.
public struct RoleMatch: Equatable, Sendable {
    public var roleKey: String
    public var label: String
    /// 0…1000, see `MatchEngine`.
    public var score: Int
    public var skills: [SkillStatus]
    public var covered: Int
    public var required: Int
    public var gap: [SkillStatus] { skills.filter { !$0.met } }
    public var cover: GapCover
    public var placesNearby: [NearbyPlace]
    public var onward: [OnwardPath]
    public var explanation: String
}

/// The fit parts of a route's score, each 0…1000.
public struct RouteFit: Equatable, Sendable {
    public var coverage: Int
    public var travel: Int
    public var hours: Int
    public var intake: Int
    public var targetGroup: Int
    public var wish: Int
    public var needs: Int
}

/// A route for the candidate: how far it brings them, and at what cost in time and travel.
/// `reasons` is empty for a route that passes every must-have; otherwise it says, in
/// Dutch, why the route is excluded.
public struct RouteMatch: Equatable, Sendable {
    public var id: UUID
    public var title: String
    public var roleKey: String
    public var roleLabel: String
    /// 0…1000, see `MatchEngine`.
    public var score: Int
    public var fit: RouteFit
    /// Required skills of the role covered by the candidate and the route together.
    public var covered: Int
    public var required: Int
    /// What is still missing after the route, with the candidate's own level.
    public var missing: [SkillStatus]
    public var totalHours: Int
    public var durationWeeks: Int?
    public var hoursPerWeek: Int?
    /// Distance from home to the nearest place of the route's modules or employers; nil: no place (online).
    public var distanceKm: Int?
    public var nearestMunicipality: String?
    /// The first start on or after the candidate's start date; nil: start any time (or unknown).
    public var nextIntake: CalendarDay?
    public var reasons: [String]
    public var explanation: String

    public var isExcluded: Bool { !reasons.isEmpty }
}

/// Everything the candidate gets to see.
public struct MatchResult: Equatable, Sendable {
    /// Roles, best fit first.
    public var roles: [RoleMatch]
    /// Routes that pass every must-have, best first.
    public var routes: [RouteMatch]
    /// Routes that fail a must-have, best first, each with its reasons (at most `limit`).
    public var excluded: [RouteMatch]
    /// How many routes were excluded in all.
    public var excludedCount: Int
    /// True when no route passes the must-haves: `nearest` then holds the closest options.
    public var fitsNothingStandard: Bool
    /// The closest routes with what they lack, when no route passes (else empty).
    public var nearest: [RouteMatch]
    /// One plain-language sentence above the results.
    public var summary: String
}
