import Fluent
import Foundation
import RegioCore
import Vapor

/// The steps every record page shares, for initiatives and organisations alike.
enum FormFlow {
    /// Saves, then redirects to the record with a message (post/redirect/get); invalid
    /// input shows the form again with each message beside its field.
    static func submit(_ req: Request, message: String, to path: @escaping (UUID) -> String,
                       save: () async throws -> UUID, invalid: (ValidationFailure) async throws -> Response) async throws -> Response {
        do {
            let id = try await save()
            req.setFlash(Flash(message: message))
            return req.redirect(to: path(id), redirectType: .normal)
        } catch let failure as ValidationFailure {
            return try await invalid(failure)
        }
    }

    /// The history page of a record.
    static func history(_ req: Request, entity: HistoryEntity, id: UUID, title: String, backURL: String) async throws -> Response {
        let changes = try await RecordChange.query(on: req.db).filter(\.$entity == entity.rawValue)
            .filter(\.$entityID == id).sort(\.$at, .descending).all()
        return HistoryViews.page(title: title, backURL: backURL, backLabel: title, changes: changes, context: try await req.pageContext()).response()
    }

    /// After a delete: back to the list, with an undo button.
    static func deleted(_ req: Request, name: String, restoreAction: String, listURL: String) -> Response {
        req.setFlash(Flash(message: "‘\(name)’ is verwijderd.", undoAction: restoreAction, undoLabel: "Ongedaan maken"))
        return req.redirect(to: listURL, redirectType: .normal)
    }
}
