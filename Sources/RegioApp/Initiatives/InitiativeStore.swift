import Fluent
import Foundation
import RegioCore
import Vapor

/// An initiative with its participants, as read for pages and the API.
struct InitiativeRecord: Sendable {
    var id: UUID
    var fields: InitiativeFields
    var createdAt: Date?
    var updatedAt: Date?
    var deletedAt: Date?
}

/// Reads and writes initiatives for both the HTML and the JSON side: validation,
/// permissions, history and the region's revision in one place and one transaction.
struct InitiativeStore {
    let req: Request

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> InitiativeRecord {
        let region = try await req.region()
        var query = Initiative.query(on: req.db).filter(\.$id == id).filter(\.$region.$id == (try region.requireID()))
        if withDeleted { query = query.withDeleted() }
        guard let model = try await query.first() else { throw Problem.notFound("Dit initiatief") }
        return try await record(model, on: req.db)
    }

    private func record(_ model: Initiative, on db: any Database) async throws -> InitiativeRecord {
        let id = try model.requireID()
        return InitiativeRecord(id: id, fields: model.fields(participants: try await Self.participants(of: id, on: db)),
                                createdAt: model.createdAt, updatedAt: model.updatedAt, deletedAt: model.deletedAt)
    }

    /// Validates `input` for `user`; an editor's own organisation must take part.
    func validate(_ input: InitiativeInput, user: SignedInUser) async throws -> InitiativeFields {
        let snapshot = try await req.snapshot()
        var fields: InitiativeFields
        switch InitiativeFields.validate(input, vocabulary: snapshot.vocabulary) {
        case .success(let f): fields = f
        case .failure(let failure): throw failure
        }
        if !Permissions.isRegionWide(user, regionID: snapshot.regionID) {
            guard let own = user.organisationID, fields.participants.contains(where: { $0.organisationID == own }) else {
                throw ValidationFailure([FieldError("participants", "Je eigen organisatie moet bij de deelnemende organisaties staan; anders kun je dit initiatief niet meer bewerken.")])
            }
        }
        return fields
    }

    func create(_ input: InitiativeInput, user: SignedInUser) async throws -> UUID {
        let snapshot = try await req.snapshot()
        guard user.regionID == snapshot.regionID || user.role == .admin else {
            throw Problem.forbidden("Je account hoort bij een andere regio.")
        }
        let fields = try await validate(input, user: user)
        let id = UUID()
        try await req.db.transaction { tx in
            try await insert(fields, id: id, action: .create, snapshot: snapshot, author: user.author, on: tx)
        }
        await req.regionChanged()
        return id
    }

    /// Replaces the initiative's fields with `input` (a full record).
    func update(_ id: UUID, with input: InitiativeInput, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let current = try await find(id)
        try authorise(user, current.fields, regionID: snapshot.regionID)
        let fields = try await validate(input, user: user)
        try await req.db.transaction { tx in
            try await replace(id, current: current.fields, with: fields, action: .update, snapshot: snapshot, author: user.author, on: tx)
        }
        await req.regionChanged()
    }

    /// Imports CSV rows (the export's format) all or nothing: a row whose id exists is
    /// updated, any other row is added. Every problem is reported with its line number.
    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary {
        let snapshot = try await req.snapshot()
        guard Permissions.isRegionWide(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Alleen de coördinator van de regio kan initiatieven importeren.")
        }
        let existing = try await Initiative.query(on: req.db).withDeleted().filter(\.$region.$id == snapshot.regionID).all()
        var current: [UUID: InitiativeFields] = [:]
        for model in existing where model.deletedAt == nil {
            if let id = model.id { current[id] = model.fields(participants: []) }
        }
        let allIDs = Set(existing.compactMap(\.id))
        var plans: [(UUID, InitiativeFields, isNew: Bool)] = [], errors: [FieldError] = []
        for row in rows {
            let (id, input) = InitiativeCSV.input(row.values)
            switch InitiativeFields.validate(input, vocabulary: snapshot.vocabulary) {
            case .success(let fields):
                if let id, allIDs.contains(id), current[id] == nil {
                    errors.append(FieldError("regel \(row.line)", "Dit initiatief is verwijderd; herstel het eerst."))
                } else {
                    plans.append((id ?? UUID(), fields, isNew: id.map { current[$0] == nil } ?? true))
                }
            case .failure(let failure):
                errors += failure.errors.map { FieldError("regel \(row.line) · \($0.field)", $0.message) }
            }
        }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let author = user.author, planned = plans, known = current
        try await req.db.transaction { tx in
            for (id, fields, isNew) in planned {
                if isNew {
                    try await insert(fields, id: id, action: .import, snapshot: snapshot, author: author, on: tx)
                } else {
                    var before = known[id]!
                    before.participants = try await InitiativeStore.participants(of: id, on: tx)
                    guard before != fields else { continue }
                    try await replace(id, current: before, with: fields, action: .import, snapshot: snapshot, author: author, on: tx)
                }
            }
        }
        await req.regionChanged()
        return ImportSummary(created: plans.filter(\.isNew).count, updated: plans.filter { !$0.isNew }.count)
    }

