import Foundation
import RegioCore
import Vapor

/// Learning route pages: `/leerroutes/:id` with what the route covers of its role.
struct LearningRouteController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("leerroutes", ":id", use: show)
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Deze leerroute")
        let store = LearningRouteStore(req: req)
        let route = try await store.find(id)
        let (modules, role, coverage) = try await store.coverage(of: route)
        let snapshot = try await req.snapshot()
        return LearningRouteViews.page(route, modules: modules, role: role, coverage: coverage,
                                       taxonomy: try await SkillsController.taxonomy(req, snapshot: snapshot),
                                       snapshot: snapshot, context: try await req.pageContext()).response()
    }
}
