import Fluent
import Foundation
import RegioCore
import Vapor

/// The HTML pages of learning places: the list with filters (`/leerplekken`), its CSV
/// export and import, the form, the record with edit, delete, restore and history.
struct LearningPlaceController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let places = routes.grouped("leerplekken")
        ImportViews.route(routes, "leerplekken", LearningPlaceStore.self, backURL: "/leerplekken")
        places.get(use: list)
        routes.get("leerplekken.csv", use: csv)
        places.get("nieuw", use: newForm)
        places.post("nieuw", use: create)
        places.get(":id", use: show)
        places.get(":id", "bewerken", use: editForm)
        RecordRoutes.pages(places, LearningPlaceStore.self, path: "/leerplekken", listURL: "/leerplekken", restored: "De leerplek is hersteld.",
                           parse: Self.input(from:), invalid: { req, id, input, failure in try await render(req, id: id, input: input, failure: failure) })
    }

    /// The URL's filters; unknown values are a 400 with a Dutch message.
    static func query(_ req: Request) async throws -> LearningPlaceQuery {
        switch LearningPlaceQuery.parse(QueryString.decode(req.url.query), vocabulary: try await LearningPlaceStore(req: req).vocabulary()) {
        case .success(let q): return q
        case .failure(let failure):
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: failure.errors.map(\.message).joined(separator: " "), fieldErrors: failure.errors)
        }
    }

    func list(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let query = try await Self.query(req)
        let store = LearningPlaceStore(req: req)
        let places = try await store.list(query)
        let pageCount = max(1, (places.count + LearningPlaceQuery.pageSize - 1) / LearningPlaceQuery.pageSize)
        let page = min(query.page, pageCount)
        let canAdd = req.signedIn.map { LearningPlaceStore.mayAdd($0, regionID: snapshot.regionID) } ?? false
        return LearningPlaceViews.list(LearningPlaceViews.ListState(
            query: query, today: LandscapeController.today, page: page, pageCount: pageCount, all: places,
            items: Array(places.dropFirst((page - 1) * LearningPlaceQuery.pageSize).prefix(LearningPlaceQuery.pageSize)),
            roleLabels: try await store.roleLabels(), anyInRegion: try await LearningPlaceRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID).count() > 0),
            snapshot: snapshot, canAdd: canAdd, context: try await req.pageContext()).response()
    }

    func csv(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let places = try await LearningPlaceStore(req: req).list(try await Self.query(req))
        return CSVResponse.make(LearningPlaceCSV.encode(try places.map { (try $0.requireID(), $0.fields) }, snapshot: snapshot),
                                filename: "leerplekken-\(snapshot.slug).csv")
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Deze leerplek")
        let store = LearningPlaceStore(req: req)
        let record = try await store.find(id, withDeleted: req.signedIn != nil)
        let snapshot = try await req.snapshot()
        let canEdit = req.signedIn.map { LearningPlaceStore.may($0, organisation: record.organisationID, regionID: snapshot.regionID) } ?? false
        if record.deletedAt != nil && !canEdit { throw Problem.notFound("Deze leerplek") }
        return LearningPlaceViews.detail(record, snapshot: snapshot, roleLabels: try await store.roleLabels(), canEdit: canEdit,
                                         today: LandscapeController.today, context: try await req.pageContext()).response()
    }

    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let user = try req.requireSignedIn()
        let snapshot = try await req.snapshot()
        guard LearningPlaceStore.mayAdd(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Leerplekken toevoegen kan de coördinator, of een redacteur namens de eigen organisatie.")
        }
        var input = LearningPlaceInput()
        // From an organisation's page the organisation comes along; an editor's is their own.
        let asked = QueryString.decode(req.url.query)["organisation"]?.last.flatMap { UUID(uuidString: $0) }
        let organisation = asked.flatMap { LearningPlaceStore.may(user, organisation: $0, regionID: snapshot.regionID) ? $0 : nil } ?? user.organisationID
        input.organisationId = organisation?.uuidString
        input.municipalityCode = organisation.flatMap { snapshot.organisation($0)?.municipalityCode }
        return try await render(req, id: nil, input: input, failure: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "De leerplek is toegevoegd.", to: { "/leerplekken/\($0.uuidString)" },
                                         save: { try await LearningPlaceStore(req: req).create(input, user: user) },
                                         invalid: { try await render(req, id: nil, input: input, failure: $0) })
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: "Deze leerplek")
        let record = try await LearningPlaceStore(req: req).find(id)
        try LearningPlaceStore(req: req).authorise(try req.requireSignedIn(), organisation: record.organisationID, regionID: try await req.snapshot().regionID)
        return try await render(req, id: id, input: LearningPlaceInput(record.fields), failure: nil)
    }

    private func render(_ req: Request, id: UUID?, input: LearningPlaceInput, failure: ValidationFailure?) async throws -> Response {
        let snapshot = try await req.snapshot()
        let user = try req.requireSignedIn()
        let organisations = snapshot.organisations.filter { LearningPlaceStore.may(user, organisation: $0.id, regionID: snapshot.regionID) }
        let roles = try await RoleRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID).sort(\.$position).all()
        return LearningPlaceViews.form(id: id, input: input, errors: FormErrors(failure: failure), snapshot: snapshot,
                                       organisations: organisations.map { ($0.id.uuidString, $0.name) }, roles: roles.map { ($0.key, $0.label) },
                                       context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    static func input(from form: FormBody) -> LearningPlaceInput {
        var i = LearningPlaceInput()
        i.organisationId = form.string("organisationId"); i.municipalityCode = form.string("municipalityCode"); i.kind = form.string("kind")
        i.count = form.string("count"); i.startDate = form.string("startDate"); i.endDate = form.string("endDate")
        i.supervisionCapacity = form.string("supervisionCapacity"); i.roleKey = form.string("roleKey"); i.description = form.string("description")
        return i
    }
}