    private func insert(_ fields: InitiativeFields, id: UUID, action: ChangeAction, snapshot: RegionSnapshot, author: ChangeAuthor, on tx: any Database) async throws {
        try await Initiative(id: id, regionID: snapshot.regionID, fields: fields).create(on: tx)
        try await replaceParticipants(of: id, with: fields.participants, on: tx)
        try await HistoryWriter(regionID: snapshot.regionID, author: author)
            .record(action, entity: .initiative, id: id, old: [:], new: InitiativeSnapshot.make(fields, names: snapshot),
                    fieldOrder: InitiativeSnapshot.fieldOrder, on: tx)
    }

    private func replace(_ id: UUID, current: InitiativeFields, with fields: InitiativeFields, action: ChangeAction, snapshot: RegionSnapshot,
                         author: ChangeAuthor, on tx: any Database) async throws {
        guard let model = try await Initiative.find(id, on: tx) else { throw Problem.notFound("Dit initiatief") }
        model.apply(fields)
        try await model.save(on: tx)
        if fields.participants != current.participants {
            try await replaceParticipants(of: id, with: fields.participants, on: tx)
        }
        try await HistoryWriter(regionID: snapshot.regionID, author: author)
            .record(action, entity: .initiative, id: id, old: InitiativeSnapshot.make(current, names: snapshot),
                    new: InitiativeSnapshot.make(fields, names: snapshot), fieldOrder: InitiativeSnapshot.fieldOrder, on: tx)
    }

    static func participants(of id: UUID, on db: any Database) async throws -> [Participant] {
        try await InitiativeParticipation.query(on: db).filter(\.$initiative.$id == id).sort(\.$position).all().compactMap(\.participant)
    }

    func delete(_ id: UUID, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let current = try await find(id)
        try authorise(user, current.fields, regionID: snapshot.regionID)
        try await req.db.transaction { tx in
            guard let model = try await Initiative.find(id, on: tx) else { throw Problem.notFound("Dit initiatief") }
            try await model.delete(on: tx)
            try await HistoryWriter(regionID: snapshot.regionID, author: user.author)
                .record(.delete, entity: .initiative, id: id, old: [:], new: [:], on: tx)
        }
        await req.regionChanged()
    }

    func restore(_ id: UUID, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let current = try await find(id, withDeleted: true)
        try authorise(user, current.fields, regionID: snapshot.regionID)
        guard current.deletedAt != nil else { return }
        try await req.db.transaction { tx in
            guard let model = try await Initiative.query(on: tx).withDeleted().filter(\.$id == id).first() else {
                throw Problem.notFound("Dit initiatief")
            }
            try await model.restore(on: tx)
            try await HistoryWriter(regionID: snapshot.regionID, author: user.author)
                .record(.restore, entity: .initiative, id: id, old: [:], new: [:], on: tx)
        }
        await req.regionChanged()
    }

    func authorise(_ user: SignedInUser, _ fields: InitiativeFields, regionID: UUID) throws {
        guard Permissions.canEditInitiative(user, regionID: regionID, organisationIDs: fields.participants.map(\.organisationID)) else {
            throw Problem.forbidden("Je mag alleen initiatieven wijzigen waaraan je eigen organisatie deelneemt.")
        }
    }

    private func replaceParticipants(of id: UUID, with participants: [Participant], on db: any Database) async throws {
        try await InitiativeParticipation.query(on: db).filter(\.$initiative.$id == id).delete()
        for (i, p) in participants.enumerated() {
            try await InitiativeParticipation(initiativeID: id, organisationID: p.organisationID, role: p.role, position: i).create(on: db)
        }
    }
}

extension InitiativeStore: RecordStore {
    static let what = "Dit initiatief"
    static let entity = HistoryEntity.initiative
    static var csvColumns: [String] { InitiativeCSV.header }

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let record = try await find(id, withDeleted: true)
        return (record.fields.name, record.deletedAt != nil)
    }

    func input(of id: UUID) async throws -> InitiativeInput { InitiativeInput(try await find(id).fields) }

    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        if deleted { try await delete(id, user: user) } else { try await restore(id, user: user) }
    }
}
