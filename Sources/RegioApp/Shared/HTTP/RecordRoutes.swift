import Foundation
import RegioCore
import Vapor

/// What the routes that every editable record shares need from its store.
protocol DeletableRecordStore: Sendable {
    init(req: Request)
    /// The subject of a Dutch 404: "Dit initiatief", "Deze leerplek".
    static var what: String { get }
    static var entity: HistoryEntity { get }
    /// The record's name for people and whether it is deleted; a 404 when it never existed.
    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool)
    /// Deletes softly (`deleted` true) or restores; nothing when the record already is so.
    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws
}

/// A store of records that are also created, changed and imported through the shared routes.
protocol RecordStore: DeletableRecordStore {
    associatedtype Input: Codable & Sendable & MergeableInput
    /// The columns of the record's CSV, and those an import cannot do without.
    static var csvColumns: [String] { get }
    static var csvRequired: [String] { get }
    /// The (not deleted) record as input, for a partial update to be laid over.
    func input(of id: UUID) async throws -> Input
    func create(_ input: Input, user: SignedInUser) async throws -> UUID
    func update(_ id: UUID, with input: Input, user: SignedInUser) async throws
    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary
}

extension RecordStore {
    static var csvRequired: [String] { ["name"] }
}

extension DeletableRecordStore {
    func delete(_ id: UUID, user: SignedInUser) async throws { try await setDeleted(id, deleted: true, user: user) }
    func restore(_ id: UUID, user: SignedInUser) async throws { try await setDeleted(id, deleted: false, user: user) }
}

/// Input of which a partial update (JSON merge-patch style) can be laid over the current record.
protocol MergeableInput {
    func merging(_ patch: Self) -> Self
}

extension InitiativeInput: MergeableInput {}
extension OrganisationInput: MergeableInput {}
extension LearningPlaceInput: MergeableInput {}

/// The routes of a record beyond list, show and create, the same for every kind of record.
enum RecordRoutes {
    /// `POST` (create), `GET`, `PUT`, `PATCH` and `DELETE :id`, `POST :id/restore`,
    /// `GET :id/history` and `POST import` (CSV) of the JSON API at `path`
    /// ("/api/v1/learning-places"); `dto` answers with the record.
    static func api<S: RecordStore>(_ routes: any RoutesBuilder, _ store: S.Type, path: String, dto: @escaping @Sendable (Request, UUID) async throws -> Response) {
        routes.post { req async throws -> Response in
            let user = try req.requireSignedIn()
            let id = try await S(req: req).create(try req.decodeJSON(S.Input.self), user: user)
            let response = try await dto(req, id)
            response.status = .created
            response.headers.replaceOrAdd(name: .location, value: "\(path)/\(id.uuidString)")
            return response
        }
        routes.get(":id") { req async throws -> Response in
            try await dto(req, try req.uuidParameter(what: S.what)).withETag(for: req)
        }
        routes.on(.POST, "import", body: .collect(maxSize: ImportViews.maxUpload)) { req async throws -> ImportSummary in
            try await importUpload(req, S.self, user: try req.requireSignedIn())
        }
        routes.put(":id") { req async throws -> Response in
            let user = try req.requireSignedIn()
            let id = try req.uuidParameter(what: S.what)
            guard try await !S(req: req).summary(id).deleted else { throw Problem.notFound(S.what) }
            try await S(req: req).update(id, with: try req.decodeJSON(S.Input.self), user: user)
            return try await dto(req, id)
        }
        routes.patch(":id") { req async throws -> Response in
            let user = try req.requireSignedIn()
            let id = try req.uuidParameter(what: S.what)
            let merged = try await S(req: req).input(of: id).merging(try req.decodeJSON(S.Input.self))
            try await S(req: req).update(id, with: merged, user: user)
            return try await dto(req, id)
        }
        apiLifecycle(routes, S.self, dto: dto)
    }

