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
    /// (every place when `query` is nil).
    func list(_ query: LearningPlaceQuery?, organisation: UUID? = nil) async throws -> [LearningPlaceRecord] {
        let snapshot = try await req.snapshot()
        var q = LearningPlaceRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID)
        if let organisation { q = q.filter(\.$organisationID == organisation) }
        let today = LandscapeController.today
        let models = try await q.all().filter { query?.matches($0.fields, today: today) ?? true }
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
        switch LearningPlaceFields.validate(input, vocabulary: try await vocabulary()) {
        case .success(let f): return f
        case .failure(let failure): throw failure
        }
    }

    func create(_ input: LearningPlaceInput, user: SignedInUser) async throws -> UUID {
        let snapshot = try await req.snapshot()
        guard Self.mayAdd(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Leerplekken toevoegen kan de coördinator, of een redacteur namens de eigen organisatie.")
        }
        let fields = try await validate(input)
        try authorise(user, organisation: fields.organisationID, regionID: snapshot.regionID)
        let model = LearningPlaceRecord(regionID: snapshot.regionID, fields: fields)
        let labels = try await roleLabels()
        try await req.db.transaction { tx in
            try await model.create(on: tx)
            try await HistoryWriter(regionID: snapshot.regionID, author: user.author)
                .record(.create, entity: .learningPlace, id: model.requireID(), old: [:], new: LearningPlaceSnapshot.make(fields, names: snapshot, roleLabel: { labels[$0] ?? $0 }),
                        fieldOrder: LearningPlaceSnapshot.fieldOrder, on: tx)
        }
        await req.regionChanged()
        return try model.requireID()
    }

    /// Replaces the place's fields with `input` (a full record); both the old and the new
    /// organisation must be the editor's own.
    func update(_ id: UUID, with input: LearningPlaceInput, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let model = try await find(id)
        try authorise(user, organisation: model.organisationID, regionID: snapshot.regionID)
        let fields = try await validate(input)
        try authorise(user, organisation: fields.organisationID, regionID: snapshot.regionID)
        let old = model.fields, labels = try await roleLabels()
        guard old != fields else { return }
        try await req.db.transaction { tx in
            model.apply(fields)
            try await model.save(on: tx)
            try await HistoryWriter(regionID: snapshot.regionID, author: user.author)
                .record(.update, entity: .learningPlace, id: id, old: LearningPlaceSnapshot.make(old, names: snapshot, roleLabel: { labels[$0] ?? $0 }),
                        new: LearningPlaceSnapshot.make(fields, names: snapshot, roleLabel: { labels[$0] ?? $0 }), fieldOrder: LearningPlaceSnapshot.fieldOrder, on: tx)
        }
        await req.regionChanged()
    }

    func delete(_ id: UUID, user: SignedInUser) async throws {
        try await setDeleted(id, deleted: true, user: user)
    }

    func restore(_ id: UUID, user: SignedInUser) async throws {
        try await setDeleted(id, deleted: false, user: user)
    }

    private func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
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
        let vocabulary = try await vocabulary()
        let existing = try await LearningPlaceRecord.query(on: req.db).withDeleted().filter(\.$region.$id == snapshot.regionID).all()
        let byID = Dictionary(existing.compactMap { m in m.id.map { ($0, m) } }, uniquingKeysWith: { a, _ in a })
        var plans: [(UUID, LearningPlaceFields)] = [], errors: [FieldError] = [], seen = Set<UUID>()
        for row in rows {
            let (id, input) = LearningPlaceCSV.input(row.values)
            switch LearningPlaceFields.validate(input, vocabulary: vocabulary) {
            case .success(let fields):
                let current = id.flatMap { byID[$0] }
                if let id, !seen.insert(id).inserted {
                    errors.append(FieldError("regel \(row.line) · id", "Deze id staat al op een eerdere regel."))
                } else if let current, current.deletedAt != nil {
                    errors.append(FieldError("regel \(row.line)", "Deze leerplek is verwijderd; herstel haar eerst."))
                } else if !Self.may(user, organisation: fields.organisationID, regionID: snapshot.regionID)
                            || current.map({ !Self.may(user, organisation: $0.organisationID, regionID: snapshot.regionID) }) ?? false {
                    errors.append(FieldError("regel \(row.line) · organisationId", "Je mag alleen leerplekken van je eigen organisatie importeren."))
                } else {
                    plans.append((id ?? UUID(), fields))
                }
            case .failure(let failure):
                errors += failure.errors.map { FieldError("regel \(row.line) · \($0.field)", $0.message) }
            }
        }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let planned = plans, author = user.author, labels = try await roleLabels()
        let shown: @Sendable (LearningPlaceFields) -> [String: String] = { LearningPlaceSnapshot.make($0, names: snapshot, roleLabel: { labels[$0] ?? $0 }) }
        var created = 0, updated = 0
        for (id, _) in planned { if byID[id] == nil { created += 1 } else { updated += 1 } }
        try await req.db.transaction { tx in
            let history = HistoryWriter(regionID: snapshot.regionID, author: author)
            for (id, fields) in planned {
                if let model = byID[id] {
                    let old = model.fields
                    guard old != fields else { continue }
                    model.apply(fields)
                    try await model.save(on: tx)
                    try await history.record(.import, entity: .learningPlace, id: id, old: shown(old), new: shown(fields), fieldOrder: LearningPlaceSnapshot.fieldOrder, on: tx)
                } else {
                    try await LearningPlaceRecord(id: id, regionID: snapshot.regionID, fields: fields).create(on: tx)
                    try await history.record(.import, entity: .learningPlace, id: id, old: [:], new: shown(fields), fieldOrder: LearningPlaceSnapshot.fieldOrder, on: tx)
                }
            }
        }
        await req.regionChanged()
        return ImportSummary(created: created, updated: updated)
    }
}
