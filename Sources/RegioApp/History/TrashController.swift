import Fluent
import Foundation
import Plot
import Vapor

/// Deleted records, to be restored: nothing deleted is ever lost.
struct TrashController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("prullenbak", use: list)
    }

    func list(req: Request) async throws -> Response {
        if let login = req.signedInOrRedirect() { return login }
        let region = try await req.region()
        let regionID = try region.requireID()
        let initiatives = try await Initiative.query(on: req.db).withDeleted().filter(\.$region.$id == regionID)
            .filter(\.$deletedAt != nil).sort(\.$deletedAt, .descending).limit(200).all()
        let organisations = try await Organisation.query(on: req.db).withDeleted().filter(\.$region.$id == regionID)
            .filter(\.$deletedAt != nil).sort(\.$deletedAt, .descending).limit(200).all()
        let modules = try await ModuleRecord.query(on: req.db).withDeleted().filter(\.$region.$id == regionID)
            .filter(\.$deletedAt != nil).sort(\.$deletedAt, .descending).limit(200).all()
        let routes = try await LearningRouteRecord.query(on: req.db).withDeleted().filter(\.$region.$id == regionID)
            .filter(\.$deletedAt != nil).sort(\.$deletedAt, .descending).limit(200).all()
        let places = try await LearningPlaceRecord.query(on: req.db).withDeleted().filter(\.$region.$id == regionID)
            .filter(\.$deletedAt != nil).sort(\.$deletedAt, .descending).limit(200).all()
        let snapshot = try await req.snapshot()
        let context = try await req.pageContext()
        func row(_ kind: String, _ name: String, _ url: String, _ deleted: Date?) -> Node<HTML.TableContext> {
            .tr(.td(.text(kind)), .td(.a(.href(url), .text(name))), .td(.text(Components.dateTime(deleted))),
                .td(.form(.method(.post), .action(url + "/herstellen"), Layout.csrfField(context.csrfToken),
                          .button(.type(.submit), .class("button button-secondary button-small"), .aria("Herstellen: \(name)"), "Herstellen"))))
        }
        let rows = initiatives.map { row("Initiatief", $0.name, "/initiatieven/\($0.id?.uuidString ?? "")", $0.deletedAt) }
            + organisations.map { row("Organisatie", $0.name, "/organisaties/\($0.id?.uuidString ?? "")", $0.deletedAt) }
            + places.map { row("Leerplek", LearningPlaceViews.title($0.fields, snapshot: snapshot), "/leerplekken/\($0.id?.uuidString ?? "")", $0.deletedAt) }
            + modules.map { row("Module", $0.title, "/modules/\($0.id?.uuidString ?? "")", $0.deletedAt) }
            + routes.map { row("Leerroute", $0.title, "/leerroutes/\($0.id?.uuidString ?? "")", $0.deletedAt) }
        return Layout.page(title: "Verwijderd", context: context, body: .div(.class("wrap narrow"),
            .h1("Verwijderd"),
            .p(.class("lead"), "Verwijderde initiatieven, organisaties, modules, leerroutes en leerplekken blijven bewaard en kunnen worden hersteld."),
            rows.isEmpty ? .div(.class("empty-state"), .p("Er is niets verwijderd.")) :
            .div(.class("table-scroll"), .attribute(named: "role", value: "region"), .attribute(named: "aria-label", value: "Verwijderde records"),
                 .attribute(named: "tabindex", value: "0"), .table(.class("data-table"),
                   .caption(.class("visually-hidden"), "Verwijderde records"),
                   .thead(.tr(.th(.attribute(named: "scope", value: "col"), "Soort"), .th(.attribute(named: "scope", value: "col"), "Naam"),
                              .th(.attribute(named: "scope", value: "col"), "Verwijderd op"), .th(.attribute(named: "scope", value: "col"), .span(.class("visually-hidden"), "Actie")))),
                   .tbody(.group(rows))))
        )).response()
    }
}
