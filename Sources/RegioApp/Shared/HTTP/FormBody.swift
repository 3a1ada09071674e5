import Foundation
import RegioCore
import Vapor

/// The fields of a submitted HTML form (application/x-www-form-urlencoded).
struct FormBody {
    let values: [String: [String]]

    init(_ req: Request) throws {
        guard let type = req.headers.contentType, type == .urlEncodedForm else {
            throw Problem(status: .unsupportedMediaType, title: "Verkeerd formaat", detail: "Verstuur het formulier vanaf de pagina zelf.")
        }
        values = QueryString.decode(req.body.string)
    }

    func string(_ name: String) -> String? { values[name]?.last }
    func strings(_ name: String) -> [String] { values[name] ?? [] }
    func bool(_ name: String) -> Bool { ["true", "on", "1", "ja"].contains(string(name) ?? "") }
}

extension Request {
    /// Redirects anonymous visitors to the login page and back afterwards.
    func signedInOrRedirect() -> Response? {
        guard signedIn == nil else { return nil }
        let back = url.path.addingPercentEncoding(withAllowedCharacters: .urlQueryAllowed) ?? "/"
        return redirect(to: "/inloggen?terug=\(back)", redirectType: .normal)
    }
}
