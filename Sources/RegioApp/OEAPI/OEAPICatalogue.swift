import Fluent
import Foundation
import RegioCore
import Vapor

/// What the Open Education API serves of one region, read once per request: its
/// organisations, skills, roles, modules and routes (never deleted ones), with the
/// lookups the mapping needs. A region's offer is hundreds of records, so lists are
/// filtered and paged in memory, the same way on SQLite and PostgreSQL.
struct OEAPICatalogue: Sendable {
    let organisations: [Organisation]
    let skills: [SkillRecord]
    let roles: [RoleRecord]
    let modules: [ModuleRecord]
    let routes: [LearningRouteRecord]
    /// Labels of the taxonomy's categories.
    let categoryLabels: [String: String]
    /// Where this platform's own pages are, for `link`s (scheme and host of the request).
    let baseURL: String
    /// `?region=…` when the request is about another region than the default, for `link`s.
    let regionQuery: String
    /// Today in the Netherlands: offerings before it are over.
    let today: CalendarDay

    let organisationByID: [UUID: Organisation]
    let skillByKey: [String: SkillRecord]
    let moduleByID: [UUID: ModuleRecord]
    let moduleFields: [UUID: ModuleFields]

    init(organisations: [Organisation], skills: [SkillRecord], roles: [RoleRecord], modules: [ModuleRecord], routes: [LearningRouteRecord],
         categoryLabels: [String: String], baseURL: String, regionQuery: String = "", today: CalendarDay) {
        self.organisations = organisations; self.skills = skills; self.roles = roles; self.modules = modules; self.routes = routes
        self.categoryLabels = categoryLabels; self.baseURL = baseURL; self.regionQuery = regionQuery; self.today = today
        organisationByID = Self.index(organisations)
        skillByKey = Dictionary(skills.map { ($0.key, $0) }, uniquingKeysWith: { a, _ in a })
        moduleByID = Self.index(modules)
        moduleFields = moduleByID.mapValues(\.fields)
    }

    static func load(_ req: Request) async throws -> OEAPICatalogue {
        let snapshot = try await req.snapshot()
        let region = snapshot.regionID
        return OEAPICatalogue(
            organisations: try await Organisation.query(on: req.db).filter(\.$region.$id == region).all(),
            skills: try await SkillRecord.query(on: req.db).filter(\.$region.$id == region).sort(\.$position).all(),
            roles: try await RoleRecord.query(on: req.db).filter(\.$region.$id == region).all(),
            modules: try await ModuleRecord.query(on: req.db).filter(\.$region.$id == region).all(),
            routes: try await LearningRouteRecord.query(on: req.db).filter(\.$region.$id == region).all(),
            categoryLabels: Dictionary(snapshot.terms[.skillCategory, default: []].map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a }),
            baseURL: MapController.baseURL(req),
            regionQuery: req.regionParameter.isEmpty ? "" : "?" + QueryString.encode(req.regionParameter),
            today: CalendarDay(date: Date()))
    }

    /// The absolute address of one of this platform's pages.
    func link(_ path: String) -> String { baseURL + path + regionQuery }

    func role(_ key: String?) -> Role? { key.flatMap { k in roles.first { $0.key == k }?.role } }

    /// The modules of a route's steps, in step order, each once.
    func modules(of route: LearningRouteRecord) -> [ModuleRecord] {
        var seen = Set<UUID>()
        return route.steps.compactMap { step in
            guard case .module(let id) = step, seen.insert(id).inserted else { return nil }
            return moduleByID[id]
        }
    }

    /// The modules an organisation provides.
    func modules(providedBy organisation: UUID) -> [ModuleRecord] { modules.filter { $0.providerID == organisation } }

    /// Routes that take `module` as a step.
    func routes(with module: UUID) -> [LearningRouteRecord] {
        routes.filter { $0.steps.contains(.module(module)) }
    }

    /// Routes an organisation takes part in: as employer of the workplace part, or as provider of one of its modules.
    func routes(of organisation: UUID) -> [LearningRouteRecord] {
        routes.filter { route in route.employerIDs.contains(organisation) || modules(of: route).contains { $0.providerID == organisation } }
    }

    /// A live organisation (a deleted provider or employer is not referred to).
    func liveOrganisation(_ id: UUID?) -> Organisation? { id.flatMap { organisationByID[$0] } }

    private static func index<M: Model>(_ models: [M]) -> [UUID: M] where M.IDValue == UUID {
        Dictionary(models.compactMap { m in m.id.map { ($0, m) } }, uniquingKeysWith: { a, _ in a })
    }
}
