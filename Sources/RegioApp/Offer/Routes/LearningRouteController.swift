import Foundation
import RegioCore
import Vapor

/// Learning route pages: the route builder (`/leerroutes/nieuw`, and for an existing
/// route `/leerroutes/:id/bewerken`) and `/leerroutes/:id` with what the route covers of
/// its role, delete, restore and history.
struct LearningRouteController: RouteCollection {
    /// Step rows in the builder; a saved route can be extended in a new one.
    static let stepRows = 10

    func boot(routes: any RoutesBuilder) throws {
        routes.get("leerroutes", "nieuw", use: newForm)
        routes.post("leerroutes", "nieuw", use: submit)
        routes.post("leerroutes", "dekking", use: coverageFragment)
        let route = routes.grouped("leerroutes", ":id")
        route.get(use: show)
        route.get("bewerken", use: editForm)
        route.post("bewerken", use: submit)
        RecordRoutes.lifecycle(routes.grouped("leerroutes"), LearningRouteStore.self, path: "/leerroutes", listURL: "/aanbod", restored: "De leerroute is hersteld.")
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Deze leerroute")
        let store = LearningRouteStore(req: req)
        let route = try await store.find(id, withDeleted: req.signedIn != nil)
        let added = try await store.coverage(of: route)
        let snapshot = try await req.snapshot()
        var canEdit = false
        if let user = req.signedIn {
            canEdit = (try? store.authorise(user, route.fields, parts: try await store.parts(), regionID: snapshot.regionID)) != nil
        }
        if route.deletedAt != nil && !canEdit { throw Problem.notFound("Deze leerroute") }
        return LearningRouteViews.page(route, modules: added.modules, role: added.role, coverage: added.coverage,
                                       taxonomy: try await SkillsController.taxonomy(req, snapshot: snapshot), canEdit: canEdit,
                                       snapshot: snapshot, context: try await req.pageContext()).response()
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: "Deze leerroute")
        let store = LearningRouteStore(req: req)
        let route = try await store.find(id)
        try store.authorise(try req.requireSignedIn(), route.fields, parts: try await store.parts(), regionID: try await req.snapshot().regionID)
        return try await render(req, id: id, input: LearningRouteInput(route.fields), failure: nil, preview: true)
    }

    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let user = try req.requireSignedIn()
        var input = LearningRouteInput()
        input.employerIds = user.organisationID.map { [$0.uuidString] }
        return try await render(req, id: nil, input: input, failure: nil, preview: false)
    }

    /// "Bereken dekking" shows the coverage of what is filled in so far (no script needed);
    /// "Opslaan" saves a new route, or the route of the URL.
    func submit(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = req.parameters.get("id") == nil ? nil : try req.uuidParameter(what: "Deze leerroute")
        let form = try FormBody(req)
        let input = Self.input(from: form)
        let store = LearningRouteStore(req: req)
        // Someone who may not change this route gets no preview of a change either.
        if let id {
            try store.authorise(user, try await store.find(id).fields, parts: try await store.parts(), regionID: try await req.snapshot().regionID)
        }
        guard form.string("action") == "save" else { return try await render(req, id: id, input: input, failure: nil, preview: true) }
        return try await FormFlow.submit(req, message: id == nil ? "De leerroute ‘\(input.title ?? "")’ is toegevoegd." : "Je wijzigingen zijn opgeslagen.",
                                         to: { "/leerroutes/\($0.uuidString)" },
                                         save: {
                                             guard let id else { return try await store.create(input, user: user) }
                                             try await store.update(id, with: input, user: user)
                                             return id
                                         },
                                         invalid: { try await render(req, id: id, input: input, failure: $0, preview: true) })
    }

    /// Only the coverage panel, for the builder's script: it updates while a user fills in
    /// the form, the same panel "Bereken dekking" shows without script.
    func coverageFragment(req: Request) async throws -> Response {
        _ = try req.requireSignedIn()
        let snapshot = try await req.snapshot()
        let parts = try await LearningRouteStore(req: req).parts()
        let input = Self.input(from: try FormBody(req))
        let (coverage, role) = Self.preview(input, parts: parts)
        let taxonomy = try await SkillsController.taxonomy(req, snapshot: snapshot)
        let html = coverage.map { LearningRouteViews.coveragePanel($0, role: role, taxonomy: taxonomy).render() } ?? ""
        var headers = HTTPHeaders()
        headers.contentType = .html
        headers.cacheControl = .init(noStore: true)
        return Response(status: .ok, headers: headers, body: .init(string: html))
    }

    private func render(_ req: Request, id: UUID?, input: LearningRouteInput, failure: ValidationFailure?, preview: Bool) async throws -> Response {
        let snapshot = try await req.snapshot()
        let parts = try await LearningRouteStore(req: req).parts()
        let (coverage, role) = Self.preview(input, parts: parts)
        return LearningRouteViews.builder(id: id, input: input, errors: FormErrors(failure: failure), parts: parts, coverage: preview ? coverage : nil,
                                          role: role, taxonomy: try await SkillsController.taxonomy(req, snapshot: snapshot),
                                          snapshot: snapshot, context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    /// The coverage of the steps that are valid so far: a half-filled form still shows progress.
    static func preview(_ input: LearningRouteInput, parts: LearningRouteStore.Parts) -> (RouteCoverage?, Role?) {
        var sound = input
        sound.steps = input.steps?.filter { step in
            step.moduleId.map { UUID(uuidString: $0).map(parts.vocabulary.moduleIDs.contains) ?? false } ?? ((step.hours ?? 0) > 0)
        }
        sound.title = (input.title ?? "").isEmpty ? "Voorbeeld" : input.title
        sound.roleKey = input.roleKey.flatMap { parts.vocabulary.roleKeys.contains($0) ? $0 : nil }
        sound.hoursPerWeek = nil; sound.durationWeeks = nil; sound.employerIds = nil; sound.targetGroups = nil; sound.intakeRequirements = nil
        guard case .success(let fields) = LearningRouteFields.validate(sound, vocabulary: parts.vocabulary) else { return (nil, parts.role(sound.roleKey)) }
        let role = parts.role(fields.roleKey)
        return (RouteCoverage.of(fields, modules: parts.moduleFields, role: role), role)
    }

    /// The builder's rows as input, in the order their numbers give (ties keep row order);
    /// empty rows are left out.
    static func input(from form: FormBody) -> LearningRouteInput {
        var i = LearningRouteInput()
        i.title = form.string("title") ?? ""
        i.roleKey = form.string("roleKey").flatMap { $0.isEmpty ? nil : $0 }
        i.targetGroups = form.strings("targetGroups")
        i.hoursPerWeek = form.string("hoursPerWeek").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        i.durationWeeks = form.string("durationWeeks").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }
        i.employerIds = form.strings("employerIds")
        i.intakeRequirements = form.string("intakeRequirements")
        let rows = (0..<LearningRouteFields.maxSteps).compactMap { n -> (order: Double, row: Int, step: RouteStepInput)? in
            let module = form.string("step-module-\(n)") ?? "", work = form.string("step-workplace-\(n)") ?? ""
            let order = Double(form.string("step-order-\(n)")?.replacingOccurrences(of: ",", with: ".") ?? "") ?? Double(n + 1)
            if !module.isEmpty { return (order, n, RouteStepInput(moduleId: module)) }
            guard !work.trimmingCharacters(in: .whitespaces).isEmpty else { return nil }
            return (order, n, RouteStepInput(workplace: work, hours: form.string("step-hours-\(n)").flatMap { Int($0.trimmingCharacters(in: .whitespaces)) },
                                             skills: parseSkillsField(form.string("step-skills-\(n)") ?? "")))
        }
        i.steps = rows.sorted { ($0.order, $0.row) < ($1.order, $1.row) }.map(\.step)
        return i
    }

    /// Skills of a workplace step in one field: "skill:level skill:level".
    static func skillsField(_ skills: [SkillLevelInput]) -> String {
        skills.map { "\($0.skill):\($0.level.map(String.init) ?? "")" }.joined(separator: " ")
    }

    static func parseSkillsField(_ text: String) -> [SkillLevelInput]? {
        let skills = text.split(separator: " ").map { part -> SkillLevelInput in
            let pieces = part.split(separator: ":", maxSplits: 1)
            return SkillLevelInput(skill: String(pieces[0]), level: pieces.count > 1 ? Int(pieces[1]) : nil)
        }
        return skills.isEmpty ? nil : skills
    }
}
