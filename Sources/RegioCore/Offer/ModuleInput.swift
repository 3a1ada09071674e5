import Foundation

/// A skill and level as a user sends them.
public struct SkillLevelInput: Codable, Equatable, Sendable {
    public var skill: String
    public var level: Int?
    public init(skill: String, level: Int?) { self.skill = skill; self.level = level }
}

/// A module as a user sends it (form, API or CSV row): every field optional and untyped,
/// so that one validation pass reports every problem in Dutch.
public struct ModuleInput: Codable, Equatable, Sendable {
    public var title: String?
    public var providerId: String?
    public var description: String?
    public var skills: [SkillLevelInput]?
    public var hours: String?
    public var form: String?
    public var municipalityCodes: [String]?
    /// Euros, "450" or "450,00" or "450.00".
    public var cost: String?
    public var funded: Bool?
    public var credential: String?
    public var intakeDates: [String]?
    public var languageLevel: String?
    public var licence: String?

    public init() {}

    enum CodingKeys: String, CodingKey {
        case title, providerId, description, skills, hours, form, municipalityCodes, cost, funded, credential, intakeDates, languageLevel, licence
    }

    /// Hours and cost come as numbers from the API and as text from forms and CSV: both read.
    public init(from decoder: any Decoder) throws {
        let c = try decoder.container(keyedBy: CodingKeys.self)
        title = try c.decodeIfPresent(String.self, forKey: .title)
        providerId = try c.decodeIfPresent(String.self, forKey: .providerId)
        description = try c.decodeIfPresent(String.self, forKey: .description)
        skills = try c.decodeIfPresent([SkillLevelInput].self, forKey: .skills)
        hours = try c.numberOrText(.hours)
        form = try c.decodeIfPresent(String.self, forKey: .form)
        municipalityCodes = try c.decodeIfPresent([String].self, forKey: .municipalityCodes)
        cost = try c.numberOrText(.cost)
        funded = try c.decodeIfPresent(Bool.self, forKey: .funded)
        credential = try c.decodeIfPresent(String.self, forKey: .credential)
        intakeDates = try c.decodeIfPresent([String].self, forKey: .intakeDates)
        languageLevel = try c.decodeIfPresent(String.self, forKey: .languageLevel)
        licence = try c.decodeIfPresent(String.self, forKey: .licence)
    }
}

/// What a module may refer to: the region's skills, municipalities and organisations.
public struct OfferVocabulary: Sendable {
    public var skillKeys: Set<String>
    public var municipalityCodes: Set<String>
    public var organisationIDs: Set<UUID>

    public init(skillKeys: Set<String>, municipalityCodes: Set<String>, organisationIDs: Set<UUID>) {
        self.skillKeys = skillKeys; self.municipalityCodes = municipalityCodes; self.organisationIDs = organisationIDs
    }
}

extension ModuleFields {
    /// Study load per module, in hours: a year of full-time study at most.
    public static let maxHours = 1_680
    /// CEFR levels, as Dutch language courses name them.
    public static let languageLevels = ["A1", "A2", "B1", "B2", "C1", "C2"]

