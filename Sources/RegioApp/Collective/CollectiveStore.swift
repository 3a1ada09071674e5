import Fluent
import Foundation
import RegioCore
import Vapor

/// Reads and writes the content catalogue, its suppliers and the demand organisations
/// register, and pools that demand. The coordinator manages suppliers, items and volume
/// discounts; an editor adds and changes their own organisation's content and registers
/// and withdraws their organisation's demand.
struct CollectiveStore {
    let req: Request

    func regionID() async throws -> UUID { try await req.snapshot().regionID }

    func suppliers() async throws -> [SupplierRecord] {
        NameOrder.sorted(try await SupplierRecord.query(on: req.db).filter(\.$region.$id == (try await regionID())).all(), by: \.name)
    }

    func items() async throws -> [ContentItemRecord] {
        NameOrder.sorted(try await ContentItemRecord.query(on: req.db).filter(\.$region.$id == (try await regionID())).all(), by: \.title)
    }

    func item(_ id: UUID, withDeleted: Bool = false) async throws -> ContentItemRecord {
        var q = ContentItemRecord.query(on: req.db).filter(\.$id == id).filter(\.$region.$id == (try await regionID()))
        if withDeleted { q = q.withDeleted() }
        guard let item = try await q.first() else { throw Problem.notFound(Self.what) }
        return item
    }

    /// Demand of the region for `year` (all items when `item` is nil), withdrawn included.
    func demands(year: Int, item: UUID? = nil) async throws -> [DemandRecord] {
        var q = DemandRecord.query(on: req.db).filter(\.$region.$id == (try await regionID())).filter(\.$year == year)
        if let item { q = q.filter(\.$itemID == item) }
        return try await q.sort(\.$createdAt).all()
    }

    func vocabulary() async throws -> ContentVocabulary {
        let regionID = try await regionID()
        let skills = try await SkillRecord.query(on: req.db).filter(\.$region.$id == regionID).all()
        let modules = try await ModuleRecord.query(on: req.db).filter(\.$region.$id == regionID).field(\.$id).all()
        return ContentVocabulary(supplierIDs: Set(try await suppliers().compactMap(\.id)), skillKeys: Set(skills.map(\.key)), moduleIDs: Set(modules.compactMap(\.id)))
    }

    /// Titles of the region's modules that are not deleted, by id.
    func moduleTitles(_ ids: [UUID]? = nil) async throws -> [UUID: String] {
        var q = ModuleRecord.query(on: req.db).filter(\.$region.$id == (try await regionID()))
        if let ids { q = q.filter(\.$id ~~ ids) }
        let rows = try await q.field(\.$id).field(\.$title).all()
        return Dictionary(rows.compactMap { m in m.id.map { ($0, m.title) } }, uniquingKeysWith: { a, _ in a })
    }

    /// The items that say they are used in `module`: what the module page links to.
    func items(usedIn module: UUID) async throws -> [ContentItemRecord] {
        try await items().filter { $0.moduleIDs.contains(module) }
    }

    // MARK: permissions

    func isCoordinator(_ user: SignedInUser?) async throws -> Bool { CollaborationAccess.isCoordinator(user, regionID: try await regionID()) }

    /// The coordinator changes every item; an editor only their organisation's own content.
    func mayEdit(_ user: SignedInUser?, _ item: ContentItemRecord) async throws -> Bool {
        guard let user else { return false }
        let regionID = try await regionID()
        return CollaborationAccess.isCoordinator(user, regionID: regionID)
            || (item.ownerOrganisationID != nil && user.organisationID == item.ownerOrganisationID && user.regionID == regionID)
    }

    /// Whether `user` may register demand for `organisation`.
    func mayRegisterDemand(_ user: SignedInUser?, organisation: UUID) async throws -> Bool {
        guard let user else { return false }
        return Permissions.canEditOrganisation(user, regionID: try await regionID(), organisationID: organisation)
    }

    // MARK: writes

