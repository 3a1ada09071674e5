import Foundation

/// One step of a route as a user sends it: a module id, or a workplace part.
public struct RouteStepInput: Codable, Equatable, Sendable {
    public var moduleId: String?
    public var workplace: String?
    public var hours: Int?
    public var skills: [SkillLevelInput]?

    public init(moduleId: String? = nil, workplace: String? = nil, hours: Int? = nil, skills: [SkillLevelInput]? = nil) {
        self.moduleId = moduleId; self.workplace = workplace; self.hours = hours; self.skills = skills
    }
}

/// A learning route as a user sends it.
public struct LearningRouteInput: Codable, Equatable, Sendable {
    public var title: String?
    public var roleKey: String?
    public var steps: [RouteStepInput]?
    public var targetGroups: [String]?
    public var hoursPerWeek: Int?
    public var durationWeeks: Int?
    public var employerIds: [String]?
    public var intakeRequirements: String?

    public init() {}
}

/// What a route may refer to, next to what a module may.
public struct RouteVocabulary: Sendable {
    public var offer: OfferVocabulary
    public var roleKeys: Set<String>
    public var moduleIDs: Set<UUID>
    public var targetGroups: Set<String>

    public init(offer: OfferVocabulary, roleKeys: Set<String>, moduleIDs: Set<UUID>, targetGroups: Set<String>) {
        self.offer = offer; self.roleKeys = roleKeys; self.moduleIDs = moduleIDs; self.targetGroups = targetGroups
    }
}

extension LearningRouteFields {
    public static let maxSteps = 60

    public static func validate(_ input: LearningRouteInput, vocabulary: RouteVocabulary) -> Result<LearningRouteFields, ValidationFailure> {
        var c = FieldChecker()
        var f = LearningRouteFields(title: c.text(input.title, field: "title", label: "Titel", required: true, max: Limits.name) ?? "")
        if let key = input.roleKey?.trimmingCharacters(in: .whitespaces), !key.isEmpty {
            if vocabulary.roleKeys.contains(key) { f.roleKey = key } else { c.fail("roleKey", "Onbekend beroep ‘\(key.prefix(60))’.") }
        }
        let steps = input.steps ?? []
        if steps.count > Self.maxSteps { c.fail("steps", "Te veel stappen: maximaal \(Self.maxSteps).") }
        for (i, step) in steps.prefix(Self.maxSteps).enumerated() {
            let field = "steps[\(i)]"
            if let raw = step.moduleId?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
                guard let id = UUID(uuidString: raw), vocabulary.moduleIDs.contains(id) else { c.fail(field, "Onbekende module ‘\(raw.prefix(60))’."); continue }
                f.steps.append(.module(id))
            } else if let what = c.text(step.workplace, field: field, label: "Werkplekdeel", max: Limits.shortText) {
                guard let hours = step.hours, (1...ModuleFields.maxHours).contains(hours) else {
                    c.fail(field, "Geef het werkplekdeel ‘\(what.prefix(40))’ een aantal uren van 1 tot en met \(ModuleFields.maxHours)."); continue
                }
                var skills: [SkillTaught] = []
                for s in step.skills ?? [] {
                    guard vocabulary.offer.skillKeys.contains(s.skill), let level = s.level.flatMap(SkillLevel.init(rawValue:)) else {
                        c.fail(field, "Onbekende vaardigheid of niveau bij het werkplekdeel: ‘\(s.skill.prefix(60))’."); continue
                    }
                    skills.append(SkillRequirement(skill: s.skill, level: level))
                }
                f.steps.append(.workplace(description: what, hours: hours, skills: skills))
            } else {
                c.fail(field, "Een stap is een module of een werkplekdeel.")
            }
        }
        f.targetGroups = c.known(input.targetGroups, in: vocabulary.targetGroups, field: "targetGroups", what: "doelgroep")
        if let h = input.hoursPerWeek { if (1...60).contains(h) { f.hoursPerWeek = h } else { c.fail("hoursPerWeek", "Uren per week moet tussen 1 en 60 liggen.") } }
        if let w = input.durationWeeks { if (1...520).contains(w) { f.durationWeeks = w } else { c.fail("durationWeeks", "De duur moet tussen 1 en 520 weken liggen.") } }
        for raw in input.employerIds ?? [] {
            guard let id = UUID(uuidString: raw.trimmingCharacters(in: .whitespaces)), vocabulary.offer.organisationIDs.contains(id) else {
                c.fail("employerIds", "Onbekende werkgever ‘\(raw.prefix(60))’."); continue
            }
            if !f.employerIDs.contains(id) { f.employerIDs.append(id) }
        }
        f.intakeRequirements = c.text(input.intakeRequirements, field: "intakeRequirements", label: "Toelatingseisen", max: Limits.goal)
        return c.errors.isEmpty ? .success(f) : .failure(ValidationFailure(c.errors))
    }
}

extension LearningRouteInput {
    /// A stored route as input: what the builder starts from when a route is edited and
    /// what an export writes, so that `validate(LearningRouteInput(f))` gives `f` back.
    public init(_ f: LearningRouteFields) {
        self.init()
        title = f.title; roleKey = f.roleKey
        steps = f.steps.map { step in
            switch step {
            case .module(let id): RouteStepInput(moduleId: id.uuidString)
            case .workplace(let what, let hours, let skills):
                RouteStepInput(workplace: what, hours: hours, skills: skills.map { SkillLevelInput(skill: $0.skill, level: $0.level.rawValue) })
            }
        }
        targetGroups = f.targetGroups; hoursPerWeek = f.hoursPerWeek; durationWeeks = f.durationWeeks
        employerIds = f.employerIDs.map(\.uuidString); intakeRequirements = f.intakeRequirements
    }
}
