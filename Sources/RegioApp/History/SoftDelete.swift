import Fluent
import Foundation

/// Soft delete and restore of one record with its history entry, in one transaction:
/// the step every store shares. Nothing deleted is lost; the trash page lists it.
enum SoftDelete {
    static func delete<M: Model>(_ type: M.Type, id: UUID, entity: HistoryEntity, writer: HistoryWriter, what: String,
                                 on db: any Database) async throws where M.IDValue == UUID {
        try await db.transaction { tx in
            guard let model = try await M.find(id, on: tx) else { throw Problem.notFound(what) }
            try await model.delete(on: tx)
            try await writer.record(.delete, entity: entity, id: id, old: [:], new: [:], on: tx)
        }
    }

    static func restore<M: Model>(_ type: M.Type, id: UUID, entity: HistoryEntity, writer: HistoryWriter, what: String,
                                  on db: any Database) async throws where M.IDValue == UUID {
        try await db.transaction { tx in
            guard let model = try await M.query(on: tx).withDeleted().filter(\._$id == id).first() else { throw Problem.notFound(what) }
            try await model.restore(on: tx)
            try await writer.record(.restore, entity: entity, id: id, old: [:], new: [:], on: tx)
        }
    }
}
