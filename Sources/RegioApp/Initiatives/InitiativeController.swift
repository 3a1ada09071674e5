import Fluent
import Foundation
import RegioCore
import Vapor

/// The HTML pages of initiatives: detail, create, edit, delete, restore, history.
struct InitiativeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let initiatives = routes.grouped("initiatieven")
        ImportViews.route(routes, "initiatieven", InitiativeStore.self, backURL: "/")
        initiatives.get("nieuw", use: newForm)
        initiatives.post("nieuw", use: create)
        initiatives.get(":id", use: show)
        initiatives.get(":id", "bewerken", use: editForm)
        RecordRoutes.pages(initiatives, InitiativeStore.self, path: "/initiatieven", listURL: "/", restored: "Het initiatief is hersteld.",
                           parse: Self.input(from:), invalid: { req, id, input, failure in try await render(req, id: id, input: input, failure: failure) })
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Dit initiatief")
        let store = InitiativeStore(req: req)
        let record = try await store.find(id, withDeleted: req.signedIn != nil)
        let snapshot = try await req.snapshot()
        let canEdit = req.signedIn.map { Permissions.canEditInitiative($0, regionID: snapshot.regionID, organisationIDs: record.fields.participants.map(\.organisationID)) } ?? false
        if record.deletedAt != nil && !canEdit { throw Problem.notFound("Dit initiatief") }
        return InitiativeViews.detail(record, snapshot: snapshot, canEdit: canEdit, related: RelatedWork.of(id, in: snapshot),
                                      schemes: try await FundingSchemeStore(req: req).linked(to: id), context: try await req.pageContext()).response()
    }

    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        var input = InitiativeInput()
        if let own = req.signedIn?.organisationID {
            input.participants = [ParticipantInput(organisationId: own.uuidString, role: ParticipationRole.lead.rawValue)]
        }
        return try await render(req, id: nil, input: input, failure: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = try Self.input(from: FormBody(req))
        return try await FormFlow.submit(req, message: "Het initiatief ‘\(input.name ?? "")’ is toegevoegd.", to: { "/initiatieven/\($0.uuidString)" },
                                         save: { try await InitiativeStore(req: req).create(input, user: user) },
                                         invalid: { try await render(req, id: nil, input: input, failure: $0) })
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: "Dit initiatief")
        let record = try await InitiativeStore(req: req).find(id)
        try InitiativeStore(req: req).authorise(req.requireSignedIn(), record.fields, regionID: try await req.snapshot().regionID)
        return try await render(req, id: id, input: InitiativeInput(record.fields), failure: nil)
    }

    private func render(_ req: Request, id: UUID?, input: InitiativeInput, failure: ValidationFailure?) async throws -> Response {
        InitiativeViews.form(id: id, input: input, errors: FormErrors(failure: failure), snapshot: try await req.snapshot(),
                             context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    /// The form's fields as input; participants come as two parallel lists.
    static func input(from form: FormBody) -> InitiativeInput {
        var i = InitiativeInput()
        i.name = form.string("name") ?? ""
        i.kind = form.string("kind"); i.goal = form.string("goal"); i.description = form.string("description")
        i.maturity = form.string("maturity"); i.recordStatus = form.string("recordStatus")
        i.strategicThemes = form.strings("strategicThemes"); i.knowledgeThemes = form.strings("knowledgeThemes")
        i.targetGroups = form.strings("targetGroups")
        i.wholeRegion = form.bool("wholeRegion"); i.municipalityCodes = form.strings("municipalityCodes")
        let orgs = form.strings("participantOrganisation"), roles = form.strings("participantRole")
        i.participants = orgs.enumerated().compactMap { n, org in
            org.isEmpty ? nil : ParticipantInput(organisationId: org, role: n < roles.count ? roles[n] : "")
        }
        i.fundingScheme = form.string("fundingScheme"); i.startDate = form.string("startDate"); i.fundingEndDate = form.string("fundingEndDate")
        i.links = (form.string("links") ?? "").split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
        i.contactName = form.string("contactName"); i.contactEmail = form.string("contactEmail")
        return i
    }
}
