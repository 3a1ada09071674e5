import Foundation
import RegioCore
import Yams

/// The shape of `Resources/seed/skills.yaml`: skill levels, categories, skills and roles
/// with the skills they require. Loaded into every region that has none yet.
struct TaxonomyFile: Decodable {
    struct Level: Decodable { var level: Int; var label: String; var description: String? }
    struct Category: Decodable { var key: String; var label: String }
    struct SkillEntry: Decodable { var key: String; var label: String; var category: String; var description: String?; var esco: String? }
    struct Requirement: Decodable { var skill: String; var level: Int }
    struct RoleEntry: Decodable {
        var key: String; var label: String; var level: String?; var domain: String?; var description: String?
        var next: [String]?; var requires: [Requirement]
    }

    var levels: [Level]
    var categories: [Category]
    var skills: [SkillEntry]
    var roles: [RoleEntry]

    static func load(path: String) throws -> TaxonomyFile {
        try YAMLDecoder().decode(TaxonomyFile.self, from: try String(contentsOfFile: path, encoding: .utf8))
    }

    /// The file as a checked taxonomy; a level outside 1…4 is one more reported problem.
    func taxonomy() throws -> SkillTaxonomy {
        var badLevels: [FieldError] = []
        let roles = roles.enumerated().map { i, r in
            Role(key: r.key, label: r.label, educationLevel: r.level ?? "", domain: r.domain ?? "", description: r.description ?? "", next: r.next ?? [],
                 requires: r.requires.compactMap { q in
                     guard let level = SkillLevel(rawValue: q.level) else {
                         badLevels.append(FieldError("roles[\(i)]", "‘\(r.label)’ vraagt ‘\(q.skill)’ op niveau \(q.level); kies 1 tot en met 4."))
                         return nil
                     }
                     return SkillRequirement(skill: q.skill, level: level)
                 })
        }
        do {
            let taxonomy = try SkillTaxonomy(categories: categories.map { ($0.key, $0.label) },
                                             skills: skills.map { Skill(key: $0.key, label: $0.label, category: $0.category, description: $0.description ?? "", escoURI: $0.esco) },
                                             roles: roles)
            if !badLevels.isEmpty { throw ValidationFailure(badLevels) }
            return taxonomy
        } catch let failure as ValidationFailure {
            throw ValidationFailure(failure.errors + (failure.errors == badLevels ? [] : badLevels))
        }
    }
}
