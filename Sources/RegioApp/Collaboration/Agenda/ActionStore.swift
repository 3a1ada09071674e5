import Fluent
import Foundation
import RegioCore
import Vapor

/// Reads and writes the actions of the regional agenda and their progress updates. The
/// coordinator manages the agenda (adds, deletes, publishes); owners and members of a
/// linked coalition change their actions and post progress. Changes use optimistic locking.
struct ActionStore {
    let req: Request

    static let csv = InputCSV<Versioned<ActionInput>>(columns: [
        ("title", .text), ("description", .text), ("theme", .text), ("ownerIds", .list), ("scope", .text), ("phase", .text),
        ("status", .text), ("dueDate", .text), ("coalitionIds", .list), ("initiativeIds", .list), ("sessionId", .text), ("published", .text)])

    var table: CollaborationTable<ActionRecord> { .init(req: req, what: Self.what, entity: Self.entity) }

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> ActionRecord { try await table.find(id, withDeleted: withDeleted) }

    /// The actions the visitor may see, by phase and title.
    func list() async throws -> [ActionRecord] {
        try await table.visible().sort(\.$phase).sort(\.$title).all()
    }

    /// Members of the coalitions `action` belongs to: they may update it too.
    func coalitionMembers(_ action: ActionFields) async throws -> [UUID] {
        guard !action.coalitionIDs.isEmpty else { return [] }
        return try await CoalitionRecord.query(on: req.db).filter(\.$id ~~ action.coalitionIDs).all().flatMap(\.coalition.memberIDs)
    }

    func mayEdit(_ user: SignedInUser?, _ model: ActionRecord) async throws -> Bool {
        CollaborationAccess.mayEditAction(user, regionID: try await req.snapshot().regionID, model.fields,
                                          coalitionMembers: try await coalitionMembers(model.fields))
    }

    func authoriseCoordinator(_ user: SignedInUser) async throws {
        guard CollaborationAccess.isCoordinator(user, regionID: try await req.snapshot().regionID) else {
            throw Problem.forbidden("De actieagenda beheert de coördinator van de regio: die voegt acties toe en verwijdert ze.")
        }
    }

    func authoriseEdit(_ user: SignedInUser, _ model: ActionRecord) async throws {
        guard try await mayEdit(user, model) else {
            throw Problem.forbidden("Alleen de coördinator, de eigenaren van deze actie en de leden van haar coalitie kunnen haar bijwerken.")
        }
    }

    func writer(_ names: CollaborationNames) -> RecordWriter<ActionRecord> {
        RecordWriter(regionID: names.snapshot.regionID, entity: .action, fieldOrder: ActionSnapshot.fieldOrder,
                     shown: { ActionSnapshot.make($0, names: names) })
    }

    /// Checks `input`; someone who is not the coordinator cannot change what is published.
    func validate(_ input: ActionInput, user: SignedInUser, current: ActionRecord?, names: CollaborationNames) throws -> ActionFields {
        var fields = try ActionFields.validate(input, vocabulary: names.actionVocabulary).get()
        if !CollaborationAccess.isCoordinator(user, regionID: names.snapshot.regionID) { fields.published = current?.published ?? false }
        return fields
    }

    func updates(_ actionID: UUID) async throws -> [ActionUpdateRecord] {
        try await ActionUpdateRecord.query(on: req.db).filter(\.$action.$id == actionID).sort(\.$date, .descending).sort(\.$createdAt, .descending).all()
    }

