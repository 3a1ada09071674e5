import Fluent
import Foundation
import RegioCore
import Vapor

/// The names barrier, factsheet and scheme pages show: the collaboration's names plus the
/// region's funding schemes and barriers.
struct BarrierNames: Sendable {
    let base: CollaborationNames
    let schemes: [UUID: String]
    let barriers: [UUID: String]

    static func load(_ req: Request) async throws -> BarrierNames {
        let base = try await CollaborationNames.load(req)
        let regionID = base.snapshot.regionID
        let schemes = try await FundingSchemeRecord.query(on: req.db).filter(\.$region.$id == regionID).field(\.$id).field(\.$name).all()
        let barriers = try await BarrierRecord.query(on: req.db).filter(\.$region.$id == regionID).field(\.$id).field(\.$title).all()
        return BarrierNames(base: base,
                            schemes: Dictionary(schemes.compactMap { s in s.id.map { ($0, s.name) } }, uniquingKeysWith: { a, _ in a }),
                            barriers: Dictionary(barriers.compactMap { b in b.id.map { ($0, b.title) } }, uniquingKeysWith: { a, _ in a }))
    }

    var regionID: UUID { base.snapshot.regionID }
    func scheme(_ id: UUID) -> String { schemes[id] ?? "Verwijderde regeling" }
    func barrier(_ id: UUID) -> String { barriers[id] ?? "Verwijderde belemmering" }

    var vocabulary: BarrierVocabulary {
        BarrierVocabulary(organisationIDs: Set(base.snapshot.organisations.map(\.id)), fundingSchemeIDs: Set(schemes.keys), coalitionIDs: Set(base.coalitions.keys))
    }
}

/// Who may do what in the barrier register: the coordinator manages everything and alone
/// publishes; an editor registers barriers their own organisation met and changes those
/// their organisation is listed on (and writes their factsheets); the public reads
/// published barriers and factsheets, without the organisations that met a barrier.
enum BarrierAccess {
    static func mayEdit(_ user: SignedInUser?, regionID: UUID, organisations: [UUID]) -> Bool {
        CollaborationAccess.isCoordinator(user, regionID: regionID) || CollaborationAccess.isMember(user, regionID: regionID, organisations: organisations)
    }

    /// Which organisations met a barrier is known to the region's users only: an
    /// organisation tells its peers what went wrong, not the whole world.
    static func seesOrganisations(_ user: SignedInUser?, regionID: UUID) -> Bool {
        CollaborationAccess.maySee(published: false, user: user, regionID: regionID)
    }

    static let notOwnBarrier = "Je kunt alleen belemmeringen vastleggen en bewerken waar jouw organisatie bij staat. Vink je eigen organisatie aan, of vraag de coördinator."
}

/// Reads and writes the barrier register.
struct BarrierStore {
    let req: Request

    static let csv = InputCSV<BarrierInput>(columns: [
        ("title", .text), ("description", .text), ("category", .text), ("organisationIds", .list), ("status", .text), ("solution", .text),
        ("relatedRules", .list), ("fundingSchemeIds", .list), ("coalitionIds", .list), ("published", .text)])

    var table: CollaborationTable<BarrierRecord> { .init(req: req, what: Self.what, entity: Self.entity) }

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> BarrierRecord { try await table.find(id, withDeleted: withDeleted) }

    /// The barriers the visitor may see, by title.
    func list() async throws -> [BarrierRecord] { NameOrder.sorted(try await table.visible().all(), by: \.title) }

    func writer(_ names: BarrierNames) -> RecordWriter<BarrierRecord> {
        RecordWriter(regionID: names.regionID, entity: .barrier, fieldOrder: BarrierSnapshot.fieldOrder, shown: { BarrierSnapshot.make($0, names: names) })
    }

    func requireCoordinator(_ user: SignedInUser, _ message: String) async throws {
        guard CollaborationAccess.isCoordinator(user, regionID: try await req.snapshot().regionID) else { throw Problem.forbidden(message) }
    }

    /// Checked fields; an editor's barrier must name their own organisation and keeps its
    /// published state (`published`), since only the coordinator publishes.
    private func checked(_ input: BarrierInput, names: BarrierNames, user: SignedInUser, published: Bool) throws -> BarrierFields {
        var fields = try BarrierFields.validate(input, vocabulary: names.vocabulary).get()
        if !CollaborationAccess.isCoordinator(user, regionID: names.regionID) {
            guard CollaborationAccess.isMember(user, regionID: names.regionID, organisations: fields.organisationIDs) else {
                throw Problem.forbidden(BarrierAccess.notOwnBarrier)
            }
            fields.published = published
        }
        return fields
    }

