import Foundation
import RegioCore
import Vapor

/// Protects forms against cross-site requests with a double-submit token: a random
/// value in a SameSite cookie that every form must send back. Needs no server-side
/// state, so anonymous visitors cost no database write.
struct CSRFMiddleware: AsyncMiddleware {
    static let cookieName = "regio-csrf"
    static let fieldName = "_csrf"

    private struct TokenKey: StorageKey { typealias Value = String }

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let cookie = request.cookies[Self.cookieName]?.string
        let existing = cookie?.count == 43 ? cookie : nil
        let token = existing ?? Self.newToken()
        request.storage[TokenKey.self] = token
        if ![.GET, .HEAD, .OPTIONS].contains(request.method) {
            // The token is in the body: a body still streaming in (a file upload) is read
            // first, up to what the route allows.
            if request.body.data == nil {
                let max = request.route?.userInfo[Route.maxUploadKey] as? Int ?? request.application.routes.defaultMaxBodySize.value
                _ = try await request.body.collect(max: max).get()
            }
            // A plain form is read as FormBody reads it: Vapor's form decoder gives up on the
            // whole body at a name like `tiers[0].percent`, and with it on the token.
            let sent = request.headers.contentType == .urlEncodedForm
                ? QueryString.decode(request.body.string)[Self.fieldName]?.last
                : try? request.content.get(String.self, at: Self.fieldName)
            guard let existing, let sent, Self.constantTimeEqual(sent, existing) else {
                throw Problem(status: .forbidden, title: "Formulier verlopen",
                              detail: "Dit formulier is verlopen of kwam niet van deze website. Laad de pagina opnieuw en probeer het nog eens.")
            }
        }
        let response = try await next.respond(to: request)
        if existing == nil {
            response.cookies[Self.cookieName] = HTTPCookies.Value(string: token, isSecure: request.application.secureCookies,
                                                                  isHTTPOnly: true, sameSite: .lax)
        }
        return response
    }

    static func token(for request: Request) -> String {
        request.storage[TokenKey.self] ?? ""
    }

    static func newToken() -> String {
        let bytes = [UInt8].random(count: 32)
        return Data(bytes).base64EncodedString().replacingOccurrences(of: "+", with: "-")
            .replacingOccurrences(of: "/", with: "_").replacingOccurrences(of: "=", with: "")
    }

    static func constantTimeEqual(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Application {
    /// Cookies only over HTTPS when the platform is served that way (`REGIO_SECURE_COOKIES=1`).
    var secureCookies: Bool { ProcessSettings.secureCookies }
}

extension Request {
    /// The frame data of an HTML page; takes the one-off flash message out of the session.
    func pageContext() async throws -> PageContext {
        var flash: Flash?
        if hasSession, let text = session.data["flash"] {
            flash = try? JSONDecoder().decode(Flash.self, from: Data(text.utf8))
            session.data["flash"] = nil
        }
        let snapshot = try await snapshot()
        return PageContext(regionName: snapshot.name, user: signedIn, csrfToken: CSRFMiddleware.token(for: self), flash: flash, path: url.path)
    }

    /// Shows `flash` on the next page (signed-in users only: everyone else cannot write).
    func setFlash(_ flash: Flash) {
        guard signedIn != nil else { return }
        session.data["flash"] = String(decoding: (try? JSONEncoder().encode(flash)) ?? Data(), as: UTF8.self)
    }
}

extension Route {
    static let maxUploadKey = "regio-max-upload"

    /// Marks an upload route: the CSRF check may read a body of up to `size`.
    @discardableResult
    func allowingUploads(upTo size: ByteCount) -> Route {
        userInfo[Self.maxUploadKey] = size.value
        return self
    }
}
