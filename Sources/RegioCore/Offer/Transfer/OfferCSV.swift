import Foundation

/// The CSV form of modules: keys and codes, not labels, so that a file exported here
/// imports again unchanged. Lists are separated by "|"; a skill is "key:level".
public enum ModuleCSV {
    public static let header = ["id", "title", "providerId", "description", "skills", "hours", "form", "municipalityCodes", "cost",
                                "funded", "credential", "intakeDates", "languageLevel", "licence"]

    public static func row(id: UUID, _ f: ModuleFields) -> [String] {
        let i = ModuleInput(f)
        return [id.uuidString, f.title, i.providerId ?? "", f.description ?? "", f.skills.map { "\($0.skill):\($0.level.rawValue)" }.joined(separator: "|"),
                String(f.hours), f.form.rawValue, f.municipalityCodes.joined(separator: "|"), i.cost ?? "", f.funded ? "ja" : "nee",
                f.credential.rawValue, f.intakeDates.map(\.iso).joined(separator: "|"), f.languageLevel ?? "", f.licence.rawValue]
    }

    /// One row (column name → value) as input, with the id it names, if any.
    public static func input(_ row: [String: String]) -> (id: String?, input: ModuleInput) {
        var i = ModuleInput()
        i.title = row["title"]; i.providerId = row["providerId"]; i.description = row["description"]
        i.skills = OfferCSVFields.skills(row["skills"])
        i.hours = row["hours"]; i.form = row["form"]; i.municipalityCodes = OfferCSVFields.list(row["municipalityCodes"]); i.cost = row["cost"]
        i.funded = OfferCSVFields.yes(row["funded"]); i.credential = row["credential"]; i.intakeDates = OfferCSVFields.list(row["intakeDates"])
        i.languageLevel = row["languageLevel"]; i.licence = row["licence"]
        return (OfferCSVFields.nonEmpty(row["id"]), i)
    }
}

/// The CSV form of learning routes. The steps are one JSON list, exactly as the API
/// takes them (`[{"moduleId": …}, {"workplace": …, "hours": …, "skills": […]}]`): a step
/// has free text, and JSON keeps it intact.
public enum LearningRouteCSV {
    public static let header = ["id", "title", "roleKey", "steps", "targetGroups", "hoursPerWeek", "durationWeeks", "employerIds", "intakeRequirements"]

    public static func row(id: UUID, _ f: LearningRouteFields) -> [String] {
        let i = LearningRouteInput(f)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        let steps = (try? encoder.encode(i.steps ?? [])).map { String(decoding: $0, as: UTF8.self) } ?? "[]"
        return [id.uuidString, f.title, f.roleKey ?? "", steps, f.targetGroups.joined(separator: "|"), f.hoursPerWeek.map(String.init) ?? "",
                f.durationWeeks.map(String.init) ?? "", f.employerIDs.map(\.uuidString).joined(separator: "|"), f.intakeRequirements ?? ""]
    }

    /// One row as input; a steps field that is no JSON list is a mistake of that row.
    public static func input(_ row: [String: String]) -> (id: String?, input: LearningRouteInput, stepsError: FieldError?) {
        var i = LearningRouteInput(), stepsError: FieldError?
        i.title = row["title"]; i.roleKey = OfferCSVFields.nonEmpty(row["roleKey"])
        if let raw = OfferCSVFields.nonEmpty(row["steps"]) {
            if let steps = try? JSONDecoder().decode([RouteStepInput].self, from: Data(raw.utf8)) { i.steps = steps }
            else { stepsError = FieldError("steps", "De stappen zijn geen geldige lijst; gebruik het formaat van de export, zoals [{\"moduleId\":\"…\"}].") }
        }
        i.targetGroups = OfferCSVFields.list(row["targetGroups"])
        i.hoursPerWeek = OfferCSVFields.nonEmpty(row["hoursPerWeek"]).map { Int($0) ?? -1 }
        i.durationWeeks = OfferCSVFields.nonEmpty(row["durationWeeks"]).map { Int($0) ?? -1 }
        i.employerIds = OfferCSVFields.list(row["employerIds"]); i.intakeRequirements = OfferCSVFields.nonEmpty(row["intakeRequirements"])
        return (OfferCSVFields.nonEmpty(row["id"]), i, stepsError)
    }
}

