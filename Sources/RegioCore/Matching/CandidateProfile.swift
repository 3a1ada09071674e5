import Foundation

/// Where a candidate comes from; decides which target groups (doelgroepen) of a route
/// they belong to.
public enum CandidateSituation: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case sideEntrant = "zij-instromer", student, currentEmployee = "huidige-medewerker",
         volunteer = "vrijwilliger", informalCarer = "mantelzorger", jobSeeker = "werkzoekende"

    public var dutchLabel: String {
        switch self {
        case .sideEntrant: "Zij-instromer"
        case .student: "Student"
        case .currentEmployee: "Huidige medewerker"
        case .volunteer: "Vrijwilliger"
        case .informalCarer: "Mantelzorger"
        case .jobSeeker: "Werkzoekende"
        }
    }

    /// The region's target groups someone in this situation belongs to: the seed's
    /// `target_groups` names, as the keys the app stores them under (`Slug.make`).
    public var targetGroups: [String] { groupNames.map(Slug.make) }

    private var groupNames: [String] {
        switch self {
        case .sideEntrant: ["zij-instromers", "anders geschoolden"]
        case .student: ["studenten (BOL/BBL)", "stagiaires", "vmbo-leerlingen"]
        case .currentEmployee: ["zittend personeel"]
        case .volunteer: ["vrijwilligers"]
        case .informalCarer: ["mantelzorgers"]
        case .jobSeeker: ["kandidaten die nu worden afgewezen", "zij-instromers"]
        }
    }
}

/// A candidate as the matching engine sees them: checked, typed, ready to match.
public struct CandidateProfile: Codable, Equatable, Sendable {
    public var situation: CandidateSituation
    /// What the candidate says they can already do, and how well (self-assessed).
    public var skills: [SkillRequirement]
    /// Hours per week available for learning and working, 0…60.
    public var hoursPerWeek: Int
    /// When the candidate can start; nil: as soon as possible.
    public var startDate: CalendarDay?
    /// CBS code of the home municipality (GM0344).
    public var municipalityCode: String
    /// How far the candidate wants to travel, in km (0…200).
    public var maxTravelKm: Int
    /// Roles (taxonomy keys) the candidate would like to do.
    public var wishedRoles: [String] = []
    /// Care domains (`Role.domain`) the candidate would like to work in.
    public var wishedDomains: [String] = []
    /// Extra target groups the candidate counts themselves in, next to the situation's.
    public var targetGroups: [String] = []
    /// Needs an income while learning: routes with a paid workplace part (an employer) fit better.
    public var needsIncome: Bool = false
    /// Would like help with Dutch; shown in the explanation of routes that ask a language level.
    public var needsLanguageSupport: Bool = false
    /// Free text about experience; not used for scoring.
    public var experience: String?

    public init(situation: CandidateSituation, skills: [SkillRequirement], hoursPerWeek: Int, startDate: CalendarDay? = nil,
                municipalityCode: String, maxTravelKm: Int, wishedRoles: [String] = [], wishedDomains: [String] = [],
                targetGroups: [String] = [], needsIncome: Bool = false, needsLanguageSupport: Bool = false, experience: String? = nil) {
        self.situation = situation; self.skills = skills; self.hoursPerWeek = hoursPerWeek; self.startDate = startDate
        self.municipalityCode = municipalityCode; self.maxTravelKm = maxTravelKm; self.wishedRoles = wishedRoles
        self.wishedDomains = wishedDomains; self.targetGroups = targetGroups; self.needsIncome = needsIncome
        self.needsLanguageSupport = needsLanguageSupport; self.experience = experience
    }

    /// Every target group the candidate belongs to: the situation's and their own.
    public var allTargetGroups: [String] { situation.targetGroups + targetGroups }
}

/// A candidate as the intake form or API sends them: every field optional and untyped,
/// so that one validation pass reports every problem in Dutch.
public struct CandidateInput: Codable, Equatable, Sendable {
    public var situation: String?
    public var skills: [SkillLevelInput]?
    /// A whole number; JSON may send it as a number or as text.
    public var hoursPerWeek: String?
    public var startDate: String?
    public var municipalityCode: String?
    /// A whole number of km; empty means `CandidateProfile.defaultTravelKm`.
    public var maxTravelKm: String?
    public var wishedRoles: [String]?
    public var wishedDomains: [String]?
    public var targetGroups: [String]?
    public var needsIncome: Bool?
    public var needsLanguageSupport: Bool?
    public var experience: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case situation, skills, hoursPerWeek, startDate, municipalityCode, maxTravelKm, wishedRoles, wishedDomains,
             targetGroups, needsIncome, needsLanguageSupport, experience
    }

    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        situation = try c.decodeIfPresent(String.self, forKey: .situation)
        skills = try c.decodeIfPresent([SkillLevelInput].self, forKey: .skills)
        hoursPerWeek = try c.numberOrText(.hoursPerWeek)
        startDate = try c.decodeIfPresent(String.self, forKey: .startDate)
        municipalityCode = try c.decodeIfPresent(String.self, forKey: .municipalityCode)
        maxTravelKm = try c.numberOrText(.maxTravelKm)
        wishedRoles = try c.decodeIfPresent([String].self, forKey: .wishedRoles)
        wishedDomains = try c.decodeIfPresent([String].self, forKey: .wishedDomains)
        targetGroups = try c.decodeIfPresent([String].self, forKey: .targetGroups)
        needsIncome = try c.decodeIfPresent(Bool.self, forKey: .needsIncome)
        needsLanguageSupport = try c.decodeIfPresent(Bool.self, forKey: .needsLanguageSupport)
        experience = try c.decodeIfPresent(String.self, forKey: .experience)
    }
}

