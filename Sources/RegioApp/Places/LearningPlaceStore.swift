import Fluent
import Foundation
import RegioCore
import Vapor

/// Reads and writes learning places for both the HTML and the JSON side: validation,
/// permissions and history in one place and one transaction. A coordinator manages the
/// places of every organisation of the region; an editor those of their own organisation.
struct LearningPlaceStore {
    let req: Request

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> LearningPlaceRecord {
        let region = try await req.region()
        var query = LearningPlaceRecord.query(on: req.db).filter(\.$id == id).filter(\.$region.$id == (try region.requireID()))
        if withDeleted { query = query.withDeleted() }
        guard let model = try await query.first() else { throw Problem.notFound("Deze leerplek") }
        return model
    }

    /// The region's (not deleted) places that `query` asks for, by start date and organisation
    /// (every place when `query` is nil). Without `organisation`, places of a deleted
    /// organisation are left out: they leave lists and map with it, and return when it is restored.
    func list(_ query: LearningPlaceQuery?, organisation: UUID? = nil) async throws -> [LearningPlaceRecord] {
        let snapshot = try await req.snapshot()
        var q = LearningPlaceRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID)
        if let organisation { q = q.filter(\.$organisationID == organisation) }
        let today = LandscapeController.today, live = Set(snapshot.organisations.map(\.id))
        let models = try await q.all().filter {
            (organisation != nil || live.contains($0.organisationID)) && (query?.matches($0.fields, today: today) ?? true)
        }
        return Self.sorted(models, snapshot: snapshot)
    }

    static func sorted(_ models: [LearningPlaceRecord], snapshot: RegionSnapshot) -> [LearningPlaceRecord] {
        func key(_ m: LearningPlaceRecord) -> (String, String, String, String) {
            (m.startDate, snapshot.organisation(m.organisationID)?.name.lowercased() ?? "", snapshot.municipalityName(m.municipalityCode), m.id?.uuidString ?? "")
        }
        return models.sorted { key($0) < key($1) }
    }

    func vocabulary() async throws -> LearningPlaceVocabulary {
        let snapshot = try await req.snapshot()
        let roles = try await RoleRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID).all()
        return LearningPlaceVocabulary(organisationIDs: Set(snapshot.organisations.map(\.id)), municipalityCodes: snapshot.vocabulary.municipalityCodes,
                                       roleKeys: Set(roles.map(\.key)))
    }

    /// Role key → Dutch name, for pages and history.
    func roleLabels() async throws -> [String: String] {
        let roles = try await RoleRecord.query(on: req.db).filter(\.$region.$id == (try await req.snapshot()).regionID).all()
        return Dictionary(roles.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
    }

    /// Whether `user` may add, change or delete places of `organisation`.
    static func may(_ user: SignedInUser, organisation: UUID, regionID: UUID) -> Bool {
        Permissions.canEditOrganisation(user, regionID: regionID, organisationID: organisation)
    }

    /// Whether `user` may add places at all (the form and the import show only then).
    static func mayAdd(_ user: SignedInUser, regionID: UUID) -> Bool {
        Permissions.isRegionWide(user, regionID: regionID) || (user.regionID == regionID && user.organisationID != nil)
    }

    func authorise(_ user: SignedInUser, organisation: UUID, regionID: UUID) throws {
        guard Self.may(user, organisation: organisation, regionID: regionID) else {
            throw Problem.forbidden("Je mag alleen leerplekken van je eigen organisatie toevoegen of wijzigen.")
        }
    }

    func validate(_ input: LearningPlaceInput) async throws -> LearningPlaceFields {
        try LearningPlaceFields.validate(input, vocabulary: try await vocabulary()).get()
    }

    func writer() async throws -> RecordWriter<LearningPlaceRecord> {
        let snapshot = try await req.snapshot(), labels = try await roleLabels()
        return RecordWriter(regionID: snapshot.regionID, entity: .learningPlace, fieldOrder: LearningPlaceSnapshot.fieldOrder,
                            shown: { LearningPlaceSnapshot.make($0, names: snapshot, roleLabel: { labels[$0] ?? $0 }) })
    }

    func create(_ input: LearningPlaceInput, user: SignedInUser) async throws -> UUID {
        let snapshot = try await req.snapshot()
        guard Self.mayAdd(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Leerplekken toevoegen kan de coördinator, of een redacteur namens de eigen organisatie.")
        }
        let fields = try await validate(input)
        try authorise(user, organisation: fields.organisationID, regionID: snapshot.regionID)
        let id = try await writer().create(fields, author: user.author, on: req.db)
        await req.regionChanged()
        return id
    }

    /// Replaces the place's fields with `input` (a full record); both the old and the new
    /// organisation must be the editor's own.
    func update(_ id: UUID, with input: LearningPlaceInput, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let model = try await find(id)
        try authorise(user, organisation: model.organisationID, regionID: snapshot.regionID)
        let fields = try await validate(input)
        try authorise(user, organisation: fields.organisationID, regionID: snapshot.regionID)
        try await writer().update(model, with: fields, author: user.author, on: req.db)
        await req.regionChanged()
    }

    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let model = try await find(id, withDeleted: true)
        try authorise(user, organisation: model.organisationID, regionID: snapshot.regionID)
        guard (model.deletedAt != nil) != deleted else { return }
        try await HistoryWriter(regionID: snapshot.regionID, author: user.author).setDeleted(model, id: id, deleted: deleted, entity: .learningPlace, on: req.db)
        await req.regionChanged()
    }

    /// Imports CSV rows (the export's format) all or nothing: a row whose id exists is
    /// updated, any other row is added. Every problem is named with its line. An editor
    /// imports only places of their own organisation.
    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary {
        let snapshot = try await req.snapshot()
        guard Self.mayAdd(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Leerplekken importeren kan de coördinator, of een redacteur namens de eigen organisatie.")
        }
        let vocabulary = try await vocabulary(), writer = try await writer()
        let existing = RecordWriter.byID(try await LearningPlaceRecord.query(on: req.db).withDeleted().filter(\.$region.$id == snapshot.regionID).all())
        let plans = try writer.plan(rows, existing: existing, deleted: "Deze leerplek is verwijderd; herstel haar eerst.", read: { row in
            let (id, input) = LearningPlaceCSV.input(row.values)
            return (id, LearningPlaceFields.validate(input, vocabulary: vocabulary))
        }, refuse: { fields, current in
            // Both the row's organisation and that of the record it updates must be the editor's own.
            guard Self.may(user, organisation: fields.organisationID, regionID: snapshot.regionID),
                  current.map({ Self.may(user, organisation: $0.organisationID, regionID: snapshot.regionID) }) ?? true else {
                return FieldError("organisationId", "Je mag alleen leerplekken van je eigen organisatie importeren.")
            }
            return nil
        })
        let summary = try await writer.importRows(plans, existing: existing, author: user.author, on: req.db)
        await req.regionChanged()
        return summary
    }
}

extension LearningPlaceStore: RecordStore {
    static let what = "Deze leerplek"
    static let entity = HistoryEntity.learningPlace
    static var csvColumns: [String] { LearningPlaceCSV.header }
    static var csvRequired: [String] { LearningPlaceCSV.required }

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let model = try await find(id, withDeleted: true)
        return (LearningPlaceViews.title(model.fields, snapshot: try await req.snapshot()), model.deletedAt != nil)
    }

    func input(of id: UUID) async throws -> LearningPlaceInput { LearningPlaceInput(try await find(id).fields) }
}
