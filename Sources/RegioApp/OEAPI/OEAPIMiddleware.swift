import Foundation
import Vapor

/// Wraps every `/oeapi/v6` request: checks the OEAPI version a client asks for, turns
/// every error into the specification's problem+json (in Dutch, as the rest of the
/// platform's API) and lets other websites read the answers.
struct OEAPIMiddleware: AsyncMiddleware {
    /// The OEAPI versions served, newest first.
    static let supportedVersions = ["6.0"]

    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response: Response
        if let requested = Self.unsupportedVersion(request.headers) {
            response = try Self.versionNotAcceptable(requested)
        } else {
            do {
                response = try await next.respond(to: request)
            } catch {
                let problem = RegioErrorMiddleware.problem(for: error)
                if problem.status.code >= 500 { request.logger.report(error: error) }
                response = RegioErrorMiddleware.json(problem)
            }
        }
        response.headers.replaceOrAdd(name: .accessControlAllowOrigin, value: "*")
        return response
    }

    /// The version asked for when it is one we do not serve. OEAPI 6 asks for a version
    /// in the Accept header (`application/vnd.oeapi+json; version=6.0`); any 6.x is served
    /// as 6.0, the compatible minor version we have. Consumer profiles are not offered,
    /// so a consumer parameter gets the base representation.
    static func unsupportedVersion(_ headers: HTTPHeaders) -> String? {
        for range in headers[.accept].flatMap({ $0.split(separator: ",") }) {
            let parts = range.split(separator: ";").map { $0.trimmingCharacters(in: .whitespaces) }
            guard parts.first?.lowercased() == "application/vnd.oeapi+json" else { continue }
            for parameter in parts.dropFirst() {
                let pair = parameter.split(separator: "=", maxSplits: 1).map { $0.trimmingCharacters(in: .whitespaces) }
                guard pair.count == 2, pair[0].lowercased() == "version" else { continue }
                let version = pair[1].trimmingCharacters(in: CharacterSet(charactersIn: "\""))
                if version.split(separator: ".").first != "6" { return version }
            }
        }
        return nil
    }

    /// `ProblemVersionNotAcceptable`.
    struct VersionProblem: Codable {
        var type = "about:blank"
        var title = "Versie niet beschikbaar"
        var status = 406
        var detail: String
        var requestedVersion: String
        var supportedVersions = OEAPIMiddleware.supportedVersions
    }

    static func versionNotAcceptable(_ requested: String) throws -> Response {
        let problem = VersionProblem(detail: "OEAPI-versie ‘\(requested.prefix(20))’ kan deze server niet leveren; hij levert versie \(supportedVersions.joined(separator: ", ")).",
                                     requestedVersion: String(requested.prefix(20)))
        let response = try JSONResponse.make(problem, status: .notAcceptable)
        response.headers.contentType = .problemJSON
        return response
    }

    /// 405 for a method other than GET on an OEAPI path: this implementation only reads.
    static func methodNotAllowed() -> Response {
        let response = RegioErrorMiddleware.json(Problem(status: .methodNotAllowed, title: "Niet toegestaan",
                                                         detail: "Deze Open Onderwijs API kan alleen lezen: gebruik GET."))
        response.headers.replaceOrAdd(name: .allow, value: "GET, HEAD")
        return response
    }
}
