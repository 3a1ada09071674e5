import Fluent
import Foundation
import RegioCore
import Vapor

/// `/api/v1/modules`: the modules of the regional offer as JSON.
struct ModuleAPIController: RouteCollection {
    struct SkillDTO: Content { var skill: String; var level: Int }
    struct ModuleDTO: Content {
        var id: UUID; var title: String; var providerId: UUID?; var providerName: String?; var description: String?
        var skills: [SkillDTO]; var hours: Int; var form: String; var municipalityCodes: [String]; var cost: Double?
        var funded: Bool; var credential: String; var intakeDates: [String]; var continuousIntake: Bool
        var languageLevel: String?; var licence: String; var updatedAt: Date?

        init(_ m: ModuleRecord, snapshot: RegionSnapshot) throws {
            let f = m.fields
            id = try m.requireID(); title = f.title; providerId = f.providerID; providerName = f.providerID.flatMap { snapshot.organisation($0)?.name }
            description = f.description; skills = f.skills.map { SkillDTO(skill: $0.skill, level: $0.level.rawValue) }; hours = f.hours
            form = f.form.rawValue; municipalityCodes = f.municipalityCodes; cost = f.costCents.map { Double($0) / 100 }; funded = f.funded
            credential = f.credential.rawValue; intakeDates = f.intakeDates.map(\.iso); continuousIntake = f.continuousIntake
            languageLevel = f.languageLevel; licence = f.licence.rawValue; updatedAt = m.updatedAt
        }
    }
    struct PageDTO: Content { var items: [ModuleDTO]; var total: Int; var page: Int; var pageCount: Int }

    func boot(routes: any RoutesBuilder) throws {
        routes.get("modules", use: list)
        routes.post("modules", use: create)
        routes.get("modules", ":id", use: show)
        routes.put("modules", ":id", use: replace)
        RecordRoutes.apiLifecycle(routes.grouped("modules"), ModuleStore.self) { req, id in
            try JSONResponse.make(try ModuleDTO(try await ModuleStore(req: req).find(id), snapshot: try await req.snapshot()))
        }
    }

    /// `PUT`: the whole module, as for `POST`; fields left out are emptied.
    func replace(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Deze module")
        try await ModuleStore(req: req).update(id, with: try req.decodeJSON(ModuleInput.self), user: user)
        return try JSONResponse.make(try ModuleDTO(try await ModuleStore(req: req).find(id), snapshot: try await req.snapshot()))
    }

    func list(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let page = try PageParameter.page(req)
        let query = ModuleRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID)
        let total = try await query.count()
        let items = try await query.sort(\.$title).sort(\.$id).range((page - 1) * Limits.pageSizeDefault..<page * Limits.pageSizeDefault).all()
        return try JSONResponse.make(PageDTO(items: try items.map { try ModuleDTO($0, snapshot: snapshot) }, total: total, page: page,
                                             pageCount: PageParameter.pageCount(total))).withETag(for: req)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try await ModuleStore(req: req).create(try req.decodeJSON(ModuleInput.self), user: user)
        let response = try JSONResponse.make(try ModuleDTO(try await ModuleStore(req: req).find(id), snapshot: try await req.snapshot()), status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/modules/\(id.uuidString)")
        return response
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Deze module")
        return try JSONResponse.make(try ModuleDTO(try await ModuleStore(req: req).find(id), snapshot: try await req.snapshot())).withETag(for: req)
    }
}