    /// Posts a progress update; a new status in it changes the action as well (with the
    /// version the poster saw, so a status nobody saw is never overwritten).
    func postUpdate(_ id: UUID, input: ActionUpdateInput, user: SignedInUser) async throws {
        let model = try await find(id)
        try await authoriseEdit(user, model)
        let update = try ActionUpdate.validate(input, today: LandscapeController.today).get()
        let names = try await CollaborationNames.load(req)
        let newStatus = update.status.flatMap { $0 == model.status ? nil : $0 }
        var changed = model.fields
        changed.status = newStatus ?? changed.status
        let fields = changed
        // Only a change of status needs the version the poster saw; a note alone never overwrites.
        let version = newStatus == nil ? model.version
            : try Versioned(version: input.version.flatMap { Int($0.trimmingCharacters(in: .whitespaces)) }, fields: ActionInput()).requireVersion("een actie")
        do {
            try await req.db.transaction { tx in
                if newStatus != nil {
                    try await writer(names).update(model, with: fields, expectedVersion: version, author: user.author, on: tx)
                }
                try await ActionUpdateRecord(actionID: id, date: update.date, text: update.text, author: user.author.label, newStatus: newStatus).create(on: tx)
                try await HistoryWriter(regionID: names.snapshot.regionID, author: user.author)
                    .record(.update, entity: .action, id: id, old: [:], new: ["text": "\(update.date.dutch): \(update.text)"], on: tx)
            }
        } catch is VersionConflict {
            throw Problem.conflict("Deze actie")
        }
        await req.regionChanged()
    }
}

extension ActionStore: RecordStore {
    static let what = "Deze actie"
    static let entity = HistoryEntity.action
    static var csvColumns: [String] { csv.header }
    static var csvRequired: [String] { ["title", "scope", "phase"] }

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let model = try await find(id, withDeleted: true)
        return (model.title, model.deletedAt != nil)
    }

    func input(of id: UUID) async throws -> Versioned<ActionInput> { Versioned(version: nil, fields: ActionInput(try await find(id).fields)) }

    func create(_ input: Versioned<ActionInput>, user: SignedInUser) async throws -> UUID {
        try await authoriseCoordinator(user)
        let names = try await CollaborationNames.load(req)
        let id = try await writer(names).create(try validate(input.fields, user: user, current: nil, names: names), author: user.author, on: req.db)
        await req.regionChanged()
        return id
    }

    func update(_ id: UUID, with input: Versioned<ActionInput>, user: SignedInUser) async throws {
        let model = try await find(id)
        try await authoriseEdit(user, model)
        let names = try await CollaborationNames.load(req)
        let fields = try validate(input.fields, user: user, current: model, names: names)
        do {
            try await writer(names).update(model, with: fields, expectedVersion: try input.requireVersion("een actie"), author: user.author, on: req.db)
        } catch is VersionConflict {
            throw Problem.conflict("Deze actie")
        }
        await req.regionChanged()
    }

    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        try await table.setDeleted(id, deleted: deleted, user: user) { _ in try await authoriseCoordinator(user) }
    }

    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary {
        try await authoriseCoordinator(user)
        let names = try await CollaborationNames.load(req)
        return try await table.importRows(rows, csv: Self.csv, writer: writer(names), user: user) { input, _ in
            ActionFields.validate(input.fields, vocabulary: names.actionVocabulary)
        }
    }
}

/// An action's fields as history shows them.
enum ActionSnapshot {
    static let fieldOrder = ["title", "description", "theme", "owners", "scope", "phase", "status", "dueDate", "coalitions", "initiatives", "session", "published"]

    static func make(_ f: ActionFields, names: CollaborationNames) -> [String: String] {
        var s = ["title": f.title, "scope": f.scope.dutchLabel, "phase": f.phase.dutch, "status": f.status.dutchLabel, "published": f.published ? "Ja" : "Nee"]
        s["description"] = f.description
        s["theme"] = f.theme.map(names.theme)
        s["owners"] = f.ownerIDs.isEmpty ? nil : names.list(f.ownerIDs, names.organisation)
        s["dueDate"] = f.dueDate?.dutch
        s["coalitions"] = f.coalitionIDs.isEmpty ? nil : names.list(f.coalitionIDs, names.coalition)
        s["initiatives"] = f.initiativeIDs.isEmpty ? nil : names.list(f.initiativeIDs, names.initiative)
        s["session"] = f.sessionID.map(names.session)
        return s
    }
}
