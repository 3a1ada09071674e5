import Foundation

/// Fictional modules and learning routes for load tests, built from the region's real
/// skills and roles. Every title says it is fictional.
public struct FictionalOffer: Sendable {
    public var skills: [String]
    public var roles: [Role]
    public var municipalityCodes: [String]
    public var organisations: [UUID]
    public var targetGroups: [String]

    public init(skills: [String], roles: [Role], municipalityCodes: [String], organisations: [UUID], targetGroups: [String]) {
        self.skills = skills; self.roles = roles; self.municipalityCodes = municipalityCodes.sorted()
        self.organisations = organisations; self.targetGroups = targetGroups.sorted()
    }

    static let subjects = ["basiszorg", "handhygiëne", "tillen en transfers", "medicatie", "rapporteren", "dementie", "wondzorg", "communicatie",
                           "samenwerken", "signaleren", "digitale zorg", "palliatieve zorg", "valpreventie", "agressie", "voeding", "ethiek",
                           "huishouden", "begeleiden", "observeren", "zelfregie"]
    static let kinds = ["Fictieve module", "Fictieve training", "Fictieve e-learning", "Fictieve workshop", "Fictieve leerunit"]
    static let levels = ["start", "verdieping", "praktijk", "opfrisser"]

    /// Module `n`: one to five skills, 4 to 120 hours, a form, a place or none, a price,
    /// sometimes funded.
    public func module(_ n: Int) -> ModuleFields {
        var random = SeededRandom(seed: UInt64(n) &* 2_654_435_761 &+ 17)
        let subject = Self.subjects[Int.random(in: 0..<Self.subjects.count, using: &random)]
        var f = ModuleFields(title: "\(Self.kinds[n % Self.kinds.count]) \(subject) \(Self.levels[(n / 7) % Self.levels.count]) \(n)")
        f.providerID = organisations.isEmpty ? nil : organisations[Int.random(in: 0..<organisations.count, using: &random)]
        f.description = "Fictief voorbeeld voor een belastingtest: \(subject), met oefeningen in de praktijk."
        var taught = Set<String>()
        for _ in 0..<Int.random(in: 1...5, using: &random) {
            let skill = skills[Int.random(in: 0..<skills.count, using: &random)]
            if taught.insert(skill).inserted { f.skills.append(SkillRequirement(skill: skill, level: SkillLevel(rawValue: Int.random(in: 1...3, using: &random))!)) }
        }
        f.hours = [4, 8, 16, 24, 40, 80, 120][Int.random(in: 0..<7, using: &random)]
        f.form = LearningForm.allCases[Int.random(in: 0..<LearningForm.allCases.count, using: &random)]
        if f.form != .online, !municipalityCodes.isEmpty { f.municipalityCodes = [municipalityCodes[Int.random(in: 0..<municipalityCodes.count, using: &random)]] }
        f.costCents = Int.random(in: 0..<10, using: &random) == 0 ? nil : Int.random(in: 0...150, using: &random) * 1_000
        f.funded = Int.random(in: 0..<4, using: &random) == 0
        f.credential = Credential.allCases[Int.random(in: 0..<Credential.allCases.count, using: &random)]
        f.licence = Int.random(in: 0..<3, using: &random) == 0 ? .open : .supplier
        return f
    }

    /// Route `n`: two to six of `moduleIDs` and a workplace part, to a role, for one or
    /// two target groups.
    public func route(_ n: Int, moduleIDs: [UUID]) -> LearningRouteFields {
        var random = SeededRandom(seed: UInt64(n) &* 40_503 &+ 99)
        let role = roles[Int.random(in: 0..<roles.count, using: &random)]
        var f = LearningRouteFields(title: "Fictieve route naar \(role.label) \(n)")
        f.roleKey = role.key
        for _ in 0..<Int.random(in: 2...6, using: &random) { f.steps.append(.module(moduleIDs[Int.random(in: 0..<moduleIDs.count, using: &random)])) }
        f.steps.append(.workplace(description: "Fictief werkplekdeel", hours: [40, 80, 160][Int.random(in: 0..<3, using: &random)], skills: []))
        if !targetGroups.isEmpty { f.targetGroups = [targetGroups[Int.random(in: 0..<targetGroups.count, using: &random)]] }
        f.hoursPerWeek = [16, 24, 32][Int.random(in: 0..<3, using: &random)]
        if !organisations.isEmpty { f.employerIDs = [organisations[Int.random(in: 0..<organisations.count, using: &random)]] }
        return f
    }
}
