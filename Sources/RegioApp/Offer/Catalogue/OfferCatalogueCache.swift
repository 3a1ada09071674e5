import Fluent
import SQLKit
import Foundation
import RegioCore
import Vapor

/// The offer catalogue of each region, built from its modules, routes, skills and roles
/// once per offer revision and shared by every request of this app instance.
actor OfferCatalogueCache {
    private let catalogues = RevisionedCache<OfferCatalogue>()
    /// The skills taxonomy, which changes with the offer.
    nonisolated let taxonomies = RevisionedCache<SkillsController.Taxonomy>()

    func catalogue(for snapshot: RegionSnapshot, on db: any Database) async throws -> OfferCatalogue {
        try await catalogues.value(for: snapshot.regionID, revision: snapshot.offerRevision) { _ in
            try await Self.load(snapshot, on: db)
        }
    }

    /// Reads the region's offer and turns it into catalogue entries; a module's skill
    /// names and provider, and a route's role and organisations, become searchable text.
    static func load(_ snapshot: RegionSnapshot, on db: any Database) async throws -> OfferCatalogue {
        let regionID = snapshot.regionID
        let skills = try await SkillRecord.query(on: db).filter(\.$region.$id == regionID).all()
        let roles = try await RoleRecord.query(on: db).filter(\.$region.$id == regionID).sort(\.$position).all()
        let (modules, routes) = try await OfferRows.load(regionID: regionID, on: db)
        let skillLabel = Dictionary(skills.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        let roleList = roles.map(\.role)
        let roleLabel = Dictionary(roles.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        let organisationName = Dictionary(snapshot.organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var moduleFields: [UUID: ModuleFields] = [:]
        moduleFields.reserveCapacity(modules.count)
        var entries: [CatalogueEntry] = []
        entries.reserveCapacity(modules.count + routes.count)
        for m in modules {
            let id = m.id, f = m.fields
            moduleFields[id] = f
            let words = f.skills.compactMap { skillLabel[$0.skill] } + [f.providerID.flatMap { organisationName[$0] }].compactMap { $0 }
            entries.append(.module(id: id, f, roles: roleList, body: words.joined(separator: " ")))
        }
        for r in routes {
            let id = r.id, f = r.fields
            let places = f.employerIDs.compactMap { snapshot.organisation($0)?.municipalityCode }
            var entry = CatalogueEntry.route(id: id, f, modules: moduleFields, employerPlaces: places)
            let words = [f.roleKey.flatMap { roleLabel[$0] }].compactMap { $0 } + entry.skills.compactMap { skillLabel[$0] }
                + entry.organisationIDs.compactMap { organisationName[$0] }
            entry.body += " " + words.joined(separator: " ")
            entries.append(entry)
        }
        return OfferCatalogue(entries: entries)
    }
}

extension Application {
    private struct OfferCatalogueKey: StorageKey { typealias Value = OfferCatalogueCache }

    var offerCatalogues: OfferCatalogueCache {
        if let cache = storage[OfferCatalogueKey.self] { return cache }
        let cache = OfferCatalogueCache()
        storage[OfferCatalogueKey.self] = cache
        return cache
    }
}

extension Request {
    /// The catalogue of the request's region, as of its current offer revision.
    func offerCatalogue() async throws -> OfferCatalogue {
        try await application.offerCatalogues.catalogue(for: try await snapshot(), on: db)
    }
}

/// The offer of a region read as plain rows (SQLKit), not as Fluent models: at a hundred
/// thousand modules, model decoding (reflection per record) costs most of the time.
enum OfferRows {
    struct Module: Decodable {
        var id: UUID, title: String, providerID: UUID?, description: String?, skills: [SkillRequirement], hours: Int, form: String
        var municipalityCodes: [String], costCents: Int?, funded: Bool, credential: String, intakeDates: [String], languageLevel: String?, licence: String

        enum CodingKeys: String, CodingKey {
            case id, title, description, skills, hours, form, funded, credential, licence
            case providerID = "provider_id", municipalityCodes = "municipality_codes", costCents = "cost_cents", intakeDates = "intake_dates"
            case languageLevel = "language_level"
        }

        var fields: ModuleFields {
            var f = ModuleFields(title: title)
            f.providerID = providerID; f.description = description; f.skills = skills; f.hours = hours; f.form = LearningForm(rawValue: form) ?? .classroom
            f.municipalityCodes = municipalityCodes; f.costCents = costCents; f.funded = funded; f.credential = Credential(rawValue: credential) ?? .none
            f.intakeDates = intakeDates.compactMap(CalendarDay.init(iso:)); f.languageLevel = languageLevel; f.licence = ContentLicence(rawValue: licence) ?? .supplier
            return f
        }
    }

    struct Route: Decodable {
        var id: UUID, title: String, roleKey: String?, steps: [RouteStep], targetGroups: [String], hoursPerWeek: Int?, durationWeeks: Int?
        var employerIDs: [UUID], intakeRequirements: String?

        enum CodingKeys: String, CodingKey {
            case id, title, steps
            case roleKey = "role_key", targetGroups = "target_groups", hoursPerWeek = "hours_per_week", durationWeeks = "duration_weeks"
            case employerIDs = "employer_ids", intakeRequirements = "intake_requirements"
        }

        var fields: LearningRouteFields {
            var f = LearningRouteFields(title: title)
            f.roleKey = roleKey; f.steps = steps; f.targetGroups = targetGroups; f.hoursPerWeek = hoursPerWeek; f.durationWeeks = durationWeeks
            f.employerIDs = employerIDs; f.intakeRequirements = intakeRequirements
            return f
        }
    }

    static func load(regionID: UUID, on db: any Database) async throws -> ([Module], [Route]) {
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "Geen SQL-database") }
        let modules = try await sql.select().column("*").from(ModuleRecord.schema)
            .where("region_id", .equal, regionID).where("deleted_at", .is, SQLLiteral.null).all(decoding: Module.self)
        let routes = try await sql.select().column("*").from(LearningRouteRecord.schema)
            .where("region_id", .equal, regionID).where("deleted_at", .is, SQLLiteral.null).all(decoding: Route.self)
        return (modules, routes)
    }
}
