import Fluent
import Foundation
import RegioCore
import Vapor

/// `/inkoop` (joint procurement), `/inhoud` (the content catalogue: list, CSV, item with
/// pooled demand, demand and discounts, form, edit, delete, restore, history) and `/leveranciers`.
struct CollectiveController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("inkoop", use: procurement)
        let content = routes.grouped("inhoud")
        content.get(use: catalogue)
        routes.get("inhoud.csv", use: csv)
        content.get("nieuw", use: newForm)
        content.post("nieuw", use: create)
        content.get(":id", use: show)
        content.get(":id", "bewerken", use: editForm)
        content.post(":id", "bewerken", use: update)
        content.post(":id", "vraag", use: registerDemand)
        content.post(":id", "vraag", ":demand", "intrekken", use: withdrawDemand)
        content.post(":id", "staffels", use: saveDiscounts)
        RecordRoutes.lifecycle(content, CollectiveStore.self, path: "/inhoud", listURL: "/inhoud", restored: "De leerinhoud is hersteld.")
        ImportViews.route(routes, "inhoud", CollectiveStore.self, backURL: "/inhoud")
        routes.get("leveranciers", use: suppliers)
        routes.post("leveranciers", use: addSupplier)
    }

    /// `?jaar=`: this year by default; a year far off is a Dutch 400.
    static func year(_ req: Request) throws -> Int {
        let this = LandscapeController.today.year
        guard let raw = QueryString.decode(req.url.query)["jaar"]?.last, !raw.isEmpty else { return this }
        guard let y = Int(raw), abs(y - this) <= DemandFields.yearsAround else {
            throw Problem(status: .badRequest, title: "Ongeldig jaar", detail: "Kies een jaar van \(this - DemandFields.yearsAround) tot en met \(this + DemandFields.yearsAround).")
        }
        return y
    }

    func supplierNames(_ store: CollectiveStore) async throws -> [UUID: String] {
        Dictionary(try await store.suppliers().compactMap { s in s.id.map { ($0, s.name) } }, uniquingKeysWith: { a, _ in a })
    }

    /// For the region's users: which organisations buy what, and the negotiated discounts.
    func procurement(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let store = CollectiveStore(req: req), year = try Self.year(req)
        let titles = Dictionary(try await store.items().compactMap { i in i.id.map { ($0, i.title) } }, uniquingKeysWith: { a, _ in a })
        return CollectiveViews.procurement(try await store.pooled(year: year), year: year, items: titles, context: try await req.pageContext()).response()
    }

    /// The items found by `?q=` (words in title, description, supplier) and `?deelbaar=ja`.
    func found(_ req: Request) async throws -> (items: [ContentItemRecord], query: String, shareable: Bool) {
        let params = QueryString.decode(req.url.query)
        let query = (params["q"]?.last ?? "").trimmingCharacters(in: .whitespaces), shareable = params["deelbaar"]?.last == "ja"
        let store = CollectiveStore(req: req), suppliers = try await supplierNames(store)
        let words = DutchText.normalise(query).split(separator: " ").map(String.init)
        let items = try await store.items().filter { i in
            guard !shareable || i.shareable else { return false }
            let text = DutchText.normalise([i.title, i.description ?? "", suppliers[i.supplierID] ?? ""].joined(separator: " "))
            return words.allSatisfy { text.contains($0) }
        }
        return (items, query, shareable)
    }

    func catalogue(req: Request) async throws -> Response {
        let (items, query, shareable) = try await found(req)
        let store = CollectiveStore(req: req)
        return CollectiveViews.catalogue(items, query: query, shareableOnly: shareable, page: try CollaborationPaging.page(req), suppliers: try await supplierNames(store),
                                         snapshot: try await req.snapshot(), canAdd: req.signedIn.map { $0.organisationID != nil || $0.role != .organisationEditor } ?? false,
                                         canImport: try await store.isCoordinator(req.signedIn),
                                         context: try await req.pageContext()).response()
    }

    func csv(req: Request) async throws -> Response {
        let (items, _, _) = try await found(req)
        let suppliers = try await supplierNames(CollectiveStore(req: req))
        let byID = Dictionary(items.compactMap { i in i.id.map { ($0, i) } }, uniquingKeysWith: { a, _ in a })
        let csv = CollectiveStore.csv.encode(try items.map { (try $0.requireID(), ContentItemForm($0.fields)) },
                                             readable: { id in [byID[id].flatMap { suppliers[$0.supplierID] } ?? ""] })
        return CSVResponse.make(csv, filename: "leerinhoud-\(try await req.snapshot().slug).csv")
    }

    func show(req: Request) async throws -> Response {
        try await renderDetail(req, id: try req.uuidParameter(what: CollectiveStore.what))
    }

    private func renderDetail(_ req: Request, id: UUID, demand: (DemandInput, ValidationFailure)? = nil, discounts: ([VolumeDiscountTierInput], ValidationFailure)? = nil) async throws -> Response {
        let store = CollectiveStore(req: req), year = try Self.year(req)
        let item = try await store.item(id, withDeleted: req.signedIn != nil)
        if item.deletedAt != nil, !(try await store.mayEdit(req.signedIn, item)) { throw Problem.notFound(CollectiveStore.what) }
        let demands = try await store.demands(year: year, item: id)
        let snapshot = try await req.snapshot()
        var organisations: [(String, String)] = []
        for o in snapshot.organisations where try await store.mayRegisterDemand(req.signedIn, organisation: o.id) { organisations.append((o.id.uuidString, o.name)) }
        let detail = CollectiveViews.Detail(
            item: item, supplier: try await supplierNames(store)[item.supplierID] ?? "?", year: year,
            pool: PooledDemand(item: item.contentItem, demands: demands.map(\.fields), discounts: item.discounts, year: year), demands: demands,
            canEdit: try await store.mayEdit(req.signedIn, item), isCoordinator: try await store.isCoordinator(req.signedIn),
            demandOrganisations: organisations.sorted { $0.1.lowercased() < $1.1.lowercased() },
            demandErrors: FormErrors(failure: demand?.1), demandInput: demand?.0 ?? DemandInput(),
            discountErrors: FormErrors(failure: discounts?.1), discountRows: discounts?.0 ?? VolumeDiscountTierInput.rows(item.discounts),
            skillLabels: try await SkillsController.taxonomy(req, snapshot: snapshot).labels(item.skillKeys),
            modules: try await store.moduleTitles(item.moduleIDs).map { (id: $0.key, title: $0.value) }.sorted { $0.title.lowercased() < $1.title.lowercased() },
            showsOrganisations: CollaborationAccess.maySee(published: false, user: req.signedIn, regionID: snapshot.regionID))
        return CollectiveViews.detail(detail, snapshot: snapshot, context: try await req.pageContext())
            .response(status: demand == nil && discounts == nil ? .ok : .unprocessableEntity)
    }

    func registerDemand(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: CollectiveStore.what)
        let form = try FormBody(req)
        var input = DemandInput()
        input.organisationId = form.string("organisationId"); input.year = form.string("year"); input.quantity = form.string("quantity"); input.note = form.string("note")
        do {
            try await CollectiveStore(req: req).registerDemand(item: id, input: input, user: user)
        } catch let failure as ValidationFailure {
            return try await renderDetail(req, id: id, demand: (input, failure))
        }
        req.setFlash(Flash(message: "De vraag is geregistreerd."))
        return req.redirect(to: "/inhoud/\(id.uuidString)?jaar=\(input.year ?? "")#vraag", redirectType: .normal)
    }

    func withdrawDemand(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: CollectiveStore.what)
        let demandID = try req.uuidParameter("demand", what: "Deze vraag")
        let demand = try await CollectiveStore(req: req).withdrawDemand(demandID, user: user)
        req.setFlash(Flash(message: "De vraag is ingetrokken; ze telt niet meer mee en blijft in de geschiedenis."))
        return req.redirect(to: "/inhoud/\(id.uuidString)?jaar=\(demand.year)#vraag", redirectType: .normal)
    }

    func saveDiscounts(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: CollectiveStore.what)
        let form = try FormBody(req)
        let rows = (0..<23).map { n in VolumeDiscountTierInput(fromQuantity: form.string("tiers[\(n)].fromQuantity"), percent: form.string("tiers[\(n)].percent")) }
        do {
            try await CollectiveStore(req: req).saveDiscounts(id, rows: rows, user: user)
        } catch let failure as ValidationFailure {
            return try await renderDetail(req, id: id, discounts: (rows.filter { !($0.fromQuantity ?? "").isEmpty || !($0.percent ?? "").isEmpty }, failure))
        }
        req.setFlash(Flash(message: "De staffels zijn opgeslagen."))
        return req.redirect(to: "/inhoud/\(id.uuidString)#staffels", redirectType: .normal)
    }

    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let user = try req.requireSignedIn()
        guard try await CollectiveStore(req: req).isCoordinator(user) || user.organisationID != nil else {
            throw Problem.forbidden("Leerinhoud toevoegen kan de coördinator, of een redacteur namens de eigen organisatie.")
        }
        var item = ContentItemInput()
        item.licenceModel = LicenceModel.perSeat.rawValue
        return try await render(req, id: nil, input: ContentItemForm(item: item), failure: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "De leerinhoud is toegevoegd.", to: { "/inhoud/\($0.uuidString)" },
                                         save: { try await CollectiveStore(req: req).addItem(input, user: user) },
                                         invalid: { try await render(req, id: nil, input: input, failure: $0) })
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: CollectiveStore.what)
        let store = CollectiveStore(req: req)
        let model = try await store.item(id)
        guard try await store.mayEdit(req.signedIn, model) else { throw Problem.forbidden("Alleen de coördinator en de organisatie van wie de inhoud is, kunnen haar wijzigen.") }
        return try await render(req, id: id, input: ContentItemForm(model.fields), failure: nil)
    }

    func update(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let id = try req.uuidParameter(what: CollectiveStore.what)
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "Je wijzigingen zijn opgeslagen.", to: { "/inhoud/\($0.uuidString)" },
                                         save: { try await CollectiveStore(req: req).updateItem(id, with: input, user: user); return id },
                                         invalid: { try await render(req, id: id, input: input, failure: $0) })
    }

    private func render(_ req: Request, id: UUID?, input: ContentItemForm, failure: ValidationFailure?) async throws -> Response {
        let store = CollectiveStore(req: req)
        let snapshot = try await req.snapshot()
        func byLabel(_ pairs: [(String, String)]) -> [(String, String)] { pairs.sorted { $0.1.lowercased() < $1.1.lowercased() } }
        let choices = CollectiveViews.FormChoices(
            suppliers: try await store.suppliers().compactMap { s in s.id.map { ($0.uuidString, s.name) } },
            organisations: byLabel(snapshot.organisations.map { ($0.id.uuidString, $0.name) }),
            skills: try await SkillsController.taxonomy(req, snapshot: snapshot).skillsByLabel.map { ($0.key, $0.label) },
            modules: byLabel(try await store.moduleTitles().map { ($0.key.uuidString, $0.value) }))
        return CollectiveViews.itemForm(id: id, input: input, errors: FormErrors(failure: failure), choices: choices,
                                        isCoordinator: try await store.isCoordinator(req.signedIn), context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    static func input(from form: FormBody) -> ContentItemForm {
        var i = ContentItemInput()
        i.title = form.string("title"); i.supplierId = form.string("supplierId"); i.licenceModel = form.string("licenceModel")
        i.listPrice = form.string("listPrice"); i.description = form.string("description")
        i.skills = form.strings("skills"); i.moduleIds = form.strings("moduleIds")
        return ContentItemForm(item: i, ownerOrganisationId: form.string("ownerOrganisationId"), shareable: form.string("shareable"),
                               shareConditions: form.string("shareConditions"))
    }

    func suppliers(req: Request) async throws -> Response {
        try await renderSuppliers(req, input: SupplierInput(), failure: nil)
    }

    private func renderSuppliers(_ req: Request, input: SupplierInput, failure: ValidationFailure?) async throws -> Response {
        let store = CollectiveStore(req: req), text = try WordSearch.text(req)
        let counts = Dictionary(grouping: try await store.items(), by: \.supplierID).mapValues(\.count)
        let terms = DutchText.searchTerms(text)
        let found = try await store.suppliers().filter { WordSearch.matches(terms, [$0.name, $0.website ?? ""]) }
        return CollectiveViews.suppliers(found, text: text, page: try CollaborationPaging.page(req), counts: counts, input: input, errors: FormErrors(failure: failure),
                                         canAdd: try await store.isCoordinator(req.signedIn), context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    func addSupplier(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let form = try FormBody(req)
        var input = SupplierInput()
        input.name = form.string("name"); input.website = form.string("website"); input.contact = form.string("contact")
        return try await FormFlow.submit(req, message: "De leverancier is toegevoegd.", to: { _ in "/leveranciers" },
                                         save: { try await CollectiveStore(req: req).addSupplier(input, user: user) },
                                         invalid: { try await renderSuppliers(req, input: input, failure: $0) })
    }
}