    func supplierWriter() async throws -> RecordWriter<SupplierRecord> {
        RecordWriter(regionID: try await regionID(), entity: .supplier, fieldOrder: ["name", "website", "contact"],
                     shown: { f in ["name": f.name, "website": f.website ?? "", "contact": f.contact ?? ""].filter { !$0.value.isEmpty } })
    }

    func addSupplier(_ input: SupplierInput, user: SignedInUser) async throws -> UUID {
        guard try await isCoordinator(user) else { throw Problem.forbidden("Leveranciers voegt de coördinator toe.") }
        return try await supplierWriter().create(try SupplierFields.validate(input).get(), author: user.author, on: req.db)
    }

    func itemWriter() async throws -> RecordWriter<ContentItemRecord> {
        let snapshot = try await req.snapshot()
        let suppliers = Dictionary(try await suppliers().compactMap { s in s.id.map { ($0, s.name) } }, uniquingKeysWith: { a, _ in a })
        return RecordWriter(regionID: snapshot.regionID, entity: .contentItem, fieldOrder: ContentItemSnapshot.fieldOrder,
                            shown: { ContentItemSnapshot.make($0, supplier: { suppliers[$0] ?? "?" }, organisation: { snapshot.organisation($0)?.name ?? "?" }) })
    }

    /// Who is writing an item, as the checks need it.
    struct ItemAuthor {
        var isCoordinator: Bool
        /// The editor's own organisation; the owner of everything they write.
        var organisationID: UUID?
    }

    func author(_ user: SignedInUser) async throws -> ItemAuthor {
        ItemAuthor(isCoordinator: try await isCoordinator(user), organisationID: user.organisationID)
    }

    /// What checking an item needs from the database, read once (an import checks many rows).
    struct ItemContext {
        var vocabulary: ContentVocabulary
        var organisationIDs: Set<UUID>
    }

    func itemContext() async throws -> ItemContext {
        ItemContext(vocabulary: try await vocabulary(), organisationIDs: Set(try await req.snapshot().organisations.map(\.id)))
    }

    /// Checks the form, API or CSV input of an item; an editor's item is always their
    /// organisation's own. The volume discounts stay as they are (they have their own form).
    static func check(_ input: ContentItemForm, author: ItemAuthor, context: ItemContext, current: ContentItemRecord?) -> Result<ContentItemRecord.Fields, ValidationFailure> {
        var errors: [FieldError] = []
        var item: ContentItemFields?
        switch ContentItemFields.validate(input.item, vocabulary: context.vocabulary) {
        case .success(let f): item = f
        case .failure(let f): errors += f.errors
        }
        var owner = current?.ownerOrganisationID
        if author.isCoordinator {
            owner = nil
            if let raw = input.ownerOrganisationId?.trimmingCharacters(in: .whitespaces), !raw.isEmpty {
                if let id = UUID(uuidString: raw), context.organisationIDs.contains(id) { owner = id }
                else { errors.append(FieldError("ownerOrganisationId", "Onbekende organisatie ‘\(raw.prefix(60))’: kies een organisatie uit de regio.")) }
            }
        } else {
            owner = author.organisationID
        }
        let conditions = input.shareConditions?.trimmingCharacters(in: .whitespacesAndNewlines)
        if (conditions?.count ?? 0) > Limits.goal { errors.append(FieldError("shareConditions", "Voorwaarden zijn te lang: hoogstens \(Limits.goal) tekens.")) }
        let shareable = ["ja", "true", "1", "on"].contains((input.shareable ?? "").lowercased())
        if shareable && owner == nil {
            errors.append(FieldError("shareable", "Alleen eigen inhoud van een organisatie kan gedeeld worden: kies de organisatie van wie de inhoud is."))
        }
        guard errors.isEmpty, let item else { return .failure(ValidationFailure(errors)) }
        return .success(.init(item: item, ownerOrganisationID: owner, shareable: shareable, shareConditions: conditions?.isEmpty == false ? conditions : nil,
                              discounts: current?.discounts ?? VolumeDiscountTable(tiers: [])))
    }

