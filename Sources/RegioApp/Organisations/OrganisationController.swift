import Fluent
import Foundation
import RegioCore
import Vapor

/// The HTML pages of organisations.
struct OrganisationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        let organisations = routes.grouped("organisaties")
        ImportViews.route(routes, "organisaties", OrganisationStore.self, backURL: "/organisaties")
        organisations.get(use: list)
        routes.get("organisaties.csv", use: csv)
        organisations.get("nieuw", use: newForm)
        organisations.post("nieuw", use: create)
        organisations.get(":id", use: show)
        organisations.get(":id", "bewerken", use: editForm)
        RecordRoutes.pages(organisations, OrganisationStore.self, path: "/organisaties", listURL: "/organisaties", restored: "De organisatie is hersteld.",
                           parse: Self.input(from:), invalid: { req, id, input, failure in try await render(req, id: id, input: input, failure: failure) })
    }

    /// Filters the region's organisations by name words and kind.
    static func filter(_ req: Request, snapshot: RegionSnapshot) throws -> (text: String, kind: OrganisationKind?, items: [RegionSnapshot.OrganisationRef]) {
        let params = QueryString.decode(req.url.query)
        let text = (params["q"]?.last ?? "").trimmingCharacters(in: .whitespaces)
        guard text.count <= 200 else { throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "De zoekvraag is te lang: maximaal 200 tekens.") }
        var kind: OrganisationKind?
        if let raw = params["kind"]?.last, !raw.isEmpty {
            guard let k = OrganisationKind(rawValue: raw) else {
                throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Onbekende soort organisatie ‘\(raw.prefix(40))’.")
            }
            kind = k
        }
        let terms = DutchText.searchTerms(text)
        let items = snapshot.organisations.filter { o in
            (kind == nil || o.kind == kind) && (terms.isEmpty || {
                let words = Set(DutchText.tokens(o.name))
                return terms.allSatisfy { t in words.contains { $0.hasPrefix(t) } }
            }())
        }
        return (text, kind, items)
    }

    func list(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        var (text, kind, items) = try Self.filter(req, snapshot: snapshot)
        let params0 = QueryString.decode(req.url.query)
        let rawPage = params0["page"]?.last
        let sortByInitiatives = params0["sort"]?.last == "-initiatives"
        if let raw = params0["sort"]?.last, !raw.isEmpty, raw != "name", !sortByInitiatives {
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Sorteer op ‘name’ of ‘-initiatives’.")
        }
        let perPage = 50
        let pageCount = max(1, (items.count + perPage - 1) / perPage)
        guard let page = rawPage.map({ Int($0) }) ?? 1, page >= 1 else {
            throw Problem(status: .badRequest, title: "Ongeldige pagina", detail: "Het paginanummer moet een positief geheel getal zijn.")
        }
        var counts: [UUID: Int] = [:]
        for e in snapshot.landscape.entries { for p in e.fields.participants { counts[p.organisationID, default: 0] += 1 } }
        if sortByInitiatives {
            // Most initiatives first; the alphabet decides ties (the list is already in that order).
            items = items.enumerated().sorted { (counts[$0.element.id] ?? 0, -$0.offset) > (counts[$1.element.id] ?? 0, -$1.offset) }.map(\.element)
        }
        var params: [(String, String)] = []
        if !text.isEmpty { params.append(("q", text)) }
        if let kind { params.append(("kind", kind.rawValue)) }
        if sortByInitiatives { params.append(("sort", "-initiatives")) }
        if page > 1 { params.append(("page", String(page))) }
        let shown = min(page, pageCount)
        let state = OrganisationViews.ListState(text: text, kind: kind, sortByInitiatives: sortByInitiatives, page: shown, pageCount: pageCount, total: items.count,
                                                items: Array(items.dropFirst((shown - 1) * perPage).prefix(perPage)), initiativeCounts: counts, parameters: params)
        let canManage = req.signedIn.map { Permissions.canManageOrganisations($0, regionID: snapshot.regionID) } ?? false
        return OrganisationViews.list(state, snapshot: snapshot, canManage: canManage, context: try await req.pageContext()).response()
    }

    func csv(req: Request) async throws -> Response {
        let snapshot = try await req.snapshot()
        let ids = try Self.filter(req, snapshot: snapshot).items.map(\.id)
        let models = try await Organisation.query(on: req.db).filter(\.$region.$id == snapshot.regionID).all()
        let byID = Dictionary(uniqueKeysWithValues: models.compactMap { m in m.id.map { ($0, m) } })
        let body = OrganisationCSV.encode(ids.compactMap { id in byID[id].map { (id, $0.fields) } })
        return CSVResponse.make(body, filename: "organisaties-\(snapshot.slug).csv")
    }

    func show(req: Request) async throws -> Response {
        let id = try req.uuidParameter(what: "Deze organisatie")
        let org = try await OrganisationStore(req: req).find(id, withDeleted: req.signedIn != nil)
        let snapshot = try await req.snapshot()
        let user = req.signedIn
        let canManage = user.map { Permissions.canManageOrganisations($0, regionID: snapshot.regionID) } ?? false
        if org.deletedAt != nil && !canManage { throw Problem.notFound("Deze organisatie") }
        let canEdit = user.map { Permissions.canEditOrganisation($0, regionID: snapshot.regionID, organisationID: id) } ?? false
        let initiatives = snapshot.landscape.entries.filter { $0.fields.participants.contains { $0.organisationID == id } }
            .sorted { $0.fields.name.localizedCaseInsensitiveCompare($1.fields.name) == .orderedAscending }
        let places = LearningPlaceViews.organisationSection(try await LearningPlaceStore(req: req).list(nil, organisation: id), organisation: id, snapshot: snapshot,
                                                            today: LandscapeController.today, canAdd: org.deletedAt == nil && canEdit)
        return OrganisationViews.detail(org, initiatives: initiatives, places: places, snapshot: snapshot, canEdit: canEdit, canManage: canManage,
                                        context: try await req.pageContext()).response()
    }

    func newForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        guard Permissions.canManageOrganisations(try req.requireSignedIn(), regionID: try await req.snapshot().regionID) else {
            throw Problem.forbidden("Alleen de coördinator van de regio kan organisaties toevoegen.")
        }
        return try await render(req, id: nil, input: OrganisationInput(), failure: nil)
    }

    func create(req: Request) async throws -> Response {
        let user = try req.requireSignedIn()
        let input = Self.input(from: try FormBody(req))
        return try await FormFlow.submit(req, message: "De organisatie ‘\(input.name ?? "")’ is toegevoegd.", to: { "/organisaties/\($0.uuidString)" },
                                         save: { try await OrganisationStore(req: req).create(input, user: user) },
                                         invalid: { try await render(req, id: nil, input: input, failure: $0) })
    }

    func editForm(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let id = try req.uuidParameter(what: "Deze organisatie")
        let org = try await OrganisationStore(req: req).find(id)
        guard Permissions.canEditOrganisation(try req.requireSignedIn(), regionID: try await req.snapshot().regionID, organisationID: id) else {
            throw Problem.forbidden("Je mag alleen de gegevens van je eigen organisatie wijzigen.")
        }
        return try await render(req, id: id, input: OrganisationInput(org.fields), failure: nil)
    }

    private func render(_ req: Request, id: UUID?, input: OrganisationInput, failure: ValidationFailure?) async throws -> Response {
        OrganisationViews.form(id: id, input: input, errors: FormErrors(failure: failure), snapshot: try await req.snapshot(),
                               context: try await req.pageContext())
            .response(status: failure == nil ? .ok : .unprocessableEntity)
    }

    static func input(from form: FormBody) -> OrganisationInput {
        var i = OrganisationInput()
        i.name = form.string("name") ?? ""
        i.kind = form.string("kind"); i.careDomains = form.strings("careDomains"); i.municipalityCode = form.string("municipalityCode")
        i.website = form.string("website"); i.contactName = form.string("contactName"); i.contactEmail = form.string("contactEmail")
        i.description = form.string("description")
        return i
    }
}

/// The CSV form of organisations (keys, not labels; care domains separated by "|").
enum OrganisationCSV {
    static let header = ["id", "name", "kind", "careDomains", "municipalityCode", "website", "contactName", "contactEmail", "description"]

    /// One CSV row as input (and its id, when the row has one), for import.
    static func input(_ row: [String: String]) -> (UUID?, OrganisationInput) {
        var i = OrganisationInput()
        i.name = row["name"]; i.kind = row["kind"]
        i.careDomains = (row["careDomains"] ?? "").split(separator: "|").map(String.init)
        i.municipalityCode = row["municipalityCode"]; i.website = row["website"]; i.contactName = row["contactName"]
        i.contactEmail = row["contactEmail"]; i.description = row["description"]
        return (row["id"].flatMap(UUID.init(uuidString:)), i)
    }

    static func encode(_ items: [(UUID, OrganisationFields)]) -> String {
        CSV.encode(header: header, rows: items.map { id, f in
            [id.uuidString, f.name, f.kind?.rawValue ?? "", f.careDomains.joined(separator: "|"), f.municipalityCode ?? "",
             f.website ?? "", f.contactName ?? "", f.contactEmail ?? "", f.description ?? ""]
        })
    }
}
