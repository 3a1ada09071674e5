import Fluent
import Foundation
import RegioCore
import Vapor

/// An initiative as the API shows it.
struct InitiativeDTO: Codable, Sendable {
    struct ParticipantDTO: Codable, Sendable { var organisationId: UUID; var organisationName: String?; var role: ParticipationRole }
    var id: UUID
    var name: String
    var kind: InitiativeKind?
    var goal: String?
    var description: String?
    var strategicThemes: [String]
    var knowledgeThemes: [String]
    var targetGroups: [String]
    var wholeRegion: Bool
    var municipalityCodes: [String]
    var participants: [ParticipantDTO]
    var maturity: Maturity?
    var fundingScheme: String?
    var fundingEndDate: CalendarDay?
    var startDate: CalendarDay?
    var links: [String]
    var contactName: String?
    var contactEmail: String?
    var recordStatus: RecordStatus
    var createdAt: Date?
    var updatedAt: Date?
    var deletedAt: Date?

    init(id: UUID, fields f: InitiativeFields, snapshot: RegionSnapshot, createdAt: Date? = nil, updatedAt: Date? = nil, deletedAt: Date? = nil) {
        self.id = id; name = f.name; kind = f.kind; goal = f.goal; description = f.description
        strategicThemes = f.strategicThemes; knowledgeThemes = f.knowledgeThemes; targetGroups = f.targetGroups
        wholeRegion = f.wholeRegion; municipalityCodes = f.municipalityCodes
        participants = f.participants.map { ParticipantDTO(organisationId: $0.organisationID, organisationName: snapshot.organisation($0.organisationID)?.name, role: $0.role) }
        maturity = f.maturity; fundingScheme = f.fundingScheme; fundingEndDate = f.fundingEndDate; startDate = f.startDate
        links = f.links; contactName = f.contactName; contactEmail = f.contactEmail; recordStatus = f.recordStatus
        self.createdAt = createdAt; self.updatedAt = updatedAt; self.deletedAt = deletedAt
    }
}

struct LandscapePageDTO: Codable, Sendable {
    var items: [InitiativeDTO]
    var total: Int
    var page: Int
    var perPage: Int
    var pageCount: Int
    /// Facet → value → count of matches (see the overview page).
    var facets: [String: [String: Int]]
}

struct ChangeDTO: Codable, Sendable {
    var action: ChangeAction
    var author: String
    var at: Date
    var changes: [FieldChange]
}

/// `/api/v1/initiatives`: the same list, filters and writes as the pages, in JSON.
struct InitiativeAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let initiatives = routes.grouped("initiatives")
        initiatives.get(use: list)
        initiatives.post(use: create)
        initiatives.on(.POST, "import", body: .collect(maxSize: ImportViews.maxUpload), use: importCSV)
        initiatives.get(":id", use: show)
        initiatives.put(":id", use: replace)
        initiatives.patch(":id", use: patch)
        initiatives.delete(":id", use: delete)
        initiatives.post(":id", "restore", use: restore)
        initiatives.get(":id", "history", use: history)
    }

    func list(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        return try await req.application.responseCache.respond(req, version: "\(snapshot.revision)-\(LandscapeController.today.iso)") {
            let query = try LandscapeController.query(req, snapshot: snapshot)
            let page = snapshot.landscape.run(query, today: LandscapeController.today)
            let dto = LandscapePageDTO(
                items: page.items.map { InitiativeDTO(id: $0.id, fields: $0.fields, snapshot: snapshot, updatedAt: $0.updatedAt) },
                total: page.total, page: page.page, perPage: page.perPage, pageCount: page.pageCount,
                facets: Dictionary(uniqueKeysWithValues: page.facets.map { ($0.key.rawValue, $0.value.counts) }))
            return try JSONResponse.make(dto)
        }
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Dit initiatief")
        return try await dto(req, id: id).withETag(for: req)
    }

    private func dto(_ req: Request, id: UUID, status: HTTPResponseStatus = .ok) async throws -> Response {
        await req.regionChanged()
        let r = try await InitiativeStore(req: req).find(id)
        return try JSONResponse.make(InitiativeDTO(id: r.id, fields: r.fields, snapshot: try await req.snapshot(), createdAt: r.createdAt,
                                                   updatedAt: r.updatedAt, deletedAt: r.deletedAt), status: status)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = try req.decodeJSON(InitiativeInput.self)
        let id = try await InitiativeStore(req: req).create(input, user: user)
        let response = try await dto(req, id: id, status: .created)
        response.headers.replaceOrAdd(name: .location, value: "/api/v1/initiatives/\(id.uuidString)")
        return response
    }

    func replace(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Dit initiatief")
        _ = try await InitiativeStore(req: req).find(id)
        try await InitiativeStore(req: req).update(id, with: try req.decodeJSON(InitiativeInput.self), user: user)
        return try await dto(req, id: id)
    }

    func patch(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Dit initiatief")
        let current = try await InitiativeStore(req: req).find(id)
        let merged = InitiativeInput(current.fields).merging(try req.decodeJSON(InitiativeInput.self))
        try await InitiativeStore(req: req).update(id, with: merged, user: user)
        return try await dto(req, id: id)
    }

    func delete(req: Request) async throws -> HTTPStatus {
        let user = try req.requireSignedIn()
        try await InitiativeStore(req: req).delete(try req.uuidParameter(what: "Dit initiatief"), user: user)
        return .noContent
    }

    func restore(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Dit initiatief")
        try await InitiativeStore(req: req).restore(id, user: user)
        return try await dto(req, id: id)
    }

    /// `POST /api/v1/initiatives/import` with a `text/csv` body in the export's format.
    func importCSV(req: Request) async throws -> ImportSummary {
        let user = try req.requireSignedIn()
        return try await InitiativeStore(req: req).importRows(try CSVUpload.rows(try req.uploadedCSV(), columns: InitiativeCSV.header), user: user)
    }

    func history(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Dit initiatief")
        _ = try await InitiativeStore(req: req).find(id, withDeleted: true)
        return try JSONResponse.make(try await HistoryQuery.changes(.initiative, id: id, on: req.db)).withETag(for: req)
    }
}

enum HistoryQuery {
    static func changes(_ entity: HistoryEntity, id: UUID, on db: any Database) async throws -> [ChangeDTO] {
        try await RecordChange.query(on: db).filter(\.$entity == entity.rawValue).filter(\.$entityID == id)
            .sort(\.$at, .descending).all()
            .map { ChangeDTO(action: $0.action, author: $0.author, at: $0.at, changes: $0.changes) }
    }
}
