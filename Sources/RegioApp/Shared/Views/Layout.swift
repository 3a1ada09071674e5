import Foundation
import Plot
import Vapor

/// What every page shows around its content: who is logged in, a one-off message.
struct PageContext: Sendable {
    var regionName: String
    var user: SignedInUser?
    var csrfToken: String
    var flash: Flash?
    var path: String
}

/// A message shown once after an action, with an optional undo button.
struct Flash: Codable, Sendable {
    var message: String
    var undoAction: String?
    var undoLabel: String?
}

/// The page frame: skip link, header with navigation, main landmark, footer.
enum Layout {
    static func page(title: String, context: PageContext, description: String? = nil, body: Node<HTML.BodyContext>, script: String? = nil, scripts: [String] = []) -> HTML {
        HTML(
            .lang(.dutch),
            .head(
                .meta(.charset(.utf8)),
                .meta(.name("viewport"), .content("width=device-width, initial-scale=1")),
                titleTags("\(title) · Lerende Regio"),
                .meta(.name("description"), .content((description ?? "Het leer- en ontwikkellandschap van \(context.regionName) in zorg en welzijn.").attributeEscaped)),
                .link(.rel(.icon), .href("/favicon.svg"), .attribute(named: "type", value: "image/svg+xml")),
                .link(.rel(.stylesheet), .href("/css/regio.css")),
                .link(.rel(.stylesheet), .href("/css/print.css"), .attribute(named: "media", value: "print")),
                .forEach((script.map { [$0] } ?? []) + scripts) { .script(.src($0), .defer()) }
            ),
            .body(
                .a(.class("skip-link"), .href("#inhoud"), "Direct naar de inhoud"),
                header(context),
                .main(.id("inhoud"), .attribute(named: "tabindex", value: "-1"),
                      .unwrap(context.flash) { flash(flash: $0, csrf: context.csrfToken) },
                      body),
                .footer(.class("site-footer"),
                        .div(.class("wrap"),
                             .p("Lerende Regio — het platform van de lerende regio in zorg en welzijn. Gegevens over organisaties komen uit de openbare documenten van de regio; wat daar niet staat, is ‘nog aan te vullen’."),
                             .p(.a(.href("/api/v1/openapi.json"), "API (OpenAPI)"), " · Kaartgegevens: Bron: CBS, Kadaster/PDOK (CC BY 4.0)")))
            )
        )
    }

    /// `<title>` and the social-sharing titles Plot's `.title` adds, with the title
    /// escaped in the meta tags' `content` (Plot escapes it only in `<title>`).
    static func titleTags(_ title: String) -> Node<HTML.HeadContext> {
        .group(.element(named: "title", text: title),
               .meta(.name("twitter:title"), .content(title.attributeEscaped)),
               .meta(.property("og:title"), .content(title.attributeEscaped)))
    }

    private static func header(_ context: PageContext) -> Node<HTML.BodyContext> {
        func navLink(_ href: String, _ label: String) -> Node<HTML.ListContext> {
            // A section's pages share its menu item: modules, routes and roles belong to the offer.
            let section: [String: [String]] = ["/": ["/initiatieven"], "/aanbod": ["/aanbod", "/modules", "/leerroutes", "/beroepen", "/vaardigheden"],
                                               "/samenwerking": CollaborationViews.sections.map(\.path)]
            let current = href == "/" ? context.path == "/" || context.path.hasPrefix("/initiatieven")
                : (section[href] ?? [href]).contains { context.path.hasPrefix($0) }
            return .li(.a(.href(href), .if(current, .attribute(named: "aria-current", value: "page")), .text(label)))
        }
        return .header(.class("site-header"),
            .div(.class("wrap header-inner"),
                .a(.class("brand"), .href("/"),
                   .span(.class("brand-mark"), .attribute(named: "aria-hidden", value: "true"), "LR"),
                   .span(.class("brand-text"), .strong("Lerende Regio"), .span(.class("brand-region"), .text(context.regionName)))),
                .nav(.aria("Hoofdmenu"),
                     .ul(.class("main-nav"),
                         navLink("/", "Landschap"),
                         navLink("/kaart", "Kaart"),
                         navLink("/netwerk", "Netwerk"),
                         navLink("/overlap", "Overlap"),
                         navLink("/organisaties", "Organisaties"),
                         navLink("/aanbod", "Leeraanbod"),
                         navLink("/leerplekken", "Leerplekken"),
                         navLink("/samenwerking", "Samenwerking"),
                         navLink("/kandidaat", "Wat past bij mij?"))),
                .div(.class("account"), account(context))))
    }

    private static func account(_ context: PageContext) -> Node<HTML.BodyContext> {
        guard let user = context.user else {
            return .a(.class("button button-secondary"), .href("/inloggen?terug=\(context.path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "/")".attributeEscaped), "Inloggen")
        }
        return .form(.class("logout"), .method(.post), .action("/uitloggen"),
                     csrfField(context.csrfToken),
                     .span(.class("account-name"), .text(user.name), .span(.class("account-role"), .text(" · \(user.role.dutchLabel)"))),
                     // A tool of signed-in users, beside their name rather than in the main menu.
                     .a(.class("account-link"), .href("/prullenbak"), .if(context.path.hasPrefix("/prullenbak"), .attribute(named: "aria-current", value: "page")), "Verwijderd"),
                     .button(.type(.submit), .class("button button-link"), "Uitloggen"))
    }

    private static func flash(flash: Flash, csrf: String) -> Node<HTML.BodyContext> {
        .div(.class("wrap"),
             .div(.class("flash"), .attribute(named: "role", value: "status"),
                  .p(.text(flash.message)),
                  .unwrap(flash.undoAction) { action in
                      .form(.method(.post), .action(action), csrfField(csrf),
                            .button(.type(.submit), .class("button button-secondary"), .text(flash.undoLabel ?? "Ongedaan maken")))
                  }))
    }

    static func csrfField(_ token: String) -> Node<HTML.FormContext> {
        .input(.type(.hidden), .name("_csrf"), .value(token))
    }
}

extension HTML {
    /// The page as an HTTP response.
    func response(status: HTTPResponseStatus = .ok) -> Response {
        var headers = HTTPHeaders()
        headers.contentType = .html
        return Response(status: status, headers: headers, body: .init(string: render()))
    }
}

/// Text for a value the region has not filled in yet.
enum Missing {
    static let text = "nog aan te vullen"

    static func node<C: HTML.BodyContext>() -> Node<C> {
        .span(.class("missing"), .text(text))
    }
}

extension Node where Context: HTML.BodyContext {
    /// `value` as text, or the "nog aan te vullen" marker.
    static func valueOrMissing(_ value: String?) -> Node {
        guard let value, !value.isEmpty else { return Missing.node() }
        return .text(value)
    }
}
