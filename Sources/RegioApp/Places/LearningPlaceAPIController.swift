import Fluent
import Foundation
import RegioCore
import Vapor

/// `/api/v1/learning-places`: the same list, filters and writes as the pages, in JSON.
struct LearningPlaceAPIController: RouteCollection {
    struct LearningPlaceDTO: Content {
        var id: UUID; var organisationId: UUID; var organisationName: String?; var municipalityCode: String; var municipalityName: String
        var kind: LearningPlaceKind; var kindLabel: String; var count: Int; var startDate: CalendarDay; var endDate: CalendarDay
        var supervisionCapacity: Int; var supervisedAtOnce: Int; var roleKey: String?; var description: String?
        /// Points to know that do not make the record invalid (fewer supervisors than places).
        var notes: [String]
        var createdAt: Date?; var updatedAt: Date?; var deletedAt: Date?

        init(_ m: LearningPlaceRecord, snapshot: RegionSnapshot) throws {
            let f = m.fields
            id = try m.requireID(); organisationId = f.organisationID; organisationName = snapshot.organisation(f.organisationID)?.name
            municipalityCode = f.municipalityCode; municipalityName = snapshot.municipalityName(f.municipalityCode)
            kind = f.kind; kindLabel = f.kind.dutchLabel; count = f.count; startDate = f.startDate; endDate = f.endDate
            supervisionCapacity = f.supervisionCapacity; supervisedAtOnce = f.supervisedAtOnce; roleKey = f.roleKey; description = f.description
            notes = f.notes; createdAt = m.createdAt; updatedAt = m.updatedAt; deletedAt = m.deletedAt
        }
    }
    struct TotalsDTO: Content { var records: Int; var places: Int; var supervisedAtOnce: Int }
    struct PageDTO: Content {
        var items: [LearningPlaceDTO]; var total: Int; var page: Int; var perPage: Int; var pageCount: Int
        /// The places of every page added up, and per municipality code and per kind.
        var totals: TotalsDTO; var byMunicipality: [String: TotalsDTO]; var byKind: [String: TotalsDTO]
    }

    func boot(routes: any RoutesBuilder) throws {
        let places = routes.grouped("learning-places")
        places.get(use: list)
        RecordRoutes.api(places, LearningPlaceStore.self, path: "/api/v1/learning-places") { req, id in try await dto(req, id: id) }
    }

    func list(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let query = try await LearningPlaceController.query(req)
        let places = try await LearningPlaceStore(req: req).list(query)
        let (from, to) = query.period(today: LandscapeController.today)
        let tally = LearningPlaceTally(places.map(\.fields), from: from, to: to)
        func totals(_ c: LearningPlaceTally.Count) -> TotalsDTO { TotalsDTO(records: c.records, places: c.places, supervisedAtOnce: c.supervisedAtOnce) }
        let size = LearningPlaceQuery.pageSize
        let dto = PageDTO(items: try places.dropFirst((query.page - 1) * size).prefix(size).map { try LearningPlaceDTO($0, snapshot: snapshot) },
                          total: places.count, page: query.page, perPage: size, pageCount: max(1, (places.count + size - 1) / size),
                          totals: totals(tally.total), byMunicipality: tally.byMunicipality.mapValues(totals),
                          byKind: Dictionary(uniqueKeysWithValues: tally.byKind.map { ($0.key.rawValue, totals($0.value)) }))
        return try JSONResponse.make(dto).withETag(for: req)
    }

    private func dto(_ req: Request, id: UUID) async throws -> Response {
        try JSONResponse.make(try LearningPlaceDTO(try await LearningPlaceStore(req: req).find(id), snapshot: try await req.snapshot()))
    }
}