    public static func validate(_ input: ModuleInput, vocabulary: OfferVocabulary) -> Result<ModuleFields, ValidationFailure> {
        var c = FieldChecker()
        var f = ModuleFields(title: c.text(input.title, field: "title", label: "Titel", required: true, max: Limits.name) ?? "")
        if let raw = input.providerId?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if let id = UUID(uuidString: raw), vocabulary.organisationIDs.contains(id) { f.providerID = id }
            else { c.fail("providerId", "Onbekende aanbieder ‘\(raw.prefix(60))’: kies een organisatie uit de regio.") }
        }
        f.description = c.text(input.description, field: "description", label: "Beschrijving", max: Limits.description)
        var seen = Set<String>()
        for (i, s) in (input.skills ?? []).enumerated() {
            let key = s.skill.trimmingCharacters(in: .whitespaces)
            guard vocabulary.skillKeys.contains(key) else { c.fail("skills[\(i)]", "Onbekende vaardigheid ‘\(key.prefix(60))’."); continue }
            guard let level = s.level.flatMap(SkillLevel.init(rawValue:)) else {
                c.fail("skills[\(i)]", "Kies een niveau van 1 tot en met 4 voor ‘\(key)’."); continue
            }
            guard seen.insert(key).inserted else { c.fail("skills[\(i)]", "‘\(key)’ staat al bij de vaardigheden."); continue }
            f.skills.append(SkillRequirement(skill: key, level: level))
        }
        if f.skills.isEmpty && c.errors.allSatisfy({ !$0.field.hasPrefix("skills") }) {
            c.fail("skills", "Kies ten minste één vaardigheid die de module leert.")
        }
        let rawHours = input.hours?.trimmingCharacters(in: .whitespaces) ?? ""
        if let hours = Int(rawHours), (1...Self.maxHours).contains(hours) { f.hours = hours }
        else { c.fail("hours", rawHours.isEmpty ? "Studiebelasting (uren) is verplicht." : "Studiebelasting moet een heel aantal uren zijn van 1 tot en met \(Self.maxHours).") }
        f.form = c.choice(input.form, as: LearningForm.self, field: "form", label: "Vorm", required: true) ?? .classroom
        let codes = (input.municipalityCodes ?? []).map { $0.trimmingCharacters(in: .whitespaces).uppercased() }
        f.municipalityCodes = c.known(codes, in: vocabulary.municipalityCodes, field: "municipalityCodes", what: "gemeentecode (verwacht een CBS-code van deze regio, zoals GM0344)")
        if let raw = input.cost?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if let cents = Self.cents(raw) { f.costCents = cents }
            else { c.fail("cost", "Kosten ‘\(raw.prefix(30))’ is geen bedrag in euro’s, zoals 450 of 450,00.") }
        }
        f.funded = input.funded ?? false
        f.credential = c.choice(input.credential, as: Credential.self, field: "credential", label: "Bewijs") ?? .none
        var dates: [CalendarDay] = []
        for raw in input.intakeDates ?? [] where !raw.trimmingCharacters(in: .whitespaces).isEmpty {
            if let day = c.day(raw, field: "intakeDates", label: "Startdatum") { dates.append(day) }
        }
        f.intakeDates = Array(Set(dates)).sorted()
        if let raw = input.languageLevel?.trimmingCharacters(in: .whitespaces).uppercased(), !raw.isEmpty {
            if Self.languageLevels.contains(raw) { f.languageLevel = raw }
            else { c.fail("languageLevel", "Taalniveau ‘\(raw.prefix(10))’ bestaat niet; kies uit \(Self.languageLevels.joined(separator: ", ")).") }
        }
        f.licence = c.choice(input.licence, as: ContentLicence.self, field: "licence", label: "Licentie") ?? .supplier
        return c.errors.isEmpty ? .success(f) : .failure(ValidationFailure(c.errors))
    }

    /// "450", "450,5", "450,50", "1.250", "1.250,00" or "450.50" → cents, read like every
    /// amount of the platform (`Amount.parse`); nil for anything else and above a million euro.
    static func cents(_ raw: String) -> Int? {
        guard case .success(let amount) = Amount.parse(raw), amount <= Amount(whole: 1_000_000) else { return nil }
        return amount.hundredths
    }
}

extension ModuleInput {
    /// A stored module as input: what an edit form starts from and what an export writes,
    /// so that `validate(ModuleInput(f))` gives `f` back.
    public init(_ f: ModuleFields) {
        self.init()
        title = f.title; providerId = f.providerID?.uuidString; description = f.description
        skills = f.skills.map { SkillLevelInput(skill: $0.skill, level: $0.level.rawValue) }
        hours = String(f.hours); form = f.form.rawValue; municipalityCodes = f.municipalityCodes
        cost = f.costCents.map(Self.dutchAmount); funded = f.funded; credential = f.credential.rawValue
        intakeDates = f.intakeDates.map(\.iso); languageLevel = f.languageLevel; licence = f.licence.rawValue
    }

    /// Cents as Dutch write an amount: "450,00".
    public static func dutchAmount(_ cents: Int) -> String {
        "\(cents / 100),\(String(format: "%02d", cents % 100))"
    }
}
