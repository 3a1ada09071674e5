import Fluent
import Foundation
import RegioCore
import Vapor

/// Word search of the register's lists: every query word must start a word of the text,
/// compared as Dutch stems (as the organisations list searches).
enum WordSearch {
    static func text(_ req: Request) throws -> String {
        let text = (QueryString.decode(req.url.query)["q"]?.last ?? "").trimmingCharacters(in: .whitespaces)
        guard text.count <= 200 else { throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "De zoekvraag is te lang: maximaal 200 tekens.") }
        return text
    }

    static func matches(_ terms: [String], _ parts: [String]) -> Bool {
        guard !terms.isEmpty else { return true }
        let words = Set(parts.flatMap(DutchText.tokens))
        return terms.allSatisfy { t in words.contains { $0.hasPrefix(t) } }
    }

    /// Splits a textarea's lines into one value each (deadlines, links).
    static func lines(_ values: [String]) -> [String] {
        values.flatMap { $0.split(whereSeparator: \.isNewline) }.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty }
    }
}

/// `/belemmeringen`: list with search and filters, CSV export and import, record, form,
/// edit, delete, restore, history.
struct BarrierController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let barriers = routes.grouped("belemmeringen")
        ImportViews.route(routes, "belemmeringen", BarrierStore.self, backURL: "/belemmeringen")
        barriers.get(use: list)
        routes.get("belemmeringen.csv", use: csv)
        barriers.get("nieuw", use: newForm)
        barriers.post("nieuw", use: create)
        barriers.get(":id", use: show)
        barriers.get(":id", "bewerken", use: editForm)
        RecordRoutes.pages(barriers, BarrierStore.self, path: "/belemmeringen", listURL: "/belemmeringen", restored: "De belemmering is hersteld.",
                           parse: Self.input(from:), invalid: { req, id, input, failure in try await render(req, id: id, input: input, failure: failure) })
    }

    static func filter(_ req: Request) throws -> BarrierViews.Filter {
        let params = QueryString.decode(req.url.query)
        var filter = BarrierViews.Filter(text: try WordSearch.text(req), page: try CollaborationPaging.page(req))
        func choice<E: RawRepresentable>(_ name: String, _ type: E.Type, _ what: String) throws -> E? where E.RawValue == String {
            guard let raw = params[name]?.last, !raw.isEmpty else { return nil }
            guard let value = E(rawValue: raw) else {
                throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Onbekende \(what) ‘\(raw.prefix(40))’.")
            }
            return value
        }
        filter.category = try choice("soort", BarrierCategory.self, "soort belemmering")
        filter.status = try choice("status", BarrierStatus.self, "status")
        return filter
    }

    func list(req: Request) async throws -> Response {
        let filter = try Self.filter(req)
        let terms = DutchText.searchTerms(filter.text)
        let regionID = try await req.snapshot().regionID
        let items = try await BarrierStore(req: req).list().filter { b in
            (filter.category == nil || b.category == filter.category) && (filter.status == nil || b.status == filter.status)
                && WordSearch.matches(terms, [b.title, b.description, b.solution ?? ""] + b.relatedRules)
        }
        let coordinator = CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID)
        return BarrierViews.list(items, filter: filter, canAdd: req.signedIn.map { $0.regionID == regionID || coordinator } ?? false,
                                 isCoordinator: coordinator, signedIn: req.signedIn != nil, context: try await req.pageContext()).response()
    }

    /// The whole register with every field: the coordinator's, for a backup or a new import.
    func csv(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        try await BarrierStore(req: req).requireCoordinator(user, "De export van belemmeringen is voor de coördinator van de regio.")
        let snapshot = try await req.snapshot()
        let items = try await BarrierStore(req: req).list()
        return CSVResponse.make(BarrierStore.csv.encode(try items.map { (try $0.requireID(), BarrierInput($0.fields)) }), filename: "belemmeringen-\(snapshot.slug).csv")
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: BarrierStore.what)
        let store = BarrierStore(req: req)
        let model = try await store.find(id, withDeleted: req.signedIn != nil)
        let regionID = try await req.snapshot().regionID
        let sees = BarrierAccess.seesOrganisations(req.signedIn, regionID: regionID)
        let visible = try await store.list()
        let byID = Dictionary(visible.compactMap { b in b.id.map { ($0, b) } }, uniquingKeysWith: { a, _ in a })
        let similar = BarrierSimilarity.similar(title: model.title, description: model.description, category: model.category,
                                                organisationIDs: sees ? model.organisationIDs : [], among: visible.map(\.barrier), excluding: id)
            .compactMap { match in byID[match.barrierID].map { (match, $0) } }
        let factsheets = try await FactsheetStore(req: req).list().filter { $0.barrierID == id }
        let detail = BarrierViews.Detail(record: model, statusHistory: try await store.statusHistory(id), factsheets: factsheets, similar: similar, schemes: [],
                                         canEdit: req.signedIn.map { BarrierAccess.mayEdit($0, regionID: regionID, organisations: model.organisationIDs) } ?? false,
                                         canDelete: CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID),
                                         seesOrganisations: sees, signedIn: req.signedIn != nil)
        return BarrierViews.detail(detail, names: try await BarrierNames.load(req), context: try await req.pageContext()).response()
    }

    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        var input = BarrierInput()
        // An editor registers what their own organisation met: ticked already.
        if let own = req.signedIn?.organisationID { input.organisationIds = [own.uuidString] }
        return try await render(req, id: nil, input: input, failure: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "De belemmering is vastgelegd.", to: { "/belemmeringen/\($0.uuidString)" },
                                         save: { try await BarrierStore(req: req).create(input, user: user) },
                                         invalid: { try await render(req, id: nil, input: input, failure: $0) })
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: BarrierStore.what)
        let model = try await BarrierStore(req: req).find(id)
        guard BarrierAccess.mayEdit(user, regionID: try await req.snapshot().regionID, organisations: model.organisationIDs) else {
            throw Problem.forbidden(BarrierAccess.notOwnBarrier)
        }
        return try await render(req, id: id, input: BarrierInput(model.fields), failure: nil)
    }

    private func render(_ req: Request, id: UUID?, input: BarrierInput, failure: ValidationFailure?) async throws -> Response {
        let regionID = try await req.snapshot().regionID
        return BarrierViews.form(id: id, input: input, errors: FormErrors(failure: failure), names: try await BarrierNames.load(req),
                                 isCoordinator: CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID), context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    static func input(from form: FormBody) -> BarrierInput {
        var i = BarrierInput()
        i.title = form.string("title"); i.description = form.string("description"); i.category = form.string("category")
        i.organisationIds = form.strings("organisationIds"); i.status = form.string("status"); i.solution = form.string("solution")
        i.relatedRules = form.strings("relatedRules"); i.fundingSchemeIds = form.strings("fundingSchemeIds"); i.coalitionIds = form.strings("coalitionIds")
        i.published = form.string("published")
        return i
    }
}