    func validate(_ input: ContentItemForm, user: SignedInUser, current: ContentItemRecord?) async throws -> ContentItemRecord.Fields {
        let author = try await author(user)
        guard author.isCoordinator || author.organisationID != nil else {
            throw Problem.forbidden("Leerinhoud toevoegen kan de coördinator, of een redacteur namens de eigen organisatie.")
        }
        return try Self.check(input, author: author, context: try await itemContext(), current: current).get()
    }

    func addItem(_ input: ContentItemForm, user: SignedInUser) async throws -> UUID {
        guard try await isCoordinator(user) || user.organisationID != nil else {
            throw Problem.forbidden("Leerinhoud toevoegen kan de coördinator, of een redacteur namens de eigen organisatie.")
        }
        return try await itemWriter().create(try await validate(input, user: user, current: nil), author: user.author, on: req.db)
    }

    func updateItem(_ id: UUID, with input: ContentItemForm, user: SignedInUser) async throws {
        let model = try await item(id)
        guard try await mayEdit(user, model) else { throw Problem.forbidden("Alleen de coördinator en de organisatie van wie de inhoud is, kunnen haar wijzigen.") }
        try await itemWriter().update(model, with: try await validate(input, user: user, current: model), author: user.author, on: req.db)
    }

    /// The coordinator's volume discounts of an item.
    func saveDiscounts(_ id: UUID, rows: [VolumeDiscountTierInput], user: SignedInUser) async throws {
        guard try await isCoordinator(user) else { throw Problem.forbidden("De staffelkortingen legt de coördinator vast.") }
        let model = try await item(id)
        var fields = model.fields
        fields.discounts = try VolumeDiscountTable.validate(rows).get()
        try await itemWriter().update(model, with: fields, author: user.author, on: req.db)
    }

    func demandWriter() async throws -> RecordWriter<DemandRecord> {
        let snapshot = try await req.snapshot()
        return RecordWriter(regionID: snapshot.regionID, entity: .demand, fieldOrder: ["organisation", "year", "quantity", "note", "withdrawn"],
                            shown: { f in
                                var s = ["organisation": snapshot.organisation(f.organisationID)?.name ?? "?", "year": String(f.year),
                                         "quantity": String(f.quantity), "withdrawn": f.withdrawn ? "Ja" : "Nee"]
                                s["note"] = f.note
                                return s
                            })
    }

    /// Registers an organisation's demand for an item in a year: one demand per
    /// organisation, item and year, so registering again changes it (and takes back a withdrawal).
    func registerDemand(item id: UUID, input: DemandInput, user: SignedInUser) async throws {
        let model = try await item(id)
        // An editor speaks for their own organisation only: said before any field is checked.
        guard try await isCoordinator(user) || user.organisationID != nil else {
            throw Problem.forbidden("Je registreert alleen de vraag van je eigen organisatie.")
        }
        var input = input
        input.itemId = id.uuidString
        input.withdrawn = nil
        let snapshot = try await req.snapshot()
        let fields = try DemandFields.validate(input, organisationIDs: Set(snapshot.organisations.map(\.id)), itemIDs: [try model.requireID()],
                                               thisYear: LandscapeController.today.year).get()
        guard try await mayRegisterDemand(user, organisation: fields.organisationID) else {
            throw Problem.forbidden("Je registreert alleen de vraag van je eigen organisatie.")
        }
        let writer = try await demandWriter()
        if let existing = try await demands(year: fields.year, item: id).first(where: { $0.organisationID == fields.organisationID }) {
            try await writer.update(existing, with: fields, author: user.author, on: req.db)
        } else {
            _ = try await writer.create(fields, author: user.author, on: req.db)
        }
    }

    /// Withdraws a demand: it stays (with its history) but no longer counts.
    func withdrawDemand(_ demandID: UUID, user: SignedInUser) async throws -> DemandRecord {
        guard let demand = try await DemandRecord.query(on: req.db).filter(\.$id == demandID).filter(\.$region.$id == (try await regionID())).first() else {
            throw Problem.notFound("Deze vraag")
        }
        guard try await mayRegisterDemand(user, organisation: demand.organisationID) else {
            throw Problem.forbidden("Je trekt alleen de vraag van je eigen organisatie in.")
        }
        var fields = demand.fields
        fields.withdrawn = true
        try await demandWriter().update(demand, with: fields, author: user.author, on: req.db)
        return demand
    }

