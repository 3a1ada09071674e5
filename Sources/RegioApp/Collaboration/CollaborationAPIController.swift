import Fluent
import Foundation
import RegioCore
import Vapor

/// A collaboration record in the API: its id, version (for optimistic locking), times, and
/// its fields under the same keys the API takes in.
struct CollaborationDTO<Fields: Encodable>: Encodable {
    var id: UUID
    var version: Int?
    var createdAt: Date?
    var updatedAt: Date?
    var deletedAt: Date?
    var fields: Fields
    /// Extra keys beside the fields (a coalition's purpose case, an action's progress).
    var extra: [String: AnyEncodable] = [:]

    private struct Key: CodingKey {
        var stringValue: String
        var intValue: Int? { nil }
        init(stringValue: String) { self.stringValue = stringValue }
        init?(intValue: Int) { nil }
    }

    func encode(to encoder: any Encoder) throws {
        try fields.encode(to: encoder)
        var c = encoder.container(keyedBy: Key.self)
        try c.encode(id, forKey: Key(stringValue: "id"))
        try c.encodeIfPresent(version, forKey: Key(stringValue: "version"))
        try c.encodeIfPresent(createdAt, forKey: Key(stringValue: "createdAt"))
        try c.encodeIfPresent(updatedAt, forKey: Key(stringValue: "updatedAt"))
        try c.encodeIfPresent(deletedAt, forKey: Key(stringValue: "deletedAt"))
        for (key, value) in extra { try c.encode(value, forKey: Key(stringValue: key)) }
    }
}

/// Any encodable value, for answers that mix types (the OEAPI's endpoint table, extra keys).
struct AnyEncodable: Encodable {
    let value: any Encodable
    init(_ value: any Encodable) { self.value = value }
    func encode(to encoder: any Encoder) throws { try value.encode(to: encoder) }
}

/// A list answer of the collaboration API.
struct CollaborationPage<Item: Encodable>: Encodable {
    var items: [Item]
    var total: Int
}

