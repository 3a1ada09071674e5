import Foundation

/// How well someone masters a skill, 1…4. Roles require a level; modules teach up to one.
public struct SkillLevel: RawRepresentable, Comparable, Hashable, Codable, Sendable {
    public static let range = 1...4
    public let rawValue: Int

    public init?(rawValue: Int) {
        guard Self.range.contains(rawValue) else { return nil }
        self.rawValue = rawValue
    }

    public static func < (a: SkillLevel, b: SkillLevel) -> Bool { a.rawValue < b.rawValue }

    /// Short Dutch names, as in the taxonomy file.
    public var dutchLabel: String {
        ["Kent de basis", "Doet het onder begeleiding", "Doet het zelfstandig", "Is er expert in en begeleidt anderen"][rawValue - 1]
    }
}

/// A skill of care and welfare work ("Persoonlijke verzorging"), in one category.
public struct Skill: Codable, Equatable, Sendable {
    public var key: String
    public var label: String
    public var category: String
    public var description: String
    /// The matching ESCO concept, when someone has looked it up (never guessed).
    public var escoURI: String?

    public init(key: String, label: String, category: String, description: String, escoURI: String? = nil) {
        self.key = key; self.label = label; self.category = category; self.description = description; self.escoURI = escoURI
    }
}

/// A skill a role needs, at a level.
public struct SkillRequirement: Codable, Equatable, Hashable, Sendable {
    public var skill: String
    public var level: SkillLevel

    public init(skill: String, level: SkillLevel) { self.skill = skill; self.level = level }
}

/// An occupation (Helpende Zorg en Welzijn, Verzorgende-IG …) with the skills it requires
/// and the roles one step up (doorstroom).
public struct Role: Codable, Equatable, Sendable {
    public var key: String
    public var label: String
    /// "mbo 2", "hbo", "geen diploma vereist" …
    public var educationLevel: String
    public var domain: String
    public var description: String
    public var next: [String]
    public var requires: [SkillRequirement]

    public init(key: String, label: String, educationLevel: String, domain: String, description: String, next: [String], requires: [SkillRequirement]) {
        self.key = key; self.label = label; self.educationLevel = educationLevel; self.domain = domain
        self.description = description; self.next = next; self.requires = requires
    }

    /// The care domains one by one: `domain` may list several ("ouderenzorg, thuiszorg").
    public var domains: [String] {
        domain.split(separator: ",").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// The region's skills and roles, checked to hang together: every key unique, every
/// reference known, no role leading back to itself.
public struct SkillTaxonomy: Sendable {
    public let categories: [(key: String, label: String)]
    public let skills: [Skill]
    public let roles: [Role]
    private let skillIndex: [String: Int]
    private let roleIndex: [String: Int]

    /// Checks `skills` and `roles`; every problem is reported, not only the first.
    public init(categories: [(key: String, label: String)], skills: [Skill], roles: [Role]) throws(ValidationFailure) {
        var c = FieldChecker()
        let categoryKeys = Set(categories.map(\.key))
        var skillIndex: [String: Int] = [:], labels = Set<String>()
        for (i, s) in skills.enumerated() {
            if skillIndex[s.key] != nil { c.fail("skills[\(i)]", "De vaardigheid ‘\(s.key)’ staat er twee keer in.") }
            if !labels.insert(s.label).inserted { c.fail("skills[\(i)]", "De naam ‘\(s.label)’ hoort al bij een andere vaardigheid.") }
            if !categoryKeys.contains(s.category) { c.fail("skills[\(i)]", "Onbekende categorie ‘\(s.category)’ bij ‘\(s.key)’.") }
            skillIndex[s.key] = i
        }
        var roleIndex: [String: Int] = [:]
        for (i, r) in roles.enumerated() {
            if roleIndex[r.key] != nil { c.fail("roles[\(i)]", "Het beroep ‘\(r.key)’ staat er twee keer in.") }
            roleIndex[r.key] = i
            var seen = Set<String>()
            for q in r.requires {
                if skillIndex[q.skill] == nil { c.fail("roles[\(i)]", "‘\(r.label)’ vraagt een onbekende vaardigheid: ‘\(q.skill)’.") }
                if !seen.insert(q.skill).inserted { c.fail("roles[\(i)]", "‘\(r.label)’ vraagt ‘\(q.skill)’ twee keer.") }
            }
        }
        for (i, r) in roles.enumerated() {
            for n in r.next where roleIndex[n] == nil { c.fail("roles[\(i)]", "‘\(r.label)’ verwijst naar een onbekend vervolgberoep: ‘\(n)’.") }
        }
        // A career path that returns to where it started is a mistake in the file.
        for (i, r) in roles.enumerated() {
            var stack = r.next, seen = Set<String>()
            while let n = stack.popLast() {
                if n == r.key { c.fail("roles[\(i)]", "De doorstroom van ‘\(r.label)’ leidt terug naar zichzelf."); break }
                guard seen.insert(n).inserted, let j = roleIndex[n] else { continue }
                stack += roles[j].next
            }
        }
        guard c.errors.isEmpty else { throw ValidationFailure(c.errors) }
        self.categories = categories
        self.skills = skills
        self.roles = roles
        self.skillIndex = skillIndex
        self.roleIndex = roleIndex
    }

    public func skill(_ key: String) -> Skill? { skillIndex[key].map { skills[$0] } }
    public func role(_ key: String) -> Role? { roleIndex[key].map { roles[$0] } }
    public var skillKeys: Set<String> { Set(skillIndex.keys) }
}
