import Foundation

/// One step of a learning route: a module, or a part learned at work.
public enum RouteStep: Codable, Equatable, Sendable {
    case module(UUID)
    /// Workplace learning: what is learned, for how many hours, and which skills it adds.
    case workplace(description: String, hours: Int, skills: [SkillTaught])
}

/// A learning route: ordered steps that lead to a role, for given target groups.
public struct LearningRouteFields: Codable, Equatable, Sendable {
    public var title: String
    public var roleKey: String?
    public var steps: [RouteStep] = []
    public var targetGroups: [String] = []
    public var hoursPerWeek: Int?
    public var durationWeeks: Int?
    /// Employers that offer the workplace part.
    public var employerIDs: [UUID] = []
    public var intakeRequirements: String?

    public init(title: String) { self.title = title }
}

/// What a route adds up to against its role: hours, cost and which required skills it
/// covers at the required level.
public struct RouteCoverage: Equatable, Sendable {
    /// A required skill the route does not bring to the required level.
    public struct Missing: Equatable, Sendable {
        public var skill: String
        public var required: SkillLevel
        /// The highest level the route does teach, if any.
        public var taught: SkillLevel?
    }

    public var totalHours: Int
    /// Sum of the known module prices; `costComplete` says whether every price was known.
    public var totalCostCents: Int
    public var costComplete: Bool
    public var required: Int
    public var covered: [String]
    public var missing: [Missing]

    /// Share of the role's required skills covered, 0…1 (1 when the role requires none).
    public var share: Double { required == 0 ? 1 : Double(covered.count) / Double(required) }
    /// Whole percent, rounded down: "80 %" must mean at least 80.
    public var percent: Int { Int((share * 100).rounded(.down)) }

    /// Adds up `route` with its modules (`modules[id]`); unknown module ids count nothing.
    public static func of(_ route: LearningRouteFields, modules: [UUID: ModuleFields], role: Role?) -> RouteCoverage {
        var hours = 0, cost = 0, costComplete = true
        var best: [String: SkillLevel] = [:]
        func teach(_ skills: [SkillTaught]) {
            for s in skills where best[s.skill].map({ $0 < s.level }) ?? true { best[s.skill] = s.level }
        }
        for step in route.steps {
            switch step {
            case .module(let id):
                guard let m = modules[id] else { continue }
                hours += m.hours
                // A funded module costs the learner nothing; an unknown price leaves the total open.
                switch (m.funded, m.costCents) {
                case (true, _): break
                case (false, let price?): cost += price
                case (false, nil): costComplete = false
                }
                teach(m.skills)
            case .workplace(_, let h, let skills):
                hours += h
                teach(skills)
            }
        }
        let requirements = role?.requires ?? []
        var covered: [String] = [], missing: [Missing] = []
        for r in requirements {
            if let level = best[r.skill], level >= r.level { covered.append(r.skill) }
            else { missing.append(Missing(skill: r.skill, required: r.level, taught: best[r.skill])) }
        }
        return RouteCoverage(totalHours: hours, totalCostCents: cost, costComplete: costComplete, required: requirements.count, covered: covered, missing: missing)
    }
}
