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
        RecordRoutes.api(initiatives, InitiativeStore.self, path: "/api/v1/initiatives") { req, id in try await dto(req, id: id) }
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

    private func dto(_ req: Request, id: UUID) async throws -> Response {
        await req.regionChanged()
        let r = try await InitiativeStore(req: req).find(id)
        return try JSONResponse.make(InitiativeDTO(id: r.id, fields: r.fields, snapshot: try await req.snapshot(), createdAt: r.createdAt,
                                                   updatedAt: r.updatedAt, deletedAt: r.deletedAt))
    }
}

enum HistoryQuery {
    static func changes(_ entity: HistoryEntity, id: UUID, on db: any Database) async throws -> [ChangeDTO] {
        try await RecordChange.query(on: db).filter(\.$entity == entity.rawValue).filter(\.$entityID == id)
            .sort(\.$at, .descending).all()
            .map { ChangeDTO(action: $0.action, author: $0.author, at: $0.at, changes: $0.changes) }
    }
}
