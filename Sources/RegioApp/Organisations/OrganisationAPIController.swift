import Fluent
import Foundation
import RegioCore
import Vapor

struct OrganisationDTO: Codable, Sendable {
    var id: UUID
    var name: String
    var kind: OrganisationKind?
    var careDomains: [String]
    var municipalityCode: String?
    var website: String?
    var contactName: String?
    var contactEmail: String?
    var description: String?
    var createdAt: Date?
    var updatedAt: Date?
    var deletedAt: Date?

    init(_ o: Organisation) throws {
        let f = o.fields
        id = try o.requireID(); name = f.name; kind = f.kind; careDomains = f.careDomains; municipalityCode = f.municipalityCode
        website = f.website; contactName = f.contactName; contactEmail = f.contactEmail; description = f.description
        createdAt = o.createdAt; updatedAt = o.updatedAt; deletedAt = o.deletedAt
    }
}

struct OrganisationPageDTO: Codable, Sendable {
    var items: [OrganisationDTO]
    var total: Int
    var page: Int
    var perPage: Int
    var pageCount: Int
}

/// `/api/v1/organisations`.
struct OrganisationAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let organisations = routes.grouped("organisations")
        organisations.get(use: list)
        organisations.post(use: create)
        organisations.on(.POST, "import", body: .collect(maxSize: ImportViews.maxUpload), use: importCSV)
        organisations.get(":id", use: show)
        organisations.put(":id", use: replace)
        organisations.patch(":id", use: patch)
        organisations.delete(":id", use: delete)
        organisations.post(":id", "restore", use: restore)
        organisations.get(":id", "history", use: history)
    }

    func list(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let ids = try OrganisationController.filter(req, snapshot: snapshot).items.map(\.id)
        let params = QueryString.decode(req.url.query)
        func int(_ name: String, default d: Int, range: ClosedRange<Int>) throws -> Int {
            guard let raw = params[name]?.last else { return d }
            guard let n = Int(raw), range.contains(n) else {
                throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "‘\(name)’ moet een geheel getal van \(range.lowerBound) tot en met \(range.upperBound) zijn.")
            }
            return n
        }
        let perPage = try int("perPage", default: 50, range: 1...Limits.pageSizeMax)
        let page = try int("page", default: 1, range: 1...100_000)
        let slice = Array(ids.dropFirst((page - 1) * perPage).prefix(perPage))
        let models = slice.isEmpty ? [] : try await Organisation.query(on: req.db).filter(\.$id ~~ slice).all()
        let byID = Dictionary(uniqueKeysWithValues: models.compactMap { m in m.id.map { ($0, m) } })
        let dto = OrganisationPageDTO(items: try slice.compactMap { byID[$0] }.map(OrganisationDTO.init), total: ids.count, page: page,
                                      perPage: perPage, pageCount: max(1, (ids.count + perPage - 1) / perPage))
        return try JSONResponse.make(dto).withETag(for: req)
    }

    func show(req: Request) async throws -> Response {
        let org = try await OrganisationStore(req: req).find(try req.uuidParameter(what: "Deze organisatie"))
        return try JSONResponse.make(try OrganisationDTO(org)).withETag(for: req)
    }

    private func dto(_ req: Request, id: UUID, status: HTTPResponseStatus = .ok) async throws -> Response {
        try JSONResponse.make(try OrganisationDTO(try await OrganisationStore(req: req).find(id)), status: status)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try await OrganisationStore(req: req).create(try req.decodeJSON(OrganisationInput.self), user: user)
        let response = try await dto(req, id: id, status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/organisations/\(id.uuidString)")
        return response
    }

    func replace(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Deze organisatie")
        _ = try await OrganisationStore(req: req).find(id)
        try await OrganisationStore(req: req).update(id, with: try req.decodeJSON(OrganisationInput.self), user: user)
        return try await dto(req, id: id)
    }

    func patch(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Deze organisatie")
        let current = try await OrganisationStore(req: req).find(id)
        let merged = OrganisationInput(current.fields).merging(try req.decodeJSON(OrganisationInput.self))
        try await OrganisationStore(req: req).update(id, with: merged, user: user)
        return try await dto(req, id: id)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.requireSignedIn()
        try await OrganisationStore(req: req).delete(try req.uuidParameter(what: "Deze organisatie"), user: user)
        return .noContent
    }

    func restore(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Deze organisatie")
        try await OrganisationStore(req: req).restore(id, user: user)
        return try await dto(req, id: id)
    }

    /// `POST /api/v1/organisations/import` with a `text/csv` body in the export's format.
    func importCSV(req: Request) async throws -> ImportSummary {
        let user = try req.requireSignedIn()
        return try await OrganisationStore(req: req).importRows(try CSVUpload.rows(try req.uploadedCSV(), columns: OrganisationCSV.header), user: user)
    }

    func history(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Deze organisatie")
        _ = try await OrganisationStore(req: req).find(id, withDeleted: true)
        return try JSONResponse.make(try await HistoryQuery.changes(.organisation, id: id, on: req.db)).withETag(for: req)
    }
}
