import Foundation
import Plot

/// The parts every record page shares: the notice of a deleted record with its restore
/// button, the edit and delete buttons, and the line with history and JSON links.
/// `path` is the record's page (`/modules/<id>`); the actions hang below it.
enum RecordViews {
    static func deletedNotice(_ deletedAt: Date?, what: String, path: String, canRestore: Bool, csrf: String,
                              consequence: String? = nil) -> Node<HTML.BodyContext> {
        .if(deletedAt != nil, .div(.class("notice notice-warning"), .attribute(named: "role", value: "status"),
            .p(.text("\(what) is verwijderd op \(Components.dateTime(deletedAt))." + (consequence.map { " " + $0 } ?? ""))),
            .if(canRestore, .form(.method(.post), .action(path + "/herstellen"), Layout.csrfField(csrf),
                                  .button(.type(.submit), .class("button"), "Herstellen")))))
    }

    static func actions(path: String, canEdit: Bool, canDelete: Bool, csrf: String) -> Node<HTML.BodyContext> {
        .if(canEdit || canDelete, .div(.class("actions"),
            .if(canEdit, .a(.class("button"), .href(path + "/bewerken"), "Bewerken")),
            .if(canDelete, .form(.method(.post), .action(path + "/verwijderen"), Layout.csrfField(csrf),
                                 .button(.type(.submit), .class("button button-danger"), "Verwijderen")))))
    }

    /// `json` is left out for records that have no JSON of their own.
    static func meta(updated: Date?, path: String, json: String?) -> Node<HTML.BodyContext> {
        .p(.class("meta"),
           .text("Laatst gewijzigd: \(Components.dateTime(updated)). "),
           .a(.href(path + "/geschiedenis"), "Bekijk de geschiedenis"), .unwrap(json) { .group(" · ", .a(.href($0), "JSON")) })
    }
}