    /// `DELETE :id`, `POST :id/restore` (answered with `dto`) and `GET :id/history`.
    static func apiLifecycle<S: DeletableRecordStore>(_ routes: any RoutesBuilder, _ store: S.Type, dto: @escaping @Sendable (Request, UUID) async throws -> Response) {
        routes.delete(":id") { req async throws -> HTTPStatus in
            let user = try req.requireSignedIn()
            try await S(req: req).delete(try req.uuidParameter(what: S.what), user: user)
            return .noContent
        }
        routes.post(":id", "restore") { req async throws -> Response in
            let user = try req.requireSignedIn()
            let id = try req.uuidParameter(what: S.what)
            try await S(req: req).restore(id, user: user)
            return try await dto(req, id)
        }
        routes.get(":id", "history") { req async throws -> Response in
            let id = try req.uuidParameter(what: S.what)
            _ = try await S(req: req).summary(id)
            return try JSONResponse.make(try await HistoryQuery.changes(S.entity, id: id, on: req.db)).withETag(for: req)
        }
    }

    /// The uploaded CSV (API body or form file) imported all or nothing.
    static func importUpload<S: RecordStore>(_ req: Request, _ store: S.Type, user: SignedInUser) async throws -> ImportSummary {
        try await S(req: req).importRows(try CSVUpload.rows(try req.uploadedCSV(), columns: S.csvColumns, required: S.csvRequired), user: user)
    }

    /// `POST :id/bewerken` (the edit form's fields read by `parse`; `invalid` shows the form
    /// again with the messages), `POST :id/verwijderen` (back to `listURL` with an undo
    /// button), `POST :id/herstellen` and `GET :id/geschiedenis` of the HTML pages under
    /// `path` ("/leerplekken").
    static func pages<S: RecordStore>(_ routes: any RoutesBuilder, _ store: S.Type, path: String, listURL: String, restored: String,
                                      parse: @escaping @Sendable (FormBody) -> S.Input,
                                      invalid: @escaping @Sendable (Request, UUID, S.Input, ValidationFailure) async throws -> Response) {
        routes.post(":id", "bewerken") { req async throws -> Response in
            let user = try req.requireSignedIn()
            let id = try req.uuidParameter(what: S.what)
            let input = parse(try FormBody(req))
            return try await FormFlow.submit(req, message: "Je wijzigingen zijn opgeslagen.", to: { "\(path)/\($0.uuidString)" },
                                             save: { try await S(req: req).update(id, with: input, user: user); return id },
                                             invalid: { try await invalid(req, id, input, $0) })
        }
        lifecycle(routes, S.self, path: path, listURL: listURL, restored: restored)
    }

    /// `POST :id/verwijderen` (back to `listURL` with an undo button), `POST :id/herstellen`
    /// and `GET :id/geschiedenis` of the HTML pages under `path`.
    static func lifecycle<S: DeletableRecordStore>(_ routes: any RoutesBuilder, _ store: S.Type, path: String, listURL: String, restored: String) {
        routes.post(":id", "verwijderen") { req async throws -> Response in
            let user = try req.requireSignedIn()
            let id = try req.uuidParameter(what: S.what)
            let record = try await S(req: req).summary(id)
            guard !record.deleted else { throw Problem.notFound(S.what) }
            try await S(req: req).delete(id, user: user)
            return FormFlow.deleted(req, name: record.name, restoreAction: "\(path)/\(id.uuidString)/herstellen", listURL: listURL)
        }
        routes.post(":id", "herstellen") { req async throws -> Response in
            let user = try req.requireSignedIn()
            let id = try req.uuidParameter(what: S.what)
            try await S(req: req).restore(id, user: user)
            req.setFlash(Flash(message: restored))
            return req.redirect(to: "\(path)/\(id.uuidString)", redirectType: .normal)
        }
        routes.get(":id", "geschiedenis") { req async throws -> Response in
            let id = try req.uuidParameter(what: S.what)
            let record = try await S(req: req).summary(id)
            if record.deleted && req.signedIn == nil { throw Problem.notFound(S.what) }
            return try await FormFlow.history(req, entity: S.entity, id: id, title: record.name, backURL: "\(path)/\(id.uuidString)")
        }
    }
}