/// The CSV form of skills, keyed by their key.
public enum SkillCSV {
    public static let header = ["key", "label", "category", "description", "escoUri"]

    public static func row(_ s: Skill) -> [String] { [s.key, s.label, s.category, s.description, s.escoURI ?? ""] }

    public static func input(_ row: [String: String]) -> SkillInput {
        SkillInput(key: row["key"], label: row["label"], category: row["category"], description: row["description"], escoUri: OfferCSVFields.nonEmpty(row["escoUri"]))
    }
}

/// How list and yes/no fields are written in the offer's CSV files.
enum OfferCSVFields {
    static func nonEmpty(_ value: String?) -> String? {
        guard let v = value?.trimmingCharacters(in: .whitespaces), !v.isEmpty else { return nil }
        return v
    }

    static func list(_ value: String?) -> [String] {
        (value ?? "").split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }

    static func yes(_ value: String?) -> Bool { ["ja", "true", "1", "yes"].contains((value ?? "").trimmingCharacters(in: .whitespaces).lowercased()) }

    /// "key:level|key:level"; a level that is no number is kept as missing, so validation names it.
    static func skills(_ value: String?) -> [SkillLevelInput] {
        list(value).map { part in
            let pieces = part.split(separator: ":", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
            return SkillLevelInput(skill: pieces[0], level: pieces.count > 1 ? Int(pieces[1]) : nil)
        }
    }
}

/// A skill as a user sends it (CSV row or JSON).
public struct SkillInput: Codable, Equatable, Sendable {
    public var key: String?
    public var label: String?
    public var category: String?
    public var description: String?
    public var escoUri: String?

    public init(key: String? = nil, label: String? = nil, category: String? = nil, description: String? = nil, escoUri: String? = nil) {
        self.key = key; self.label = label; self.category = category; self.description = description; self.escoUri = escoUri
    }

    public init(_ s: Skill) { self.init(key: s.key, label: s.label, category: s.category, description: s.description, escoUri: s.escoURI) }
}

extension Skill {
    /// Checks a skill: a key of lower-case letters, digits and hyphens, a name, a known
    /// category, and an ESCO address when one is given.
    public static func validate(_ input: SkillInput, categories: Set<String>) -> Result<Skill, ValidationFailure> {
        var c = FieldChecker()
        let key = c.text(input.key, field: "key", label: "Sleutel", required: true, max: 80) ?? ""
        if !key.isEmpty, !key.allSatisfy({ ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }) {
            c.fail("key", "De sleutel ‘\(key.prefix(40))’ mag alleen kleine letters, cijfers en streepjes bevatten, zoals handhygiene.")
        }
        let label = c.text(input.label, field: "label", label: "Naam", required: true, max: Limits.name) ?? ""
        let category = input.category?.trimmingCharacters(in: .whitespaces) ?? ""
        if category.isEmpty { c.fail("category", "Categorie is verplicht.") }
        else if !categories.contains(category) { c.fail("category", "Onbekende categorie ‘\(category.prefix(40))’.") }
        let description = c.text(input.description, field: "description", label: "Beschrijving", max: Limits.description) ?? ""
        var esco: String?
        if let raw = input.escoUri?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
            if raw.hasPrefix("http://data.europa.eu/esco/") && URL(string: raw) != nil { esco = raw }
            else { c.fail("escoUri", "Een ESCO-adres begint met http://data.europa.eu/esco/.") }
        }
        return c.errors.isEmpty ? .success(Skill(key: key, label: label, category: category, description: description, escoURI: esco)) : .failure(ValidationFailure(c.errors))
    }
}
