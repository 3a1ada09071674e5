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
        places.post(use: create)
        places.on(.POST, "import", body: .collect(maxSize: ImportViews.maxUpload), use: importCSV)
        places.get(":id", use: show)
        places.put(":id", use: replace)
        places.patch(":id", use: patch)
        places.delete(":id", use: delete)
        places.post(":id", "restore", use: restore)
        places.get(":id", "history", use: history)
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

    func show(req: Request) async throws -> Response {
        try await dto(req, id: try req.uuidParameter(what: "Deze leerplek")).withETag(for: req)
    }

    private func dto(_ req: Request, id: UUID, status: HTTPResponseStatus = .ok) async throws -> Response {
        try JSONResponse.make(try LearningPlaceDTO(try await LearningPlaceStore(req: req).find(id), snapshot: try await req.snapshot()), status: status)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try await LearningPlaceStore(req: req).create(try req.decodeJSON(LearningPlaceInput.self), user: user)
        let response = try await dto(req, id: id, status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/learning-places/\(id.uuidString)")
        return response
    }

    func replace(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Deze leerplek")
        _ = try await LearningPlaceStore(req: req).find(id)
        try await LearningPlaceStore(req: req).update(id, with: try req.decodeJSON(LearningPlaceInput.self), user: user)
        return try await dto(req, id: id)
    }

    func patch(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Deze leerplek")
        let current = try await LearningPlaceStore(req: req).find(id)
        let merged = LearningPlaceInput(current.fields).merging(try req.decodeJSON(LearningPlaceInput.self))
        try await LearningPlaceStore(req: req).update(id, with: merged, user: user)
        return try await dto(req, id: id)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.requireSignedIn()
        try await LearningPlaceStore(req: req).delete(try req.uuidParameter(what: "Deze leerplek"), user: user)
        return .noContent
    }

    func restore(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Deze leerplek")
        try await LearningPlaceStore(req: req).restore(id, user: user)
        return try await dto(req, id: id)
    }

    /// `POST /api/v1/learning-places/import` with a `text/csv` body in the export's format.
    func importCSV(req: Request) async throws -> ImportSummary {
        let user = try req.requireSignedIn()
        return try await LearningPlaceStore(req: req).importRows(try CSVUpload.rows(try req.uploadedCSV(), columns: LearningPlaceCSV.header,
                                                                                    required: LearningPlaceCSV.required), user: user)
    }

    func history(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Deze leerplek")
        _ = try await LearningPlaceStore(req: req).find(id, withDeleted: true)
        return try JSONResponse.make(try await HistoryQuery.changes(.learningPlace, id: id, on: req.db)).withETag(for: req)
    }
}
