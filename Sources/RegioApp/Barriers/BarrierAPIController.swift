import Fluent
import Foundation
import RegioCore
import Vapor

/// `/api/v1/barriers`, `/factsheets` and `/funding-schemes`: the pages' visibility and
/// permissions in JSON. The public gets published barriers without the organisations
/// and coalitions (as on the pages).
struct BarrierAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let barriers = routes.grouped("barriers")
        barriers.get { req async throws -> Response in
            let sees = try await Self.seesOrganisations(req)
            return try await Self.page(req, try await BarrierStore(req: req).list().map { Self.dto($0, seesOrganisations: sees) })
        }
        RecordRoutes.api(barriers, BarrierStore.self, path: "/api/v1/barriers") { req, id in
            try JSONResponse.make(Self.dto(try await BarrierStore(req: req).find(id, withDeleted: true), seesOrganisations: try await Self.seesOrganisations(req)))
        }

        let sheets = routes.grouped("factsheets")
        sheets.get { req async throws -> Response in try await Self.page(req, try await FactsheetStore(req: req).list().map(Self.dto)) }
        RecordRoutes.api(sheets, FactsheetStore.self, path: "/api/v1/factsheets") { req, id in
            try JSONResponse.make(Self.dto(try await FactsheetStore(req: req).find(id, withDeleted: true)))
        }

        let schemes = routes.grouped("funding-schemes")
        schemes.get { req async throws -> Response in try await Self.page(req, try await FundingSchemeStore(req: req).list().map(Self.dto)) }
        RecordRoutes.api(schemes, FundingSchemeStore.self, path: "/api/v1/funding-schemes") { req, id in
            try JSONResponse.make(Self.dto(try await FundingSchemeStore(req: req).find(id, withDeleted: true)))
        }
    }

    /// A list answer with its ETag.
    static func page<Item: Encodable>(_ req: Request, _ items: [Item]) async throws -> Response {
        try JSONResponse.make(CollaborationPage(items: items, total: items.count)).withETag(for: req)
    }

    static func seesOrganisations(_ req: Request) async throws -> Bool {
        BarrierAccess.seesOrganisations(req.signedIn, regionID: try await req.snapshot().regionID)
    }

    static func dto(_ m: BarrierRecord, seesOrganisations: Bool) -> CollaborationDTO<BarrierInput> {
        var fields = BarrierInput(m.fields)
        if !seesOrganisations { fields.organisationIds = nil; fields.coalitionIds = nil }
        return CollaborationDTO(id: m.id ?? UUID(), version: nil, createdAt: m.createdAt, updatedAt: m.updatedAt, deletedAt: m.deletedAt, fields: fields)
    }

    static func dto(_ m: FactsheetRecord) -> CollaborationDTO<FactsheetInput> {
        CollaborationDTO(id: m.id ?? UUID(), version: nil, createdAt: m.createdAt, updatedAt: m.updatedAt, deletedAt: m.deletedAt, fields: FactsheetInput(m.fields))
    }

    static func dto(_ m: FundingSchemeRecord) -> CollaborationDTO<FundingSchemeInput> {
        CollaborationDTO(id: m.id ?? UUID(), version: nil, createdAt: m.createdAt, updatedAt: m.updatedAt, deletedAt: m.deletedAt, fields: FundingSchemeInput(m.fields),
                         extra: ["nextDeadline": AnyEncodable(m.fields.nextDeadline(onOrAfter: LandscapeController.today)?.iso)])
    }
}