    /// Every change of status, oldest first, from the record's history: who, when, from what to what.
    func statusHistory(_ id: UUID) async throws -> [BarrierStatusEvent] {
        let changes = try await RecordChange.query(on: req.db).filter(\.$entity == HistoryEntity.barrier.rawValue).filter(\.$entityID == id)
            .sort(\.$at, .ascending).all()
        return changes.compactMap { change in
            guard let c = change.changes.first(where: { $0.field == "status" }), let new = c.new else { return nil }
            return BarrierStatusEvent(old: c.old.flatMap(BarrierStatus.init(dutchLabel:)), new: BarrierStatus(dutchLabel: new),
                                      newLabel: new, author: CollaborationConflict.displayName(change.author), at: change.at)
        }
    }
}

/// One change of a barrier's status as its history recorded it.
struct BarrierStatusEvent: Sendable {
    let old: BarrierStatus?
    let new: BarrierStatus?
    /// The label as stored, should the status list ever change.
    let newLabel: String
    let author: String
    let at: Date

    /// "van Open naar Opgelost binnen de regels"; "vastgelegd als Open" for the first.
    var dutch: String {
        if let old, let new, let change = BarrierStatusChange(from: old, to: new) { return change.dutch }
        return "vastgelegd als \(newLabel)"
    }
}

extension BarrierStatus {
    /// The status whose Dutch label the history stored.
    init?(dutchLabel: String) {
        guard let status = Self.allCases.first(where: { $0.dutchLabel == dutchLabel }) else { return nil }
        self = status
    }
}

extension BarrierStore: RecordStore {
    static let what = "Deze belemmering"
    static let entity = HistoryEntity.barrier
    static var csvColumns: [String] { csv.header }
    static var csvRequired: [String] { ["title", "description", "category"] }

    /// The full history names the organisations that met the barrier, so it is for the
    /// region's users; the public sees the status changes on the barrier's page.
    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        guard req.signedIn != nil else { throw Problem.notFound(Self.what) }
        let model = try await find(id, withDeleted: true)
        return (model.title, model.deletedAt != nil)
    }

    func input(of id: UUID) async throws -> BarrierInput { BarrierInput(try await find(id).fields) }

    func create(_ input: BarrierInput, user: SignedInUser) async throws -> UUID {
        let names = try await BarrierNames.load(req)
        guard user.regionID == names.regionID || CollaborationAccess.isCoordinator(user, regionID: names.regionID) else {
            throw Problem.forbidden(BarrierAccess.notOwnBarrier)
        }
        let id = try await writer(names).create(try checked(input, names: names, user: user, published: false), author: user.author, on: req.db)
        await req.regionChanged()
        return id
    }

    func update(_ id: UUID, with input: BarrierInput, user: SignedInUser) async throws {
        let model = try await find(id)
        let names = try await BarrierNames.load(req)
        guard BarrierAccess.mayEdit(user, regionID: names.regionID, organisations: model.organisationIDs) else { throw Problem.forbidden(BarrierAccess.notOwnBarrier) }
        try await writer(names).update(model, with: try checked(input, names: names, user: user, published: model.published), author: user.author, on: req.db)
        await req.regionChanged()
    }

    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        try await table.setDeleted(id, deleted: deleted, user: user) { _ in try await requireCoordinator(user, "Belemmeringen verwijdert de coördinator van de regio.") }
    }

    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary {
        try await requireCoordinator(user, "Belemmeringen importeert de coördinator van de regio.")
        let names = try await BarrierNames.load(req)
        return try await table.importRows(rows, csv: Self.csv, writer: writer(names), user: user) { input, _ in
            BarrierFields.validate(input, vocabulary: names.vocabulary)
        }
    }
}

/// A barrier's fields as history shows them.
enum BarrierSnapshot {
    static let fieldOrder = ["title", "description", "category", "status", "solution", "organisations", "relatedRules", "fundingSchemes", "coalitions", "published"]

    static func make(_ f: BarrierFields, names: BarrierNames) -> [String: String] {
        var s = ["title": f.title, "description": f.description, "category": f.category.dutchLabel, "status": f.status.dutchLabel,
                 "published": f.published ? "Ja" : "Nee"]
        s["solution"] = f.solution
        s["organisations"] = f.organisationIDs.isEmpty ? nil : names.base.list(f.organisationIDs, names.base.organisation)
        s["relatedRules"] = f.relatedRules.isEmpty ? nil : f.relatedRules.joined(separator: "\n")
        s["fundingSchemes"] = f.fundingSchemeIDs.isEmpty ? nil : names.base.list(f.fundingSchemeIDs, names.scheme)
        s["coalitions"] = f.coalitionIDs.isEmpty ? nil : names.base.list(f.coalitionIDs, names.base.coalition)
        return s
    }
}

