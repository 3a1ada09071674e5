import Fluent
import Foundation
import Plot
import Vapor

/// Login and logout pages. Sessions live in the database (work across instances).
struct LoginController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("inloggen", use: form)
        routes.post("inloggen", use: login)
        routes.post("uitloggen", use: logout)
    }

    /// Only local paths are followed after login, never another site.
    static func safeReturnPath(_ raw: String?) -> String {
        guard let raw, raw.hasPrefix("/"), !raw.hasPrefix("//"), !raw.contains("\\") else { return "/" }
        return raw
    }

    func form(req: Request) async throws -> Response {
        let back = Self.safeReturnPath(try? req.query.get(String.self, at: "terug"))
        return LoginViews.page(email: "", error: nil, back: back, context: try await req.pageContext()).response()
    }

    func login(req: Request) async throws -> Response {
        let form = try FormBody(req)
        let email = form.string("email") ?? "", password = form.string("password") ?? ""
        let back = Self.safeReturnPath(form.string("terug"))
        guard !email.isEmpty, !password.isEmpty else {
            return LoginViews.page(email: email, error: "Vul je e-mailadres en wachtwoord in.", back: back, context: try await req.pageContext())
                .response(status: .unprocessableEntity)
        }
        let user: User?
        do {
            user = try await LoginThrottle(db: req.db).verify(email: email, password: password, address: req.clientAddress, hasher: req.password.async)
        } catch let p as Problem where p.status == .tooManyRequests {
            return LoginViews.page(email: email, error: p.detail, back: back, context: try await req.pageContext()).response(status: .tooManyRequests)
        }
        guard let user else {
            return LoginViews.page(email: email, error: "Dit e-mailadres en wachtwoord horen niet bij elkaar. Controleer ze en probeer het opnieuw.",
                                   back: back, context: try await req.pageContext()).response(status: .unauthorized)
        }
        // A new session id at login: an id someone planted before (session fixation) is
        // worth nothing afterwards. The old session's data (the flash) moves along.
        if req.hasSession, let old = req.session.id {
            try await req.application.sessions.driver.deleteSession(old, for: req).get()
            req.session.id = nil
        }
        req.auth.login(user)
        req.session.authenticate(user)
        req.signedIn = try SignedInUser(user)
        req.setFlash(Flash(message: "Welkom, \(user.name). Je bent ingelogd."))
        return req.redirect(to: back, redirectType: .normal)
    }

    func logout(req: Request) async throws -> Response {
        req.auth.logout(User.self)
        if req.hasSession { req.session.destroy() }
        return req.redirect(to: "/", redirectType: .normal)
    }
}

enum LoginViews {
    static func page(email: String, error: String?, back: String, context: PageContext) -> HTML {
        Layout.page(title: "Inloggen", context: context, body: .div(.class("wrap narrow login"),
            .h1("Inloggen"),
            .p(.class("lead"), "Voor coördinatoren en redacteuren van organisaties. Bekijken kan iedereen, zonder account."),
            .unwrap(error) { .div(.class("error-summary"), .id("foutmeldingen"), .attribute(named: "tabindex", value: "-1"),
                                  .attribute(named: "role", value: "alert"), .p(.text($0))) },
            .form(.method(.post), .action("/inloggen"), .class("record-form"),
                  Layout.csrfField(context.csrfToken),
                  .input(.type(.hidden), .name("terug"), .value(back.attributeEscaped)),
                  .div(.class("field"), .label(.for("email"), "E-mailadres"),
                       .input(.type(.email), .name("email"), .id("email"), .value(email.attributeEscaped), .attribute(named: "autocomplete", value: "username"), .required(true),
                              .attribute(named: "aria-invalid", value: error == nil ? nil : "true"))),
                  .div(.class("field"), .label(.for("password"), "Wachtwoord"),
                       .input(.type(.password), .name("password"), .id("password"), .attribute(named: "autocomplete", value: "current-password"), .required(true))),
                  .div(.class("form-actions"), .button(.type(.submit), .class("button"), "Inloggen")))
        ), script: error == nil ? nil : "/js/focus-errors.js")
    }
}