/// `/factsheets`: the public list and answer pages; written from a solved barrier's page.
struct FactsheetController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let sheets = routes.grouped("factsheets")
        sheets.get(use: list)
        routes.get("factsheets.csv", use: csv)
        ImportViews.route(routes, "factsheets", FactsheetStore.self, backURL: "/factsheets")
        sheets.get("nieuw", use: newForm)
        sheets.post("nieuw", use: create)
        sheets.get(":id", use: show)
        sheets.get(":id", "bewerken", use: editForm)
        RecordRoutes.pages(sheets, FactsheetStore.self, path: "/factsheets", listURL: "/factsheets", restored: "De factsheet is hersteld.",
                           parse: Self.input(from:), invalid: { req, id, input, failure in try await render(req, id: id, input: input, failure: failure) })
    }

    func list(req: Request) async throws -> Response {
        let text = try WordSearch.text(req)
        let items = try await Self.found(req, text: text)
        return FactsheetViews.list(items, text: text, page: try CollaborationPaging.page(req), signedIn: req.signedIn != nil,
                                   isCoordinator: CollaborationAccess.isCoordinator(req.signedIn, regionID: try await req.snapshot().regionID),
                                   context: try await req.pageContext()).response()
    }

    /// The factsheets the visitor may see that match `?q=`.
    static func found(_ req: Request, text: String) async throws -> [FactsheetRecord] {
        let terms = DutchText.searchTerms(text)
        return try await FactsheetStore(req: req).list().filter { WordSearch.matches(terms, [$0.question, $0.answer, $0.rulesSay ?? ""]) }
    }

    /// What the list shows, in the import's format.
    func csv(req: Request) async throws -> Response {
        let items = try await Self.found(req, text: try WordSearch.text(req))
        return CSVResponse.make(FactsheetStore.csv.encode(try items.map { (try $0.requireID(), FactsheetInput($0.fields)) }),
                                filename: "factsheets-\(try await req.snapshot().slug).csv")
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: FactsheetStore.what)
        let model = try await FactsheetStore(req: req).find(id, withDeleted: req.signedIn != nil)
        let regionID = try await req.snapshot().regionID
        // The barrier is linked only when the visitor may see it.
        let barrier = try? await BarrierStore(req: req).find(model.barrierID)
        let canEdit = req.signedIn.map { BarrierAccess.mayEdit($0, regionID: regionID, organisations: barrier?.organisationIDs ?? []) } ?? false
        return FactsheetViews.detail(model, barrier: barrier, canEdit: canEdit, canDelete: CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID),
                                     signedIn: req.signedIn != nil, context: try await req.pageContext()).response()
    }

    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        var input = FactsheetInput()
        input.barrierId = QueryString.decode(req.url.query)["belemmering"]?.last
        if let id = input.barrierId.flatMap(UUID.init(uuidString:)), let barrier = try? await BarrierStore(req: req).find(id) {
            // Start from the barrier's own words: the question from its title, the answer from its solution.
            input.answer = barrier.solution
        }
        return try await render(req, id: nil, input: input, failure: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "De factsheet is opgeslagen.", to: { "/factsheets/\($0.uuidString)" },
                                         save: { try await FactsheetStore(req: req).create(input, user: user) },
                                         invalid: { try await render(req, id: nil, input: input, failure: $0) })
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: FactsheetStore.what)
        return try await render(req, id: id, input: try await FactsheetStore(req: req).input(of: id), failure: nil)
    }

    private func render(_ req: Request, id: UUID?, input: FactsheetInput, failure: ValidationFailure?) async throws -> Response {
        let regionID = try await req.snapshot().regionID
        var barrier: BarrierRecord?
        if let barrierID = input.barrierId.flatMap(UUID.init(uuidString:)) { barrier = try? await BarrierStore(req: req).find(barrierID) }
        return FactsheetViews.form(id: id, input: input, barrier: barrier, errors: FormErrors(failure: failure),
                                   isCoordinator: CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID), context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    static func input(from form: FormBody) -> FactsheetInput {
        var i = FactsheetInput()
        i.barrierId = form.string("barrierId"); i.question = form.string("question"); i.answer = form.string("answer")
        i.rulesSay = form.string("rulesSay"); i.links = WordSearch.lines(form.strings("links")); i.published = form.string("published")
        return i
    }
}

