import Fluent
import Foundation
import RegioCore

/// Loads the skills taxonomy (`Resources/seed/skills.yaml`) into every region that has no
/// skills yet: new regions, and regions made before the taxonomy existed.
struct TaxonomySeeder {
    var paths: AppPaths
    var logger: Logger

    func seedIfNeeded(on db: any Database) async throws {
        let regions = try await Region.query(on: db).all()
        var taxonomy: SkillTaxonomy?
        for region in regions {
            let id = try region.requireID()
            guard try await SkillRecord.query(on: db).withDeleted().filter(\.$region.$id == id).count() == 0 else { continue }
            if taxonomy == nil { taxonomy = try TaxonomyFile.load(path: paths.taxonomyFile).taxonomy() }
            guard let taxonomy else { continue }
            try await db.transaction { tx in
                let start = try await VocabularyTerm.query(on: tx).filter(\.$region.$id == id).count()
                // Categories may be there already (a region imported from an export).
                let present = Set(try await VocabularyTerm.query(on: tx).filter(\.$region.$id == id).filter(\.$kind == .skillCategory).all().map(\.key))
                for (i, c) in taxonomy.categories.enumerated() where !present.contains(c.key) {
                    try await VocabularyTerm(regionID: id, kind: .skillCategory, key: c.key, label: c.label, summary: nil, position: start + i).create(on: tx)
                }
                for (i, skill) in taxonomy.skills.enumerated() { try await SkillRecord(regionID: id, skill: skill, position: i).create(on: tx) }
                for (i, role) in taxonomy.roles.enumerated() { try await RoleRecord(regionID: id, role: role, position: i).create(on: tx) }
            }
            logger.info("\(region.name): \(taxonomy.skills.count) vaardigheden en \(taxonomy.roles.count) beroepen geladen uit \(paths.taxonomyFile)")
        }
    }
}