/// `/api/v1/development-sessions`, `/coalitions`, `/actions` (with `/:id/updates`) and
/// `/progress-reviews`. Reads follow the pages' visibility (the public sees published
/// items only); writes follow their permissions. Changes of coalitions and actions must
/// name the `version` they build on: 428 without it, 409 when someone saved in between.
struct CollaborationAPIController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let sessions = routes.grouped("development-sessions")
        sessions.get { req async throws -> Response in
            let items = try await DevelopmentSessionStore(req: req).list()
            return try JSONResponse.make(CollaborationPage(items: items.map(Self.dto), total: items.count)).withETag(for: req)
        }
        RecordRoutes.api(sessions, DevelopmentSessionStore.self, path: "/api/v1/development-sessions") { req, id in
            try JSONResponse.make(Self.dto(try await DevelopmentSessionStore(req: req).find(id, withDeleted: true)))
        }

        let coalitions = routes.grouped("coalitions")
        coalitions.get { req async throws -> Response in
            let items = try await CoalitionStore(req: req).list()
            return try JSONResponse.make(CollaborationPage(items: items.map(Self.dto), total: items.count)).withETag(for: req)
        }
        coalitions.put(":id", "purpose-case") { req async throws -> Response in
            let user = try req.requireSignedIn()
            let id = try req.uuidParameter(what: CoalitionStore.what)
            let body = try req.decodeJSON(Versioned<PurposeCaseInput>.self)
            try await CoalitionStore(req: req).savePurposeCase(id, input: body.fields, version: try body.requireVersion("een purpose case"), user: user)
            return try JSONResponse.make(Self.dto(try await CoalitionStore(req: req).find(id)))
        }
        RecordRoutes.api(coalitions, CoalitionStore.self, path: "/api/v1/coalitions") { req, id in
            try JSONResponse.make(Self.dto(try await CoalitionStore(req: req).find(id, withDeleted: true)))
        }

        let actions = routes.grouped("actions")
        actions.get { req async throws -> Response in
            let items = try await ActionStore(req: req).list()
            return try JSONResponse.make(CollaborationPage(items: items.map(Self.dto), total: items.count)).withETag(for: req)
        }
        actions.get(":id", "updates") { req async throws -> Response in
            let id = try req.uuidParameter(what: ActionStore.what)
            _ = try await ActionStore(req: req).find(id)
            return try JSONResponse.make(try await ActionStore(req: req).updates(id).map(UpdateDTO.init)).withETag(for: req)
        }
        actions.post(":id", "updates") { req async throws -> Response in
            let user = try req.requireSignedIn()
            let id = try req.uuidParameter(what: ActionStore.what)
            try await ActionStore(req: req).postUpdate(id, input: try req.decodeJSON(ActionUpdateInput.self), user: user)
            return try JSONResponse.make(try await ActionStore(req: req).updates(id).map(UpdateDTO.init), status: .created)
        }
        RecordRoutes.api(actions, ActionStore.self, path: "/api/v1/actions") { req, id in
            try JSONResponse.make(Self.dto(try await ActionStore(req: req).find(id, withDeleted: true)))
        }

        let reviews = routes.grouped("progress-reviews")
        reviews.get { req async throws -> Response in
            let items = try await ProgressReviewStore(req: req).all()
            return try JSONResponse.make(CollaborationPage(items: items.map(Self.dto), total: items.count)).withETag(for: req)
        }
        reviews.get(":id") { req async throws -> Response in
            try JSONResponse.make(Self.dto(try await ProgressReviewStore(req: req).find(try req.uuidParameter(what: ProgressReviewStore.what)))).withETag(for: req)
        }
        reviews.post { req async throws -> Response in
            let user = try req.requireSignedIn()
            let id = try await ProgressReviewStore(req: req).create(try req.decodeJSON(ReviewInput.self), user: user)
            let response = try JSONResponse.make(Self.dto(try await ProgressReviewStore(req: req).find(id)), status: .created)
            response.headers.replaceOrAdd(name: .location, value: "/api/v1/progress-reviews/\(id.uuidString)")
            return response
        }
        reviews.put(":id") { req async throws -> Response in
            let user = try req.requireSignedIn()
            let id = try req.uuidParameter(what: ProgressReviewStore.what)
            try await ProgressReviewStore(req: req).update(id, with: try req.decodeJSON(ReviewInput.self), user: user)
            return try JSONResponse.make(Self.dto(try await ProgressReviewStore(req: req).find(id)))
        }
        RecordRoutes.apiLifecycle(reviews, ProgressReviewStore.self) { req, id in
            try JSONResponse.make(Self.dto(try await ProgressReviewStore(req: req).find(id, withDeleted: true)))
        }
    }

    struct UpdateDTO: Encodable {
        var id: UUID?, date: String, text: String, author: String, newStatus: ActionStatus?, createdAt: Date?
        /// The author's name only: e-mail addresses stay out of public answers.
        init(_ u: ActionUpdateRecord) {
            id = u.id; date = u.date; text = u.text; author = CollaborationConflict.displayName(u.author); newStatus = u.newStatus; createdAt = u.createdAt
        }
    }

    static func dto(_ m: DevelopmentSessionRecord) -> CollaborationDTO<DevelopmentSessionInput> {
        CollaborationDTO(id: m.id ?? UUID(), version: nil, createdAt: m.createdAt, updatedAt: m.updatedAt, deletedAt: m.deletedAt, fields: DevelopmentSessionInput(m.fields))
    }

    static func dto(_ m: CoalitionRecord) -> CollaborationDTO<CoalitionInput> {
        var extra: [String: AnyEncodable] = [:]
        if let p = m.purposeCase {
            extra["purposeCase"] = AnyEncodable(PurposeCaseInput(p))
            extra["purposeCaseTotals"] = AnyEncodable(p.summary.totals.map {
                ["unit": $0.unit.key, "contributed": $0.contributed.description, "benefited": $0.benefited.description,
                 "balance": $0.balance.description, "missingValues": String($0.missingValues)]
            })
        }
        return CollaborationDTO(id: m.id ?? UUID(), version: m.version, createdAt: m.createdAt, updatedAt: m.updatedAt, deletedAt: m.deletedAt,
                                fields: CoalitionInput(m.coalition), extra: extra)
    }

    static func dto(_ m: ActionRecord) -> CollaborationDTO<ActionInput> {
        CollaborationDTO(id: m.id ?? UUID(), version: m.version, createdAt: m.createdAt, updatedAt: m.updatedAt, deletedAt: m.deletedAt,
                         fields: ActionInput(m.fields), extra: ["overdue": AnyEncodable(m.fields.isOverdue(today: LandscapeController.today))])
    }

    static func dto(_ m: ProgressReviewRecord) -> CollaborationDTO<ReviewInput> {
        CollaborationDTO(id: m.id ?? UUID(), version: nil, createdAt: m.createdAt, updatedAt: m.updatedAt, deletedAt: m.deletedAt,
                         fields: ReviewInput(coalitionId: m.coalitionID?.uuidString, published: m.published ? "ja" : "nee", review: ProgressReviewInput(m.review)),
                         extra: ["average": AnyEncodable(m.review.average)])
    }
}
