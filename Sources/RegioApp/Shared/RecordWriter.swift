import Fluent
import Foundation
import RegioCore
import Vapor

/// A stored record whose fields are read and written as one value (organisations,
/// learning places, modules, learning routes), so that one writer can add, change and import it with history.
protocol ImportableRecord: Model where IDValue == UUID {
    associatedtype Fields: Equatable & Sendable
    var fields: Fields { get }
    func apply(_ fields: Fields)
    var deletedAt: Date? { get }
    static func new(id: UUID, regionID: UUID, fields: Fields) -> Self
}

extension Organisation: ImportableRecord {
    static func new(id: UUID, regionID: UUID, fields: OrganisationFields) -> Organisation { Organisation(id: id, regionID: regionID, fields: fields) }
}

extension ModuleRecord: ImportableRecord {
    static func new(id: UUID, regionID: UUID, fields: ModuleFields) -> ModuleRecord { ModuleRecord(id: id, regionID: regionID, fields: fields) }
}

extension LearningRouteRecord: ImportableRecord {
    static func new(id: UUID, regionID: UUID, fields: LearningRouteFields) -> LearningRouteRecord {
        let route = LearningRouteRecord(regionID: regionID, fields: fields)
        route.id = id
        return route
    }
}

extension LearningPlaceRecord: ImportableRecord {
    static func new(id: UUID, regionID: UUID, fields: LearningPlaceFields) -> LearningPlaceRecord { LearningPlaceRecord(id: id, regionID: regionID, fields: fields) }
}

/// Writes records of one kind with their history entry and the region's new revision in
/// one transaction: add, change, and a CSV import all or nothing.
struct RecordWriter<M: ImportableRecord>: Sendable {
    let regionID: UUID
    let entity: HistoryEntity
    let fieldOrder: [String]
    /// The fields as history shows them.
    let shown: @Sendable (M.Fields) -> [String: String]

    /// Adds a record; returns its id.
    func create(_ fields: M.Fields, author: ChangeAuthor, on db: any Database) async throws -> UUID {
        let id = UUID()
        try await db.transaction { tx in try await insert(fields, id: id, action: .create, author: author, on: tx) }
        return id
    }

    /// Replaces the fields of `model`; nothing is written when they are the same.
    func update(_ model: M, with fields: M.Fields, author: ChangeAuthor, on db: any Database) async throws {
        try await db.transaction { tx in try await replace(model, with: fields, action: .update, author: author, on: tx) }
    }

    private func insert(_ fields: M.Fields, id: UUID, action: ChangeAction, author: ChangeAuthor, on tx: any Database) async throws {
        try await M.new(id: id, regionID: regionID, fields: fields).create(on: tx)
        try await HistoryWriter(regionID: regionID, author: author)
            .record(action, entity: entity, id: id, old: [:], new: shown(fields), fieldOrder: fieldOrder, on: tx)
    }

    /// Replaces the fields inside the caller's transaction (the versioned save checks first).
    func replaceInTransaction(_ model: M, with fields: M.Fields, author: ChangeAuthor, on tx: any Database) async throws {
        try await replace(model, with: fields, action: .update, author: author, on: tx)
    }

    private func replace(_ model: M, with fields: M.Fields, action: ChangeAction, author: ChangeAuthor, on tx: any Database) async throws {
        let old = model.fields
        guard old != fields else { return }
        model.apply(fields)
        try await model.save(on: tx)
        try await HistoryWriter(regionID: regionID, author: author)
            .record(action, entity: entity, id: try model.requireID(), old: shown(old), new: shown(fields), fieldOrder: fieldOrder, on: tx)
    }

    /// Checks every CSV row before anything is written: `read` gives its id and validated
    /// fields, `refuse` may object to a valid row (permissions); rows of deleted records and
    /// repeated ids are refused too. Every problem is named with its line ("regel 3 · count").
    func plan(_ rows: [CSVRow], existing: [UUID: M], deleted: String, read: (CSVRow) -> (UUID?, Result<M.Fields, ValidationFailure>),
              refuse: (M.Fields, M?) -> FieldError? = { _, _ in nil }) throws -> [(UUID, M.Fields)] {
        var plans: [(UUID, M.Fields)] = [], errors: [FieldError] = [], seen = Set<UUID>()
        for row in rows {
            let (id, result) = read(row)
            switch result {
            case .success(let fields):
                let current = id.flatMap { existing[$0] }
                if let id, !seen.insert(id).inserted {
                    errors.append(FieldError("regel \(row.line) · id", "Deze id staat al op een eerdere regel."))
                } else if let current, current.deletedAt != nil {
                    errors.append(FieldError("regel \(row.line)", deleted))
                } else if let problem = refuse(fields, current) {
                    errors.append(FieldError("regel \(row.line) · \(problem.field)", problem.message))
                } else {
                    plans.append((id ?? UUID(), fields))
                }
            case .failure(let failure):
                errors += failure.errors.map { FieldError("regel \(row.line) · \($0.field)", $0.message) }
            }
        }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        return plans
    }

    /// Writes planned rows in one transaction: a row of an existing record updates it (no
    /// history when nothing changes), any other row adds one.
    func importRows(_ plans: [(UUID, M.Fields)], existing: [UUID: M], author: ChangeAuthor, on db: any Database) async throws -> ImportSummary {
        let created = plans.filter { existing[$0.0] == nil }.count
        try await db.transaction { tx in
            for (id, fields) in plans {
                if let model = existing[id] {
                    try await replace(model, with: fields, action: .import, author: author, on: tx)
                } else {
                    try await insert(fields, id: id, action: .import, author: author, on: tx)
                }
            }
        }
        return ImportSummary(created: created, updated: plans.count - created)
    }

    /// Records by id, for `plan` and `importRows`.
    static func byID(_ records: [M]) -> [UUID: M] {
        Dictionary(records.compactMap { m in m.id.map { ($0, m) } }, uniquingKeysWith: { a, _ in a })
    }
}
