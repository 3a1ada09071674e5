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
        RecordRoutes.api(organisations, OrganisationStore.self, path: "/api/v1/organisations") { req, id in try await dto(req, id: id) }
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

    private func dto(_ req: Request, id: UUID) async throws -> Response {
        try JSONResponse.make(try OrganisationDTO(try await OrganisationStore(req: req).find(id)))
    }
}
