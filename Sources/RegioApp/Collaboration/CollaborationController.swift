import Fluent
import Foundation
import Plot
import RegioCore
import Vapor

/// `/samenwerking`: the way in to sessions, coalitions, the agenda, the Volgspot and the dashboard.
struct CollaborationController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("samenwerking", use: overview)
    }

    func overview(req: Request) async throws -> Response {
        let sessions = try await DevelopmentSessionStore(req: req).list()
        let coalitions = try await CoalitionStore(req: req).list()
        let agenda = ActionAgenda(try await ActionStore(req: req).list().map(\.agendaAction))
        let reviews = try await ProgressReviewStore(req: req).all()
        let barriers = try await BarrierStore(req: req).list().count
        let contentItems = try await CollectiveStore(req: req).items().count
        let today = LandscapeController.today
        let overdue = agenda.overdue(today: today).count
        let active = coalitions.filter { $0.status == .active || $0.status == .forming }.count
        let running = agenda.statusCounts.first { $0.status == .running }?.count ?? 0
        func card(_ href: String, _ title: String, _ figure: String, _ text: String) -> Node<HTML.ListContext> {
            .li(.class("card"), .h2(.a(.href(href), .text(title))), .p(.class("figure"), .text(figure)), .p(.text(text)))
        }
        return Layout.page(title: "Samenwerking", context: try await req.pageContext(), body: .div(.class("wrap"),
            CollaborationViews.menu(current: "/samenwerking"),
            .h1("Samenwerking in de regio"),
            .p(.class("lead"), "Van vraag naar resultaat: in ontwikkelsessies verkennen professionals samen hoe iets kan; ontwikkelcoalities ontwerpen en doen het; de actieagenda houdt bij wie wat wanneer doet; de Volgspot kijkt geregeld samen terug."),
            .ul(.class("cards collaboration-cards"),
                card("/ontwikkelsessies", "Ontwikkelsessies", Components.count(sessions.count, "sessie", "sessies"),
                     sessions.first.map { "Laatste: \($0.title) (\($0.fields.date.dutch))." } ?? "Nog geen sessies vastgelegd."),
                card("/coalities", "Ontwikkelcoalities", Components.count(coalitions.count, "coalitie", "coalities"),
                     "\(active) in oprichting of actief."),
                card("/agenda", "Actieagenda", Components.count(agenda.actions.count, "actie", "acties"),
                     "\(running) lopend, \(overdue) te laat."),
                card("/volgspot", "Volgspot", Components.count(reviews.count, "Volgspot", "Volgspots"),
                     reviews.last.map { "Laatste op \($0.review.date.dutch)." } ?? "Nog geen Volgspot vastgelegd."),
                card("/dashboard", "Dashboard", "Voor bestuurders", "De cijfers van de regio op één pagina, af te drukken en te exporteren."),
                card("/inkoop", "Gezamenlijke inkoop", Components.count(contentItems, "item", "items") + " leerinhoud",
                     "Vraag naar dezelfde leerinhoud samen inkopen: de staffel die de regio haalt en de geschatte besparing; gedeelde eigen inhoud."),
                card("/belemmeringen", "Belemmeringen en regelingen", Components.count(barriers, "belemmering", "belemmeringen"),
                     "Wat leren en werken in de weg staat, hoe het is opgelost (factsheets) en welke regelingen helpen."))
        )).response()
    }
}
