import Foundation
import RegioCore
import Vapor

/// The intake form's fields ↔ `CandidateInput`, so that a form with mistakes comes back
/// with everything the candidate typed, and a saved profile fills the form again.
enum CandidateIntake {
    /// A self-assessed skill is sent as `skill-<key>` with the level 1–4 (empty: not ticked).
    static let skillPrefix = "skill-"
    /// The hidden field that carries the checked answers from the results page to "save".
    static let carriedField = "antwoorden"

    static func input(from form: FormBody) -> CandidateInput {
        var input = CandidateInput()
        input.situation = form.string("situation")
        input.skills = form.values.keys.filter { $0.hasPrefix(skillPrefix) }.sorted().compactMap { name in
            let level = form.string(name)?.trimmingCharacters(in: .whitespaces) ?? ""
            guard !level.isEmpty else { return nil }
            // Not a number: level nil, which validation reports as "kies een niveau".
            return SkillLevelInput(skill: String(name.dropFirst(skillPrefix.count)), level: Int(level))
        }
        input.hoursPerWeek = form.string("hoursPerWeek")
        input.startDate = form.string("startDate")
        input.municipalityCode = form.string("municipalityCode")
        input.postcodeArea = form.string("postcodeArea")
        input.maxTravelKm = form.string("maxTravelKm")
        input.wishedRoles = form.strings("wishedRoles")
        input.wishedDomains = form.strings("wishedDomains")
        input.targetGroups = form.strings("targetGroups")
        input.needsIncome = form.bool("needsIncome")
        input.needsLanguageSupport = form.bool("needsLanguageSupport")
        input.experience = form.string("experience")
        input.experienceAreas = form.strings("experienceAreas")
        input.education = form.string("education")
        return input
    }

    /// The answers behind a checked profile, to fill the form again or carry them along.
    static func input(from p: CandidateProfile) -> CandidateInput {
        var input = CandidateInput()
        input.situation = p.situation.rawValue
        input.skills = p.skills.map { SkillLevelInput(skill: $0.skill, level: $0.level.rawValue) }
        input.hoursPerWeek = String(p.hoursPerWeek)
        input.startDate = p.startDate?.iso
        input.municipalityCode = p.municipalityCode
        input.postcodeArea = p.postcodeArea
        input.maxTravelKm = String(p.maxTravelKm)
        input.wishedRoles = p.wishedRoles
        input.wishedDomains = p.wishedDomains
        input.targetGroups = p.targetGroups
        input.needsIncome = p.needsIncome
        input.needsLanguageSupport = p.needsLanguageSupport
        input.experience = p.experience
        input.experienceAreas = p.experienceAreas.map(\.rawValue)
        input.education = p.education?.rawValue
        return input
    }

    /// The answers as one hidden form value (JSON).
    static func carried(_ profile: CandidateProfile) -> String {
        String(decoding: (try? JSONEncoder().encode(input(from: profile))) ?? Data(), as: UTF8.self)
    }

    /// The answers carried back by the results page; nil when they are missing or not ours.
    static func carriedInput(_ form: FormBody) -> CandidateInput? {
        guard let text = form.string(carriedField) else { return nil }
        return try? JSONDecoder().decode(CandidateInput.self, from: Data(text.utf8))
    }
}
