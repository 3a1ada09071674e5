import Fluent
import Foundation
import RegioCore
import Vapor

/// `/ontwikkelsessies`: list, CSV export and import, record, form, edit, delete, restore, history.
struct DevelopmentSessionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let sessions = routes.grouped("ontwikkelsessies")
        ImportViews.route(routes, "ontwikkelsessies", DevelopmentSessionStore.self, backURL: "/ontwikkelsessies")
        sessions.get(use: list)
        routes.get("ontwikkelsessies.csv", use: csv)
        sessions.get("nieuw", use: newForm)
        sessions.post("nieuw", use: create)
        sessions.get(":id", use: show)
        sessions.get(":id", "bewerken", use: editForm)
        RecordRoutes.pages(sessions, DevelopmentSessionStore.self, path: "/ontwikkelsessies", listURL: "/ontwikkelsessies", restored: "De sessie is hersteld.",
                           parse: Self.input(from:), invalid: { req, id, input, failure in try await render(req, id: id, input: input, failure: failure) })
    }

    func list(req: Request) async throws -> Response {
        let sessions = try await DevelopmentSessionStore(req: req).list()
        let regionID = try await req.snapshot().regionID
        return DevelopmentSessionViews.list(sessions, page: try CollaborationPaging.page(req), names: try await CollaborationNames.load(req),
                                            canAdd: CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID), context: try await req.pageContext()).response()
    }

    func csv(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let sessions = try await DevelopmentSessionStore(req: req).list()
        return CSVResponse.make(DevelopmentSessionStore.csv.encode(try sessions.map { (try $0.requireID(), DevelopmentSessionInput($0.fields)) }),
                                filename: "ontwikkelsessies-\(snapshot.slug).csv")
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: DevelopmentSessionStore.what)
        let model = try await DevelopmentSessionStore(req: req).find(id, withDeleted: req.signedIn != nil)
        let regionID = try await req.snapshot().regionID
        let canEdit = CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID)
        let coalitions = try await CoalitionStore(req: req).list().filter { $0.sessionID == id }
        let actions = try await ActionStore(req: req).list().filter { $0.sessionID == id }
        return DevelopmentSessionViews.detail(model, followUps: .init(coalitions: coalitions, actions: actions), names: try await CollaborationNames.load(req),
                                              canEdit: canEdit, context: try await req.pageContext()).response()
    }

    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        try await DevelopmentSessionStore(req: req).authorise(try req.requireSignedIn())
        var input = DevelopmentSessionInput()
        input.date = LandscapeController.today.iso
        return try await render(req, id: nil, input: input, failure: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "De sessie is vastgelegd.", to: { "/ontwikkelsessies/\($0.uuidString)" },
                                         save: { try await DevelopmentSessionStore(req: req).create(input, user: user) },
                                         invalid: { try await render(req, id: nil, input: input, failure: $0) })
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: DevelopmentSessionStore.what)
        try await DevelopmentSessionStore(req: req).authorise(try req.requireSignedIn())
        return try await render(req, id: id, input: try await DevelopmentSessionStore(req: req).input(of: id), failure: nil)
    }

    private func render(_ req: Request, id: UUID?, input: DevelopmentSessionInput, failure: ValidationFailure?) async throws -> Response {
        DevelopmentSessionViews.form(id: id, input: input, errors: FormErrors(failure: failure), names: try await CollaborationNames.load(req),
                                     context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    static func input(from form: FormBody) -> DevelopmentSessionInput {
        var i = DevelopmentSessionInput()
        i.date = form.string("date"); i.title = form.string("title"); i.question = form.string("question")
        i.themes = form.strings("themes"); i.organisationIds = form.strings("organisationIds")
        i.participantCount = form.string("participantCount"); i.ideas = form.strings("ideas"); i.barriers = form.strings("barriers")
        i.notes = form.string("notes"); i.published = form.string("published")
        return i
    }
}

/// `?page=` of the collaboration lists: a whole number from 1; anything else is a Dutch 400.
enum CollaborationPaging {
    static func page(_ req: Request) throws -> Int {
        guard let raw = QueryString.decode(req.url.query)["page"]?.last else { return 1 }
        guard let n = Int(raw), (1...100_000).contains(n) else {
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "‘page’ moet een geheel getal van 1 tot en met 100000 zijn.")
        }
        return n
    }

    static let pageSize = 25

    /// One page of a list: the items on it, the page (within range) and how many pages there are.
    static func paged<T>(_ all: [T], page: Int) -> (items: [T], page: Int, pageCount: Int) {
        let pageCount = max(1, (all.count + pageSize - 1) / pageSize), page = min(max(page, 1), pageCount)
        return (Array(all.dropFirst((page - 1) * pageSize).prefix(pageSize)), page, pageCount)
    }
}
