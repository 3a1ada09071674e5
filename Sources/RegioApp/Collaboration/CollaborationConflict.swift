import Fluent
import Foundation
import Plot
import Vapor

/// What the form shows after a save was refused because someone else saved first: who
/// saved last and when, and the fields where the stored record and the user's input differ.
enum CollaborationConflict {
    static func isConflict(_ error: any Error) -> Bool { (error as? Problem)?.status == .conflict }

    /// The last change of the record (its author's name without e-mail, and when).
    static func lastChange(_ entity: HistoryEntity, id: UUID, on db: any Database) async throws -> (author: String?, at: Date?) {
        let change = try await RecordChange.query(on: db).filter(\.$entity == entity.rawValue).filter(\.$entityID == id).sort(\.$at, .descending).first()
        return (change.map { displayName($0.author) }, change?.at)
    }

    /// "Naam <e-mail>" → "Naam": pages name people, they do not spread addresses.
    static func displayName(_ author: String) -> String {
        author.split(separator: "<").first.map { $0.trimmingCharacters(in: .whitespaces) } ?? author
    }

    static func notice(_ entity: HistoryEntity, id: UUID, stored: [String: String], yours: [String: String], order: [String],
                       on db: any Database) async throws -> Node<HTML.BodyContext> {
        let last = try await lastChange(entity, id: id, on: db)
        return CollaborationViews.conflictNotice(differences: CollaborationViews.differences(stored: stored, yours: yours, order: order),
                                                 updatedBy: last.author, updatedAt: last.at)
    }
}