/// Reads and writes factsheets: written by those who may change their barrier, published by the coordinator.
struct FactsheetStore {
    let req: Request

    var table: CollaborationTable<FactsheetRecord> { .init(req: req, what: Self.what, entity: Self.entity) }

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> FactsheetRecord { try await table.find(id, withDeleted: withDeleted) }

    func list() async throws -> [FactsheetRecord] { NameOrder.sorted(try await table.visible().all(), by: \.question) }

    func writer(_ names: BarrierNames) -> RecordWriter<FactsheetRecord> {
        RecordWriter(regionID: names.regionID, entity: .factsheet, fieldOrder: FactsheetSnapshot.fieldOrder, shown: { FactsheetSnapshot.make($0, names: names) })
    }

    /// Checked fields: only a solved barrier of the region gets a factsheet (a Dutch 422
    /// otherwise); the user must be allowed to change that barrier; only the coordinator publishes.
    static let notYours = "Een factsheet schrijft de coördinator, of een organisatie die bij de belemmering staat."

    private func checked(_ input: FactsheetInput, user: SignedInUser, published: Bool) async throws -> FactsheetFields {
        let regionID = try await req.snapshot().regionID
        let (barriers, statuses) = try await barrierStatuses(regionID)
        var fields = try FactsheetFields.validate(input, barrierStatuses: statuses).get()
        let barrier = barriers.first { $0.id == fields.barrierID }
        guard BarrierAccess.mayEdit(user, regionID: regionID, organisations: barrier?.organisationIDs ?? []) else {
            throw Problem.forbidden(Self.notYours)
        }
        if !CollaborationAccess.isCoordinator(user, regionID: regionID) { fields.published = published }
        return fields
    }
}

extension FactsheetStore {
    /// The region's barriers (deleted ones left out) and the status of each: what a factsheet may be written from.
    func barrierStatuses(_ regionID: UUID) async throws -> (barriers: [BarrierRecord], statuses: [UUID: BarrierStatus]) {
        let barriers = try await BarrierRecord.query(on: req.db).filter(\.$region.$id == regionID).all()
        return (barriers, Dictionary(barriers.compactMap { b in b.id.map { ($0, b.status) } }, uniquingKeysWith: { a, _ in a }))
    }
}

extension FactsheetStore: RecordStore {
    static let what = "Deze factsheet"
    static let entity = HistoryEntity.factsheet
    static let csv = InputCSV<FactsheetInput>(columns: [("barrierId", .text), ("question", .text), ("answer", .text), ("rulesSay", .text),
                                                        ("links", .list), ("published", .text)])
    static var csvColumns: [String] { csv.header }
    static var csvRequired: [String] { ["barrierId", "question", "answer"] }

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let model = try await find(id, withDeleted: true)
        return (model.question, model.deletedAt != nil)
    }

    func input(of id: UUID) async throws -> FactsheetInput { FactsheetInput(try await find(id).fields) }

    func create(_ input: FactsheetInput, user: SignedInUser) async throws -> UUID {
        let fields = try await checked(input, user: user, published: false)
        let id = try await writer(try await BarrierNames.load(req)).create(fields, author: user.author, on: req.db)
        await req.regionChanged()
        return id
    }

    func update(_ id: UUID, with input: FactsheetInput, user: SignedInUser) async throws {
        let model = try await find(id)
        // Whoever may not change the factsheet's barrier hears so before any field is checked.
        let regionID = try await req.snapshot().regionID
        let current = try await BarrierRecord.query(on: req.db).filter(\.$id == model.barrierID).first()
        guard BarrierAccess.mayEdit(user, regionID: regionID, organisations: current?.organisationIDs ?? []) else {
            throw Problem.forbidden(Self.notYours)
        }
        let fields = try await checked(input, user: user, published: model.published)
        try await writer(try await BarrierNames.load(req)).update(model, with: fields, author: user.author, on: req.db)
        await req.regionChanged()
    }

    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        try await table.setDeleted(id, deleted: deleted, user: user) { _ in
            try await BarrierStore(req: req).requireCoordinator(user, "Factsheets verwijdert de coördinator van de regio.")
        }
    }

    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary {
        try await BarrierStore(req: req).requireCoordinator(user, "Factsheets importeert de coördinator van de regio.")
        let names = try await BarrierNames.load(req)
        let statuses = try await barrierStatuses(names.regionID).statuses
        return try await table.importRows(rows, csv: Self.csv, writer: writer(names), user: user) { input, _ in
            FactsheetFields.validate(input, barrierStatuses: statuses)
        }
    }
}

