import Fluent
import Foundation
import RegioCore
import Vapor

/// `/coalities`: list, CSV export and import, record, form, edit (with optimistic
/// locking), the purpose case's form, delete, restore, history.
struct CoalitionController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let coalitions = routes.grouped("coalities")
        ImportViews.route(routes, "coalities", CoalitionStore.self, backURL: "/coalities")
        coalitions.get(use: list)
        routes.get("coalities.csv", use: csv)
        coalitions.get("nieuw", use: newForm)
        coalitions.post("nieuw", use: create)
        coalitions.get(":id", use: show)
        coalitions.get(":id", "bewerken", use: editForm)
        coalitions.post(":id", "bewerken", use: update)
        coalitions.get(":id", "purpose-case", use: purposeCaseForm)
        coalitions.post(":id", "purpose-case", use: savePurposeCase)
        RecordRoutes.lifecycle(coalitions, CoalitionStore.self, path: "/coalities", listURL: "/coalities", restored: "De coalitie is hersteld.")
    }

    func list(req: Request) async throws -> Response {
        let regionID = try await req.snapshot().regionID
        return CoalitionViews.list(try await CoalitionStore(req: req).list(), page: try CollaborationPaging.page(req), names: try await CollaborationNames.load(req),
                                   canAdd: CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID), context: try await req.pageContext()).response()
    }

    func csv(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let coalitions = try await CoalitionStore(req: req).list()
        return CSVResponse.make(CoalitionStore.csv.encode(try coalitions.map { (try $0.requireID(), Versioned(version: nil, fields: CoalitionInput($0.coalition))) }),
                                filename: "coalities-\(snapshot.slug).csv")
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: CoalitionStore.what)
        let model = try await CoalitionStore(req: req).find(id, withDeleted: req.signedIn != nil)
        let regionID = try await req.snapshot().regionID
        let actions = try await ActionStore(req: req).list().filter { $0.coalitionIDs.contains(id) }
        let reviews = try await ProgressReviewStore(req: req).list(coalition: id)
        return CoalitionViews.detail(model, related: .init(actions: actions, reviews: reviews), names: try await CollaborationNames.load(req),
                                     canEdit: CollaborationAccess.mayEditCoalition(req.signedIn, regionID: regionID, model.coalition),
                                     canDelete: CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID), context: try await req.pageContext()).response()
    }

    /// From a session's idea (`?sessie=…&idee=2`) the form starts with the idea as the
    /// question, the session's theme and its organisations as members.
    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        try await CoalitionStore(req: req).authoriseCoordinator(try req.requireSignedIn())
        var input = CoalitionInput()
        let query = QueryString.decode(req.url.query)
        if let raw = query["sessie"]?.last, let sessionID = UUID(uuidString: raw) {
            let session = try await DevelopmentSessionStore(req: req).find(sessionID)
            let f = session.fields
            input.sessionId = sessionID.uuidString
            if let n = query["idee"]?.last.flatMap(Int.init), f.ideas.indices.contains(n) { input.question = f.ideas[n] } else { input.question = f.question }
            input.theme = f.themes.first
            input.members = f.organisationIDs.map { CoalitionMemberInput(organisationId: $0.uuidString, role: CoalitionRole.member.rawValue) }
        }
        return try await render(req, .init(id: nil, version: nil, input: input, errors: FormErrors(failure: nil), mayPublish: true))
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "De coalitie is toegevoegd.", to: { "/coalities/\($0.uuidString)" },
                                         save: { try await CoalitionStore(req: req).create(input, user: user) },
                                         invalid: { try await render(req, .init(id: nil, version: nil, input: input.fields, errors: FormErrors(failure: $0), mayPublish: true)) })
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: CoalitionStore.what)
        let store = CoalitionStore(req: req), user = try req.requireSignedIn()
        let model = try await store.find(id)
        try await store.authoriseEdit(user, model)
        return try await render(req, .init(id: id, version: model.version, input: CoalitionInput(model.coalition), errors: FormErrors(failure: nil),
                                           mayPublish: CollaborationAccess.isCoordinator(user, regionID: try await req.snapshot().regionID)))
    }

    func update(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: CoalitionStore.what)
        let input = Self.input(from: try FormBody(req))
        let mayPublish = CollaborationAccess.isCoordinator(user, regionID: try await req.snapshot().regionID)
        do {
            return try await FormFlow.submit(req, message: "Je wijzigingen zijn opgeslagen.", to: { "/coalities/\($0.uuidString)" },
                                             save: { try await CoalitionStore(req: req).update(id, with: input, user: user); return id },
                                             invalid: { try await render(req, .init(id: id, version: input.version, input: input.fields, errors: FormErrors(failure: $0), mayPublish: mayPublish)) })
        } catch where CollaborationConflict.isConflict(error) {
            // Show the user's input again beside what is stored now; saving again builds on the stored version.
            let current = try await CoalitionStore(req: req).find(id)
            let names = try await CollaborationNames.load(req)
            var yours = current.fields
            if let typed = try? CoalitionFields.validate(input.fields, vocabulary: names.vocabulary).get() { yours.coalition = typed }
            let notice = try await CollaborationConflict.notice(.coalition, id: id, stored: CoalitionSnapshot.make(current.fields, names: names),
                                                                yours: CoalitionSnapshot.make(yours, names: names), order: CoalitionSnapshot.fieldOrder, on: req.db)
            return try await render(req, .init(id: id, version: current.version, input: input.fields, errors: FormErrors(failure: nil), conflict: notice, mayPublish: mayPublish),
                                    status: .conflict)
        }
    }

    func purposeCaseForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: CoalitionStore.what)
        let store = CoalitionStore(req: req)
        let model = try await store.find(id)
        try await store.authoriseEdit(try req.requireSignedIn(), model)
        return try await renderPurposeCase(req, .init(id: id, name: model.name, version: model.version,
                                                      input: model.purposeCase.map(PurposeCaseInput.init) ?? PurposeCaseInput(), errors: FormErrors(failure: nil)))
    }

    func savePurposeCase(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: CoalitionStore.what)
        let form = try FormBody(req)
        let input = Self.purposeCaseInput(from: form)
        guard let version = form.string("version").flatMap({ Int($0) }) else { throw Problem.versionRequired("een purpose case") }
        let store = CoalitionStore(req: req)
        do {
            try await store.savePurposeCase(id, input: input, version: version, user: user)
            req.setFlash(Flash(message: "De purpose case is opgeslagen."))
            return req.redirect(to: "/coalities/\(id.uuidString)#purpose-case", redirectType: .normal)
        } catch let failure as ValidationFailure {
            let model = try await store.find(id)
            return try await renderPurposeCase(req, .init(id: id, name: model.name, version: version, input: input, errors: FormErrors(failure: failure)),
                                               status: .unprocessableEntity)
        } catch where CollaborationConflict.isConflict(error) {
            let current = try await store.find(id)
            let names = try await CollaborationNames.load(req)
            let typed = try? PurposeCase.validate(input, organisationIDs: Set(names.snapshot.organisations.map(\.id))).get()
            let notice = try await CollaborationConflict.notice(.coalition, id: id, stored: ["purposeCase": current.purposeCase.map(PurposeCaseText.summary) ?? "—"],
                                                                yours: ["purposeCase": typed.map(PurposeCaseText.summary) ?? "(nog niet geldig)"],
                                                                order: ["purposeCase"], on: req.db)
            return try await renderPurposeCase(req, .init(id: id, name: current.name, version: current.version, input: input, errors: FormErrors(failure: nil), conflict: notice),
                                               status: .conflict)
        }
    }

    private func render(_ req: Request, _ state: CoalitionViews.FormState, status: HTTPResponseStatus? = nil) async throws -> Response {
        CoalitionViews.form(state, names: try await CollaborationNames.load(req), context: try await req.pageContext())
            .response(status: status ?? (state.errors.failure == nil ? .ok : .unprocessableEntity))
    }

    private func renderPurposeCase(_ req: Request, _ state: CoalitionViews.PurposeCaseFormState, status: HTTPResponseStatus = .ok) async throws -> Response {
        CoalitionViews.purposeCaseForm(state, names: try await CollaborationNames.load(req), context: try await req.pageContext()).response(status: status)
    }

    static func input(from form: FormBody) -> Versioned<CoalitionInput> {
        var i = CoalitionInput()
        i.name = form.string("name"); i.question = form.string("question"); i.theme = form.string("theme"); i.status = form.string("status")
        let organisations = form.strings("memberOrganisation"), roles = form.strings("memberRole")
        i.members = organisations.enumerated().map { n, o in CoalitionMemberInput(organisationId: o, role: n < roles.count ? roles[n] : nil) }
        i.initiativeIds = form.strings("initiativeIds"); i.sessionId = form.string("sessionId"); i.published = form.string("published")
        return Versioned(version: form.string("version").flatMap { Int($0) }, fields: i)
    }

    /// The purpose case's rows; rows left wholly empty (the form's spare rows) are not rows.
    static func purposeCaseInput(from form: FormBody) -> PurposeCaseInput {
        func blank(_ s: String?) -> Bool { (s ?? "").trimmingCharacters(in: .whitespaces).isEmpty }
        var p = PurposeCaseInput()
        p.purpose = form.string("purpose")
        let names = form.strings("stakeholderName"), organisations = form.strings("stakeholderOrganisation")
        p.stakeholders = names.enumerated().compactMap { n, name in
            let organisation = n < organisations.count ? organisations[n] : nil
            return blank(name) && blank(organisation) ? nil : StakeholderInput(name: name, organisationId: organisation)
        }
        let owners = form.strings("itemStakeholder"), directions = form.strings("itemDirection"), descriptions = form.strings("itemDescription")
        let units = form.strings("itemUnit"), amounts = form.strings("itemAmount")
        func at(_ list: [String], _ n: Int) -> String? { n < list.count ? list[n] : nil }
        p.items = (0..<owners.count).compactMap { n in
            let item = ValueItemInput(stakeholder: at(owners, n), direction: at(directions, n), description: at(descriptions, n), unit: at(units, n), amount: at(amounts, n))
            return blank(item.stakeholder) && blank(item.description) && blank(item.unit) && blank(item.amount) ? nil : item
        }
        return p
    }
}