    // MARK: pooling

    /// The region's demand for `year` pooled per supplier (suppliers without demand left out).
    func pooled(year: Int) async throws -> [(supplier: SupplierRecord, pool: SupplierPooledDemand)] {
        let items = try await items(), demands = try await demands(year: year).map(\.fields)
        return try await suppliers().compactMap { supplier in
            guard let sid = supplier.id else { return nil }
            let own = items.filter { $0.supplierID == sid }
            guard !own.isEmpty else { return nil }
            let pool = SupplierPooledDemand(supplierID: sid, items: own.map(\.contentItem), demands: demands,
                                            discounts: Dictionary(own.compactMap { i in i.id.map { ($0, i.discounts) } }, uniquingKeysWith: { a, _ in a }), year: year)
            return pool.items.contains { $0.quantity > 0 || $0.withdrawnCount > 0 } ? (supplier, pool) : nil
        }
    }
}

extension CollectiveStore: RecordStore {
    static let what = "Deze leerinhoud"
    static let entity = HistoryEntity.contentItem

    /// The catalogue's CSV: what an import reads, plus the supplier's name for people.
    static let csv = InputCSV<ContentItemForm>(columns: [
        ("title", .text), ("supplierId", .text), ("licenceModel", .text), ("listPrice", .text), ("skills", .list), ("moduleIds", .list),
        ("description", .text), ("ownerOrganisationId", .text), ("shareable", .text), ("shareConditions", .text)], readable: ["supplierName"])
    static var csvColumns: [String] { csv.header }
    static var csvRequired: [String] { ["title", "supplierId", "licenceModel"] }

    func input(of id: UUID) async throws -> ContentItemForm { ContentItemForm(try await item(id).fields) }
    func create(_ input: ContentItemForm, user: SignedInUser) async throws -> UUID { try await addItem(input, user: user) }
    func update(_ id: UUID, with input: ContentItemForm, user: SignedInUser) async throws { try await updateItem(id, with: input, user: user) }

    /// Imports the catalogue's CSV all or nothing: rows with a known id change that item,
    /// others are added. The coordinator's, since rows may name any owner.
    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary {
        guard try await isCoordinator(user) else { throw Problem.forbidden("Leerinhoud importeert de coördinator van de regio.") }
        let author = try await author(user), context = try await itemContext(), writer = try await itemWriter()
        let existing = RecordWriter.byID(try await ContentItemRecord.query(on: req.db).withDeleted().filter(\.$region.$id == (try await regionID())).all())
        let plans = try writer.plan(rows, existing: existing, deleted: "Deze leerinhoud is verwijderd; herstel haar eerst.", read: { row in
            let (id, input) = Self.csv.input(row.values)
            guard let input else { return (id, .failure(ValidationFailure([FieldError("regel", "Deze regel is niet te lezen; gebruik het formaat van de export.")]))) }
            return (id, Self.check(input, author: author, context: context, current: id.flatMap { existing[$0] }))
        })
        return try await writer.importRows(plans, existing: existing, author: user.author, on: req.db)
    }

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let model = try await item(id, withDeleted: true)
        return (model.title, model.deletedAt != nil)
    }

    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        let model = try await item(id, withDeleted: true)
        guard try await mayEdit(user, model) else { throw Problem.forbidden("Alleen de coördinator en de organisatie van wie de inhoud is, kunnen haar verwijderen.") }
        guard (model.deletedAt != nil) != deleted else { return }
        try await HistoryWriter(regionID: try await regionID(), author: user.author).setDeleted(model, id: id, deleted: deleted, entity: Self.entity, on: req.db)
    }
}

