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

/// The highest education a candidate finished; shown with their profile, not scored
/// (skills count, not diplomas).
public enum EducationLevel: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case none = "geen", vmbo, havoVwo = "havo-vwo", mbo1 = "mbo-1", mbo2 = "mbo-2", mbo3 = "mbo-3", mbo4 = "mbo-4", hbo, wo,
         abroad = "buitenland"

    public var dutchLabel: String {
        switch self {
        case .none: "Geen diploma"
        case .vmbo: "Vmbo"
        case .havoVwo: "Havo of vwo"
        case .mbo1: "Mbo niveau 1"
        case .mbo2: "Mbo niveau 2"
        case .mbo3: "Mbo niveau 3"
        case .mbo4: "Mbo niveau 4"
        case .hbo: "Hbo"
        case .wo: "Universiteit (wo)"
        case .abroad: "Diploma uit een ander land"
        }
    }
}

/// Experience a candidate can tick next to their own words; shown with the profile.
public enum ExperienceArea: String, Codable, CaseIterable, Sendable, DutchLabelled {
    case informalCare = "mantelzorg", volunteering = "vrijwilligerswerk", careWork = "zorg-welzijn", customers = "klantcontact",
         children = "kinderen", household = "huishouden", hospitality = "horeca"

    public var dutchLabel: String {
        switch self {
        case .informalCare: "Zorgen voor een familielid of vriend"
        case .volunteering: "Vrijwilligerswerk"
        case .careWork: "Werk in de zorg of het welzijn"
        case .customers: "Werk met klanten (winkel, kassa, telefoon)"
        case .children: "Werk met kinderen"
        case .household: "Schoonmaken of huishouden"
        case .hospitality: "Horeca of keuken"
        }
    }
}

/// A postcode area: the four digits of a Dutch postcode (PC4). Only these are kept, never
/// the letters, so an area never points at a street.
public enum PostcodeArea {
    /// "3511", "3511AB", "3511 ab" → "3511"; nil when it is not a Dutch postcode. Dutch
    /// postcodes run from 1000 to 9999: none starts with a 0.
    public static func parse(_ raw: String) -> String? {
        let compact = raw.uppercased().filter { !$0.isWhitespace }
        let chars = Array(compact)
        guard chars.count == 4 || chars.count == 6, chars.prefix(4).allSatisfy({ $0.isASCII && $0.isNumber }), chars[0] != "0" else { return nil }
        if chars.count == 6, !chars.suffix(2).allSatisfy({ $0.isASCII && $0.isLetter }) { return nil }
        return String(chars.prefix(4))
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
    /// Ticked kinds of experience; not used for scoring.
    public var experienceAreas: [ExperienceArea] = []
    public var education: EducationLevel?
    /// The four digits of the home postcode, when given (`PostcodeArea`).
    public var postcodeArea: String?

    public init(situation: CandidateSituation, skills: [SkillRequirement], hoursPerWeek: Int, startDate: CalendarDay? = nil,
                municipalityCode: String, maxTravelKm: Int, wishedRoles: [String] = [], wishedDomains: [String] = [],
                targetGroups: [String] = [], needsIncome: Bool = false, needsLanguageSupport: Bool = false, experience: String? = nil,
                experienceAreas: [ExperienceArea] = [], education: EducationLevel? = nil, postcodeArea: String? = nil) {
        self.situation = situation; self.skills = skills; self.hoursPerWeek = hoursPerWeek; self.startDate = startDate
        self.municipalityCode = municipalityCode; self.maxTravelKm = maxTravelKm; self.wishedRoles = wishedRoles
        self.wishedDomains = wishedDomains; self.targetGroups = targetGroups; self.needsIncome = needsIncome
        self.needsLanguageSupport = needsLanguageSupport; self.experience = experience
        self.experienceAreas = experienceAreas; self.education = education; self.postcodeArea = postcodeArea
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
    public var experienceAreas: [String]?
    public var education: String?
    /// "3511" or "3511 AB"; only the digits are kept.
    public var postcodeArea: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case situation, skills, hoursPerWeek, startDate, municipalityCode, maxTravelKm, wishedRoles, wishedDomains,
             targetGroups, needsIncome, needsLanguageSupport, experience, experienceAreas, education, postcodeArea
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
        experienceAreas = try c.decodeIfPresent([String].self, forKey: .experienceAreas)
        education = try c.decodeIfPresent(String.self, forKey: .education)
        postcodeArea = try c.numberOrText(.postcodeArea)
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
    /// Postcode area (PC4) → municipality code, when the platform has such a table; empty:
    /// a postcode is only checked for its form and the municipality must be chosen.
    public var postcodeAreas: [String: String]

    public init(skillKeys: Set<String>, municipalityCodes: Set<String>, roleKeys: Set<String>, domains: Set<String>, targetGroups: Set<String>,
                postcodeAreas: [String: String] = [:]) {
        self.skillKeys = skillKeys; self.municipalityCodes = municipalityCodes; self.roleKeys = roleKeys
        self.domains = domains; self.targetGroups = targetGroups; self.postcodeAreas = postcodeAreas
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

        var municipality: String?, postcode: String?
        let rawPostcode = input.postcodeArea?.trimmingCharacters(in: .whitespaces) ?? ""
        if !rawPostcode.isEmpty {
            if let area = PostcodeArea.parse(rawPostcode) {
                postcode = area
                if !vocabulary.postcodeAreas.isEmpty && vocabulary.postcodeAreas[area] == nil {
                    c.fail("postcodeArea", "Postcode \(area) bestaat niet of ligt niet in Nederland. Kijk of je hem goed hebt getypt, of kies alleen je gemeente.")
                }
            } else {
                c.fail("postcodeArea", "‘\(rawPostcode.prefix(20))’ is geen bestaande postcode. Een postcode heeft 4 cijfers van 1000 tot en met 9999, soms met 2 letters erachter: 3511 of 3511 AB.")
            }
        }
        let rawMunicipality = input.municipalityCode?.trimmingCharacters(in: .whitespaces) ?? ""
        if rawMunicipality.isEmpty {
            if let area = postcode, let code = vocabulary.postcodeAreas[area], vocabulary.municipalityCodes.contains(code) { municipality = code }
            // An area the table does not know already says "kies alleen je gemeente".
            else if postcode == nil || vocabulary.postcodeAreas.isEmpty { c.fail("municipalityCode", "Woonplaats (gemeente) is verplicht.") }
        } else if vocabulary.municipalityCodes.contains(rawMunicipality) { municipality = rawMunicipality }
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
        var areas: [ExperienceArea] = []
        for raw in input.experienceAreas ?? [] where !raw.isEmpty {
            if let a = ExperienceArea(rawValue: raw) { if !areas.contains(a) { areas.append(a) } }
            else { c.fail("experienceAreas", "Onbekende soort ervaring ‘\(raw.prefix(60))’.") }
        }
        let education = c.choice(input.education, as: EducationLevel.self, field: "education", label: "Opleiding", required: false)

        guard c.errors.isEmpty, let situation, let hours, let municipality, let travel else { return .failure(ValidationFailure(c.errors)) }
        return .success(CandidateProfile(situation: situation, skills: skills, hoursPerWeek: hours, startDate: start,
                                         municipalityCode: municipality, maxTravelKm: travel, wishedRoles: roles, wishedDomains: domains,
                                         targetGroups: groups, needsIncome: input.needsIncome ?? false,
                                         needsLanguageSupport: input.needsLanguageSupport ?? false, experience: experience,
                                         experienceAreas: areas, education: education, postcodeArea: postcode))
    }
}