/// What a candidate may refer to. `MatchingCatalogue.vocabulary` gives the one that
/// belongs to a catalogue.
public struct CandidateVocabulary: Sendable {
    public var skillKeys: Set<String>
    public var municipalityCodes: Set<String>
    public var roleKeys: Set<String>
    public var domains: Set<String>
    public var targetGroups: Set<String>

    public init(skillKeys: Set<String>, municipalityCodes: Set<String>, roleKeys: Set<String>, domains: Set<String>, targetGroups: Set<String>) {
        self.skillKeys = skillKeys; self.municipalityCodes = municipalityCodes; self.roleKeys = roleKeys
        self.domains = domains; self.targetGroups = targetGroups
    }
}

extension CandidateProfile {
    public static let maxHoursPerWeek = 60
    public static let maxTravelKmLimit = 200
    public static let defaultTravelKm = 25
    /// More self-assessed skills than this is not a person but a pasted list.
    public static let maxSkills = 200

    /// Checks `input`; every problem is reported in Dutch, under the field it belongs to.
    public static func validate(_ input: CandidateInput, vocabulary: CandidateVocabulary) -> Result<CandidateProfile, ValidationFailure> {
        var c = FieldChecker()
        let situation = c.choice(input.situation, as: CandidateSituation.self, field: "situation", label: "Jouw situatie", required: true)

        var skills: [SkillRequirement] = [], seen = Set<String>()
        let rawSkills = input.skills ?? []
        if rawSkills.count > Self.maxSkills { c.fail("skills", "Te veel vaardigheden: maximaal \(Self.maxSkills).") }
        for (i, s) in rawSkills.prefix(Self.maxSkills).enumerated() {
            let key = s.skill.trimmingCharacters(in: .whitespaces)
            guard vocabulary.skillKeys.contains(key) else { c.fail("skills[\(i)]", "Onbekende vaardigheid ‘\(key.prefix(60))’."); continue }
            guard let level = s.level.flatMap(SkillLevel.init(rawValue:)) else {
                c.fail("skills[\(i)]", "Kies een niveau van 1 tot en met 4 voor ‘\(key)’."); continue
            }
            guard seen.insert(key).inserted else { c.fail("skills[\(i)]", "‘\(key)’ staat al bij jouw vaardigheden."); continue }
            skills.append(SkillRequirement(skill: key, level: level))
        }

        var hours: Int?
        let rawHours = input.hoursPerWeek?.trimmingCharacters(in: .whitespaces) ?? ""
        if rawHours.isEmpty { c.fail("hoursPerWeek", "Uren per week is verplicht.") }
        else if let h = Int(rawHours), (0...Self.maxHoursPerWeek).contains(h) { hours = h }
        else { c.fail("hoursPerWeek", "Uren per week moet een heel getal zijn van 0 tot en met \(Self.maxHoursPerWeek).") }

        let start = c.day(input.startDate, field: "startDate", label: "Startdatum")

        var municipality: String?
        let rawMunicipality = input.municipalityCode?.trimmingCharacters(in: .whitespaces) ?? ""
        if rawMunicipality.isEmpty { c.fail("municipalityCode", "Woonplaats (gemeente) is verplicht.") }
        else if vocabulary.municipalityCodes.contains(rawMunicipality) { municipality = rawMunicipality }
        else { c.fail("municipalityCode", "Onbekende gemeente ‘\(rawMunicipality.prefix(60))’: kies een gemeente uit de lijst.") }

        var travel: Int? = Self.defaultTravelKm
        let rawTravel = input.maxTravelKm?.trimmingCharacters(in: .whitespaces) ?? ""
        if !rawTravel.isEmpty {
            if let km = Int(rawTravel), (0...Self.maxTravelKmLimit).contains(km) { travel = km }
            else { travel = nil; c.fail("maxTravelKm", "Reisafstand moet een heel aantal kilometers zijn van 0 tot en met \(Self.maxTravelKmLimit).") }
        }

        // "beroep" and "zorgdomein" are neuter in Dutch: "Onbekend beroep", not "Onbekende".
        func neuter(_ values: [String]?, in allowed: Set<String>, field: String, what: String) -> [String] {
            var result: [String] = []
            for raw in values ?? [] {
                let v = raw.trimmingCharacters(in: .whitespaces)
                if v.isEmpty || result.contains(v) { continue }
                if allowed.contains(v) { result.append(v) } else { c.fail(field, "Onbekend \(what) ‘\(v.prefix(60))’.") }
            }
            return result
        }
        let roles = neuter(input.wishedRoles, in: vocabulary.roleKeys, field: "wishedRoles", what: "beroep")
        let domains = neuter(input.wishedDomains, in: vocabulary.domains, field: "wishedDomains", what: "zorgdomein")
        let groups = c.known(input.targetGroups, in: vocabulary.targetGroups, field: "targetGroups", what: "doelgroep")
        let experience = c.text(input.experience, field: "experience", label: "Ervaring", max: Limits.goal)

        guard c.errors.isEmpty, let situation, let hours, let municipality, let travel else { return .failure(ValidationFailure(c.errors)) }
        return .success(CandidateProfile(situation: situation, skills: skills, hoursPerWeek: hours, startDate: start,
                                         municipalityCode: municipality, maxTravelKm: travel, wishedRoles: roles, wishedDomains: domains,
                                         targetGroups: groups, needsIncome: input.needsIncome ?? false,
                                         needsLanguageSupport: input.needsLanguageSupport ?? false, experience: experience))
    }
}