/// An item as its form, the API and the CSV send it: the catalogue's fields plus owner
/// and sharing, in one flat object (`title`, …, `ownerOrganisationId`, `shareable`).
struct ContentItemForm: Codable, Sendable, MergeableInput {
    var item: ContentItemInput
    var ownerOrganisationId: String?
    var shareable: String?
    var shareConditions: String?

    init(item: ContentItemInput, ownerOrganisationId: String? = nil, shareable: String? = nil, shareConditions: String? = nil) {
        self.item = item; self.ownerOrganisationId = ownerOrganisationId; self.shareable = shareable; self.shareConditions = shareConditions
    }

    init(_ f: ContentItemRecord.Fields) {
        self.init(item: ContentItemInput(f.item), ownerOrganisationId: f.ownerOrganisationID?.uuidString, shareable: f.shareable ? "ja" : "nee",
                  shareConditions: f.shareConditions)
    }

    private enum CodingKeys: String, CodingKey { case ownerOrganisationId, shareable, shareConditions }

    init(from decoder: any Decoder) throws {
        item = try ContentItemInput(from: decoder)
        let c = try decoder.container(keyedBy: CodingKeys.self)
        ownerOrganisationId = try c.decodeIfPresent(String.self, forKey: .ownerOrganisationId)
        shareConditions = try c.decodeIfPresent(String.self, forKey: .shareConditions)
        // JSON may say true or false; forms and CSV say "ja" or "nee".
        if let flag = try? c.decodeIfPresent(Bool.self, forKey: .shareable) { shareable = flag ? "ja" : "nee" }
        else { shareable = try c.decodeIfPresent(String.self, forKey: .shareable) }
    }

    func encode(to encoder: any Encoder) throws {
        try item.encode(to: encoder)
        var c = encoder.container(keyedBy: CodingKeys.self)
        try c.encodeIfPresent(ownerOrganisationId, forKey: .ownerOrganisationId)
        try c.encodeIfPresent(shareable, forKey: .shareable)
        try c.encodeIfPresent(shareConditions, forKey: .shareConditions)
    }

    func merging(_ patch: ContentItemForm) -> ContentItemForm {
        var i = item, p = patch.item
        i.title = p.title ?? i.title; i.supplierId = p.supplierId ?? i.supplierId; i.skills = p.skills ?? i.skills; i.moduleIds = p.moduleIds ?? i.moduleIds
        i.licenceModel = p.licenceModel ?? i.licenceModel; i.listPrice = p.listPrice ?? i.listPrice; i.description = p.description ?? i.description
        return ContentItemForm(item: i, ownerOrganisationId: patch.ownerOrganisationId ?? ownerOrganisationId, shareable: patch.shareable ?? shareable,
                               shareConditions: patch.shareConditions ?? shareConditions)
    }
}

/// An item's fields as history shows them.
enum ContentItemSnapshot {
    static let fieldOrder = ["title", "supplier", "licence", "listPrice", "skills", "modules", "description", "owner", "shareable", "shareConditions", "discounts"]

    static func make(_ f: ContentItemRecord.Fields, supplier: (UUID) -> String, organisation: (UUID) -> String) -> [String: String] {
        let i = f.item
        var s = ["title": i.title, "supplier": supplier(i.supplierID), "licence": i.licenceModel.dutchLabel, "shareable": f.shareable ? "Ja" : "Nee"]
        s["listPrice"] = i.listPrice.map { ValueUnit.euro.dutch($0) }
        s["skills"] = i.skillKeys.isEmpty ? nil : i.skillKeys.joined(separator: ", ")
        s["modules"] = i.moduleIDs.isEmpty ? nil : "\(i.moduleIDs.count)"
        s["description"] = i.description
        s["owner"] = f.ownerOrganisationID.map(organisation)
        s["shareConditions"] = f.shareConditions
        s["discounts"] = f.discounts.tiers.isEmpty ? nil : f.discounts.tiers.map { "vanaf \($0.fromQuantity): \($0.dutchPercent)" }.joined(separator: "; ")
        return s
    }
}