/// `/regelingen`: funding schemes with their deadlines and initiatives.
struct FundingSchemeController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let schemes = routes.grouped("regelingen")
        schemes.get(use: list)
        routes.get("regelingen.csv", use: csv)
        ImportViews.route(routes, "regelingen", FundingSchemeStore.self, backURL: "/regelingen")
        schemes.get("nieuw", use: newForm)
        schemes.post("nieuw", use: create)
        schemes.get(":id", use: show)
        schemes.get(":id", "bewerken", use: editForm)
        RecordRoutes.pages(schemes, FundingSchemeStore.self, path: "/regelingen", listURL: "/regelingen", restored: "De regeling is hersteld.",
                           parse: Self.input(from:), invalid: { req, id, input, failure in try await render(req, id: id, input: input, failure: failure) })
    }

    func list(req: Request) async throws -> Response {
        let regionID = try await req.snapshot().regionID, text = try WordSearch.text(req)
        return FundingSchemeViews.list(try await Self.found(req, text: text), text: text, page: try CollaborationPaging.page(req), today: LandscapeController.today,
                                       canAdd: CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID), context: try await req.pageContext()).response()
    }

    /// The schemes that match `?q=` in name, funder or conditions.
    static func found(_ req: Request, text: String) async throws -> [FundingSchemeRecord] {
        let terms = DutchText.searchTerms(text)
        return try await FundingSchemeStore(req: req).list().filter { WordSearch.matches(terms, [$0.name, $0.funder, $0.fields.conditions ?? ""]) }
    }

    /// What the list shows, in the import's format.
    func csv(req: Request) async throws -> Response {
        let items = try await Self.found(req, text: try WordSearch.text(req))
        return CSVResponse.make(FundingSchemeStore.csv.encode(try items.map { (try $0.requireID(), FundingSchemeInput($0.fields)) }),
                                filename: "regelingen-\(try await req.snapshot().slug).csv")
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: FundingSchemeStore.what)
        let model = try await FundingSchemeStore(req: req).find(id, withDeleted: req.signedIn != nil)
        let regionID = try await req.snapshot().regionID
        let barriers = try await BarrierStore(req: req).list().filter { $0.fundingSchemeIDs.contains(id) }
        return FundingSchemeViews.detail(model, barriers: barriers, names: try await BarrierNames.load(req), today: LandscapeController.today,
                                         canEdit: CollaborationAccess.isCoordinator(req.signedIn, regionID: regionID), signedIn: req.signedIn != nil,
                                         context: try await req.pageContext()).response()
    }

    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        return try await render(req, id: nil, input: FundingSchemeInput(), failure: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "De regeling is opgeslagen.", to: { "/regelingen/\($0.uuidString)" },
                                         save: { try await FundingSchemeStore(req: req).create(input, user: user) },
                                         invalid: { try await render(req, id: nil, input: input, failure: $0) })
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: FundingSchemeStore.what)
        return try await render(req, id: id, input: try await FundingSchemeStore(req: req).input(of: id), failure: nil)
    }

    private func render(_ req: Request, id: UUID?, input: FundingSchemeInput, failure: ValidationFailure?) async throws -> Response {
        FundingSchemeViews.form(id: id, input: input, errors: FormErrors(failure: failure), names: try await BarrierNames.load(req), context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    static func input(from form: FormBody) -> FundingSchemeInput {
        var i = FundingSchemeInput()
        i.name = form.string("name"); i.funder = form.string("funder"); i.conditions = form.string("conditions")
        i.deadlines = WordSearch.lines(form.strings("deadlines")); i.url = form.string("url"); i.initiativeIds = form.strings("initiativeIds")
        return i
    }
}
