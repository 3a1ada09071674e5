import Fluent
import Foundation
import RegioCore
import Vapor

/// `/agenda`: the action agenda in its views, CSV export and import, one action with its
/// progress, the form, edit (with optimistic locking), progress updates, delete, restore, history.
struct ActionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let agenda = routes.grouped("agenda")
        ImportViews.route(routes, "agenda", ActionStore.self, backURL: "/agenda")
        agenda.get(use: list)
        routes.get("agenda.csv", use: csv)
        agenda.get("nieuw", use: newForm)
        agenda.post("nieuw", use: create)
        agenda.get(":id", use: show)
        agenda.get(":id", "bewerken", use: editForm)
        agenda.post(":id", "bewerken", use: update)
        agenda.post(":id", "voortgang", use: postUpdate)
        RecordRoutes.lifecycle(agenda, ActionStore.self, path: "/agenda", listURL: "/agenda", restored: "De actie is hersteld.")
    }

    /// `?weergave=` and `?status=`; unknown values are a Dutch 400.
    static func query(_ req: Request) throws -> (view: ActionViews.View, status: ActionStatus?) {
        let q = QueryString.decode(req.url.query)
        var view = ActionViews.View.theme, status: ActionStatus?
        if let raw = q["weergave"]?.last, !raw.isEmpty {
            guard let v = ActionViews.View(rawValue: raw) else {
                throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Weergave ‘\(raw.prefix(30))’ bestaat niet; kies thema, eigenaar, tijdlijn of te-laat.")
            }
            view = v
        }
        if let raw = q["status"]?.last, !raw.isEmpty {
            guard let s = ActionStatus(rawValue: raw) else {
                throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Status ‘\(raw.prefix(30))’ bestaat niet; kies gepland, lopend, afgerond of gestopt.")
            }
            status = s
        }
        return (view, status)
    }

    func filtered(_ req: Request, status: ActionStatus?) async throws -> [ActionRecord] {
        try await ActionStore(req: req).list().filter { status == nil || $0.status == status }
    }

    func list(req: Request) async throws -> Response {
        let (view, status) = try Self.query(req)
        let regionID = try await req.snapshot().regionID
        let agenda = ActionAgenda(try await filtered(req, status: status).map(\.agendaAction))
        return ActionViews.list(.init(view: view, status: status, agenda: agenda, today: LandscapeController.today), names: try await CollaborationNames.load(req),
                                canAdd: CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID), context: try await req.pageContext()).response()
    }

    func csv(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let actions = ActionAgenda(try await filtered(req, status: try Self.query(req).status).map(\.agendaAction)).actions
        return CSVResponse.make(ActionStore.csv.encode(actions.map { ($0.id, Versioned(version: nil, fields: ActionInput($0.fields))) }),
                                filename: "actieagenda-\(snapshot.slug).csv")
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: ActionStore.what)
        return try await renderDetail(req, id: id, updateForm: nil)
    }

    private func renderDetail(_ req: Request, id: UUID, updateForm: ActionViews.UpdateFormState?, status: HTTPResponseStatus = .ok) async throws -> Response {
        let store = ActionStore(req: req)
        let model = try await store.find(id, withDeleted: req.signedIn != nil)
        let regionID = try await req.snapshot().regionID
        return ActionViews.detail(model, updates: try await store.updates(id), names: try await CollaborationNames.load(req),
                                  canEdit: try await store.mayEdit(req.signedIn, model), canDelete: CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID),
                                  today: LandscapeController.today, updateForm: updateForm, context: try await req.pageContext()).response(status: status)
    }

    /// From a coalition (`?coalitie=`) or a session's idea (`?sessie=…&idee=2`) the form starts filled in.
    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        try await ActionStore(req: req).authoriseCoordinator(try req.requireSignedIn())
        var input = ActionInput()
        input.phase = AgendaQuarter(containing: LandscapeController.today).iso
        let query = QueryString.decode(req.url.query)
        if let raw = query["coalitie"]?.last, let coalitionID = UUID(uuidString: raw) {
            let coalition = try await CoalitionStore(req: req).find(coalitionID).coalition
            input.coalitionIds = [coalitionID.uuidString]
            input.theme = coalition.theme
            input.ownerIds = coalition.members.filter { $0.role == .lead }.map(\.organisationID.uuidString)
            input.scope = ActionScope.decentral.rawValue
        }
        if let raw = query["sessie"]?.last, let sessionID = UUID(uuidString: raw) {
            let f = try await DevelopmentSessionStore(req: req).find(sessionID).fields
            input.sessionId = sessionID.uuidString
            if let n = query["idee"]?.last.flatMap(Int.init), f.ideas.indices.contains(n) { input.title = String(f.ideas[n].prefix(Limits.name)); input.description = f.ideas[n] }
            input.theme = f.themes.first
        }
        return try await render(req, .init(id: nil, version: nil, input: input, errors: FormErrors(failure: nil), mayPublish: true))
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "De actie is toegevoegd.", to: { "/agenda/\($0.uuidString)" },
                                         save: { try await ActionStore(req: req).create(input, user: user) },
                                         invalid: { try await render(req, .init(id: nil, version: nil, input: input.fields, errors: FormErrors(failure: $0), mayPublish: true)) })
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: ActionStore.what)
        let store = ActionStore(req: req), user = try req.requireSignedIn()
        let model = try await store.find(id)
        try await store.authoriseEdit(user, model)
        return try await render(req, .init(id: id, version: model.version, input: ActionInput(model.fields), errors: FormErrors(failure: nil),
                                           mayPublish: CollaborationAccess.isCoordinator(user, regionID: try await req.snapshot().regionID)))
    }

    func update(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: ActionStore.what)
        let input = Self.input(from: try FormBody(req))
        let mayPublish = CollaborationAccess.isCoordinator(user, regionID: try await req.snapshot().regionID)
        do {
            return try await FormFlow.submit(req, message: "Je wijzigingen zijn opgeslagen.", to: { "/agenda/\($0.uuidString)" },
                                             save: { try await ActionStore(req: req).update(id, with: input, user: user); return id },
                                             invalid: { try await render(req, .init(id: id, version: input.version, input: input.fields, errors: FormErrors(failure: $0), mayPublish: mayPublish)) })
        } catch where CollaborationConflict.isConflict(error) {
            // The user's input again, beside what is stored now; saving again builds on the stored version.
            let current = try await ActionStore(req: req).find(id)
            let names = try await CollaborationNames.load(req)
            let yours = (try? ActionFields.validate(input.fields, vocabulary: names.actionVocabulary).get()) ?? current.fields
            let notice = try await CollaborationConflict.notice(.action, id: id, stored: ActionSnapshot.make(current.fields, names: names),
                                                                yours: ActionSnapshot.make(yours, names: names), order: ActionSnapshot.fieldOrder, on: req.db)
            return try await render(req, .init(id: id, version: current.version, input: input.fields, errors: FormErrors(failure: nil), conflict: notice, mayPublish: mayPublish),
                                    status: .conflict)
        }
    }

    func postUpdate(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: ActionStore.what)
        let form = try FormBody(req)
        let input = ActionUpdateInput(date: form.string("date"), text: form.string("text"), status: form.string("status"), version: form.string("version"))
        do {
            try await ActionStore(req: req).postUpdate(id, input: input, user: user)
            req.setFlash(Flash(message: "De voortgang is gemeld."))
            return req.redirect(to: "/agenda/\(id.uuidString)#voortgang", redirectType: .normal)
        } catch let failure as ValidationFailure {
            return try await renderDetail(req, id: id, updateForm: .init(input: input, errors: FormErrors(failure: failure)), status: .unprocessableEntity)
        } catch where CollaborationConflict.isConflict(error) {
            let failure = ValidationFailure([FieldError("status", "De status van deze actie is intussen door iemand anders gewijzigd. Je melding is niet opgeslagen; je tekst staat er nog. Kijk of de nieuwe status klopt en meld opnieuw.")])
            var kept = input
            kept.status = nil
            return try await renderDetail(req, id: id, updateForm: .init(input: kept, errors: FormErrors(failure: failure)), status: .conflict)
        }
    }

    private func render(_ req: Request, _ state: ActionViews.FormState, status: HTTPResponseStatus? = nil) async throws -> Response {
        ActionViews.form(state, names: try await CollaborationNames.load(req), context: try await req.pageContext())
            .response(status: status ?? (state.errors.failure == nil ? .ok : .unprocessableEntity))
    }

    static func input(from form: FormBody) -> Versioned<ActionInput> {
        var i = ActionInput()
        i.title = form.string("title"); i.description = form.string("description"); i.theme = form.string("theme")
        i.ownerIds = form.strings("ownerIds"); i.scope = form.string("scope"); i.phase = form.string("phase"); i.status = form.string("status")
        i.dueDate = form.string("dueDate"); i.coalitionIds = form.strings("coalitionIds"); i.initiativeIds = form.strings("initiativeIds")
        i.published = form.string("published"); i.sessionId = form.string("sessionId")
        return Versioned(version: form.string("version").flatMap { Int($0) }, fields: i)
    }
}
