import Fluent
import Foundation
import RegioCore
import Vapor

/// Module pages: `/modules/nieuw`, `/modules/:id` with edit, delete, restore and history.
struct ModuleController: RouteCollection {
    /// Skill rows in the form: a module teaches a handful of skills, rarely more.
    static let skillRows = 8
    /// Rows read back from a form: an edited module may show more than `skillRows`.
    static let maxSkillRows = 60

    func boot(routes: any RoutesBuilder) throws {
        routes.get("modules", "nieuw", use: newForm)
        routes.post("modules", "nieuw", use: create)
        let modules = routes.grouped("modules", ":id")
        modules.get(use: show)
        modules.get("bewerken", use: editForm)
        modules.post("bewerken", use: update)
        RecordRoutes.lifecycle(routes.grouped("modules"), ModuleStore.self, path: "/modules", listURL: "/aanbod", restored: "De module is hersteld.")
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Deze module")
        let model = try await ModuleStore(req: req).find(id, withDeleted: req.signedIn != nil)
        let snapshot = try await req.snapshot()
        let canEdit = req.signedIn.map { ModuleStore.canEdit($0, providerID: model.providerID, regionID: snapshot.regionID) } ?? false
        if model.deletedAt != nil && !canEdit { throw Problem.notFound("Deze module") }
        return ModuleViews.page(model, snapshot: snapshot, taxonomy: try await SkillsController.taxonomy(req, snapshot: snapshot), canEdit: canEdit,
                                contentItems: try await CollectiveStore(req: req).items(usedIn: id), context: try await req.pageContext()).response()
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: "Deze module")
        let store = ModuleStore(req: req)
        let model = try await store.find(id)
        try store.authorise(try req.requireSignedIn(), model, regionID: try await req.snapshot().regionID)
        return try await render(req, id: id, input: ModuleInput(model.fields), failure: nil)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: "Deze module")
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "Je wijzigingen zijn opgeslagen.", to: { "/modules/\($0.uuidString)" },
                                         save: { try await ModuleStore(req: req).update(id, with: input, user: user); return id },
                                         invalid: { try await render(req, id: id, input: input, failure: $0) })
    }

    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let user = try req.requireSignedIn()
        let snapshot = try await req.snapshot()
        guard Permissions.isRegionWide(user, regionID: snapshot.regionID) || (user.regionID == snapshot.regionID && user.organisationID != nil) else {
            throw Problem.forbidden("Modules toevoegen kan de coördinator, of een redacteur namens de eigen organisatie.")
        }
        var input = ModuleInput()
        input.providerId = user.organisationID?.uuidString
        return try await render(req, id: nil, input: input, failure: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "De module ‘\(input.title ?? "")’ is toegevoegd.", to: { "/modules/\($0.uuidString)" },
                                         save: { try await ModuleStore(req: req).create(input, user: user) },
                                         invalid: { try await render(req, id: nil, input: input, failure: $0) })
    }

    private func render(_ req: Request, id: UUID?, input: ModuleInput, failure: ValidationFailure?) async throws -> Response {
        let snapshot = try await req.snapshot()
        return ModuleViews.form(id: id, input: input, errors: FormErrors(failure: failure), snapshot: snapshot,
                                taxonomy: try await SkillsController.taxonomy(req, snapshot: snapshot), context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    /// The form's fields as input; empty skill rows are left out, start dates may be
    /// separated by commas, spaces or new lines.
    static func input(from form: FormBody) -> ModuleInput {
        var i = ModuleInput()
        i.title = form.string("title") ?? ""
        i.providerId = form.string("providerId"); i.description = form.string("description")
        i.skills = (0..<maxSkillRows).compactMap { n in
            guard let skill = form.string("skill-\(n)"), !skill.isEmpty else { return nil }
            return SkillLevelInput(skill: skill, level: form.string("level-\(n)").flatMap(Int.init))
        }
        i.hours = form.string("hours"); i.form = form.string("form"); i.municipalityCodes = form.strings("municipalityCodes")
        i.cost = form.string("cost"); i.funded = form.bool("funded"); i.credential = form.string("credential")
        i.intakeDates = (form.string("intakeDates") ?? "").split(whereSeparator: { $0 == "," || $0 == " " || $0.isNewline }).map(String.init)
        i.languageLevel = form.string("languageLevel"); i.licence = form.string("licence")
        return i
    }
}