enum FactsheetSnapshot {
    static let fieldOrder = ["barrier", "question", "answer", "rulesSay", "links", "published"]

    static func make(_ f: FactsheetFields, names: BarrierNames) -> [String: String] {
        var s = ["barrier": names.barrier(f.barrierID), "question": f.question, "answer": f.answer, "published": f.published ? "Ja" : "Nee"]
        s["rulesSay"] = f.rulesSay
        s["links"] = f.links.isEmpty ? nil : f.links.joined(separator: "\n")
        return s
    }
}

/// Reads and writes funding schemes; the coordinator keeps them, everyone reads them.
struct FundingSchemeStore {
    let req: Request

    static let csv = InputCSV<FundingSchemeInput>(columns: [("name", .text), ("funder", .text), ("conditions", .text), ("deadlines", .list),
                                                           ("url", .text), ("initiativeIds", .list)])

    var table: CollaborationTable<FundingSchemeRecord> { .init(req: req, what: Self.what, entity: Self.entity) }

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> FundingSchemeRecord { try await table.find(id, withDeleted: withDeleted) }

    func list() async throws -> [FundingSchemeRecord] { NameOrder.sorted(try await table.visible().all(), by: \.name) }

    /// The schemes linked to an initiative.
    func linked(to initiative: UUID) async throws -> [FundingSchemeRecord] { try await list().filter { $0.initiativeIDs.contains(initiative) } }

    func writer(_ names: BarrierNames) -> RecordWriter<FundingSchemeRecord> {
        RecordWriter(regionID: names.regionID, entity: .fundingScheme, fieldOrder: FundingSchemeSnapshot.fieldOrder,
                     shown: { FundingSchemeSnapshot.make($0, names: names) })
    }

    private func authorise(_ user: SignedInUser) async throws {
        try await BarrierStore(req: req).requireCoordinator(user, "Regelingen houdt de coördinator van de regio bij.")
    }

    private var initiativeIDs: Set<UUID> { get async throws { Set(try await req.snapshot().landscape.entries.map(\.id)) } }
}

extension FundingSchemeStore: RecordStore {
    static let what = "Deze regeling"
    static let entity = HistoryEntity.fundingScheme
    static var csvColumns: [String] { csv.header }
    static var csvRequired: [String] { ["name", "funder"] }

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let model = try await find(id, withDeleted: true)
        return (model.name, model.deletedAt != nil)
    }

    func input(of id: UUID) async throws -> FundingSchemeInput { FundingSchemeInput(try await find(id).fields) }

    func create(_ input: FundingSchemeInput, user: SignedInUser) async throws -> UUID {
        try await authorise(user)
        let fields = try FundingSchemeFields.validate(input, initiativeIDs: try await initiativeIDs).get()
        let id = try await writer(try await BarrierNames.load(req)).create(fields, author: user.author, on: req.db)
        await req.regionChanged()
        return id
    }

    func update(_ id: UUID, with input: FundingSchemeInput, user: SignedInUser) async throws {
        try await authorise(user)
        let model = try await find(id)
        let fields = try FundingSchemeFields.validate(input, initiativeIDs: try await initiativeIDs).get()
        try await writer(try await BarrierNames.load(req)).update(model, with: fields, author: user.author, on: req.db)
        await req.regionChanged()
    }

    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        try await table.setDeleted(id, deleted: deleted, user: user) { _ in try await authorise(user) }
    }

    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary {
        try await authorise(user)
        let ids = try await initiativeIDs
        return try await table.importRows(rows, csv: Self.csv, writer: writer(try await BarrierNames.load(req)), user: user) { input, _ in
            FundingSchemeFields.validate(input, initiativeIDs: ids)
        }
    }
}

enum FundingSchemeSnapshot {
    static let fieldOrder = ["name", "funder", "conditions", "deadlines", "url", "initiatives"]

    static func make(_ f: FundingSchemeFields, names: BarrierNames) -> [String: String] {
        var s = ["name": f.name, "funder": f.funder]
        s["conditions"] = f.conditions
        s["deadlines"] = f.deadlines.isEmpty ? nil : f.deadlines.map(\.dutch).joined(separator: ", ")
        s["url"] = f.url
        s["initiatives"] = f.initiativeIDs.isEmpty ? nil : names.base.list(f.initiativeIDs, names.base.initiative)
        return s
    }
}
