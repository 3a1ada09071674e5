import Fluent
import Foundation
import RegioCore
import Vapor

/// The offer catalogue of each region, built from its modules, routes, skills and roles
/// once per offer revision and shared by every request of this app instance.
actor OfferCatalogueCache {
    private let catalogues = RevisionedCache<OfferCatalogue>()

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
        let modules = try await ModuleRecord.query(on: db).filter(\.$region.$id == regionID).all()
        let routes = try await LearningRouteRecord.query(on: db).filter(\.$region.$id == regionID).all()
        let skillLabel = Dictionary(skills.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        let roleList = roles.map(\.role)
        let roleLabel = Dictionary(roles.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        let organisationName = Dictionary(snapshot.organisations.map { ($0.id, $0.name) }, uniquingKeysWith: { a, _ in a })
        var moduleFields: [UUID: ModuleFields] = [:]
        moduleFields.reserveCapacity(modules.count)
        var entries: [CatalogueEntry] = []
        entries.reserveCapacity(modules.count + routes.count)
        for m in modules {
            guard let id = m.id else { continue }
            let f = m.fields
            moduleFields[id] = f
            let words = f.skills.compactMap { skillLabel[$0.skill] } + [f.providerID.flatMap { organisationName[$0] }].compactMap { $0 }
            entries.append(.module(id: id, f, roles: roleList, body: words.joined(separator: " ")))
        }
        for r in routes {
            guard let id = r.id else { continue }
            let f = r.fields
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
