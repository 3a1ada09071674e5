import Fluent
import Foundation
import RegioCore
import Vapor

/// `/api/v1/learning-routes`: routes with what they add up to against their role.
struct LearningRouteAPIController: RouteCollection {
    struct StepDTO: Content { var moduleId: UUID?; var title: String; var hours: Int; var workplace: Bool }
    struct MissingDTO: Content { var skill: String; var required: Int; var taught: Int? }
    struct CoverageDTO: Content {
        var percent: Int; var required: Int; var covered: [String]; var missing: [MissingDTO]
        var totalHours: Int; var totalCost: Double; var costComplete: Bool
    }
    struct RouteDTO: Content {
        var id: UUID; var title: String; var roleKey: String?; var steps: [StepDTO]; var targetGroups: [String]
        var hoursPerWeek: Int?; var durationWeeks: Int?; var employerIds: [UUID]; var intakeRequirements: String?
        var coverage: CoverageDTO
    }

    struct PageDTO: Content { var items: [RouteDTO]; var total: Int; var page: Int; var pageCount: Int }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("learning-routes", use: list)
        routes.post("learning-routes", use: create)
        routes.get("learning-routes", ":id", use: show)
        routes.put("learning-routes", ":id", use: replace)
        RecordRoutes.apiLifecycle(routes.grouped("learning-routes"), LearningRouteStore.self) { req, id in
            try JSONResponse.make(try await Self.dto(try await LearningRouteStore(req: req).find(id), req: req))
        }
    }

    static func dto(_ route: LearningRouteRecord, req: Request) async throws -> RouteDTO {
        try dto(route, added: try await LearningRouteStore(req: req).coverage(of: route))
    }

    static func dto(_ route: LearningRouteRecord, added: LearningRouteStore.Added) throws -> RouteDTO {
        let modules = added.modules, c = added.coverage
        let f = route.fields
        return RouteDTO(
            id: try route.requireID(), title: f.title, roleKey: f.roleKey,
            steps: f.steps.map { step in
                switch step {
                case .module(let id): StepDTO(moduleId: id, title: modules[id]?.title ?? "", hours: modules[id]?.hours ?? 0, workplace: false)
                case .workplace(let what, let hours, _): StepDTO(moduleId: nil, title: what, hours: hours, workplace: true)
                }
            },
            targetGroups: f.targetGroups, hoursPerWeek: f.hoursPerWeek, durationWeeks: f.durationWeeks, employerIds: f.employerIDs,
            intakeRequirements: f.intakeRequirements,
            coverage: CoverageDTO(percent: c.percent, required: c.required, covered: c.covered,
                                  missing: c.missing.map { MissingDTO(skill: $0.skill, required: $0.required.rawValue, taught: $0.taught?.rawValue) },
                                  totalHours: c.totalHours, totalCost: Double(c.totalCostCents) / 100, costComplete: c.costComplete))
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try await LearningRouteStore(req: req).create(try req.decodeJSON(LearningRouteInput.self), user: user)
        let response = try JSONResponse.make(try await Self.dto(try await LearningRouteStore(req: req).find(id), req: req), status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/learning-routes/\(id.uuidString)")
        return response
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Deze leerroute")
        return try JSONResponse.make(try await Self.dto(try await LearningRouteStore(req: req).find(id), req: req)).withETag(for: req)
    }

    /// Routes by title, a page at a time, each with its coverage.
    func list(req: Request) async throws -> Response {
        let regionID = try await req.region().requireID()
        let page = try PageParameter.page(req)
        let query = LearningRouteRecord.query(on: req.db).filter(\.$region.$id == regionID)
        let total = try await query.count()
        let routes = try await query.sort(\.$title).sort(\.$id).range((page - 1) * Limits.pageSizeDefault..<page * Limits.pageSizeDefault).all()
        let added = try await LearningRouteStore(req: req).coverage(of: routes)
        return try JSONResponse.make(PageDTO(items: try zip(routes, added).map { try Self.dto($0, added: $1) }, total: total, page: page,
                                             pageCount: PageParameter.pageCount(total))).withETag(for: req)
    }

    /// `PUT`: the whole route, as for `POST`; fields left out are emptied.
    func replace(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Deze leerroute")
        try await LearningRouteStore(req: req).update(id, with: try req.decodeJSON(LearningRouteInput.self), user: user)
        return try JSONResponse.make(try await Self.dto(try await LearningRouteStore(req: req).find(id), req: req))
    }
}
