import Foundation
import RegioCore
import Vapor

/// An error with a Dutch message for people, sent as RFC 9457 problem+json by the API
/// and as an error page by the HTML side.
struct Problem: AbortError, Sendable {
    var status: HTTPResponseStatus
    var title: String
    var detail: String
    var fieldErrors: [FieldError] = []

    var reason: String { detail }

    static func validation(_ failure: ValidationFailure) -> Problem {
        Problem(status: .unprocessableEntity, title: "Ongeldige invoer",
                detail: "Niet opgeslagen: \(failure.errors.count == 1 ? "één veld klopt" : "\(failure.errors.count) velden kloppen") nog niet.",
                fieldErrors: failure.errors)
    }

    static func notFound(_ what: String) -> Problem {
        Problem(status: .notFound, title: "Niet gevonden", detail: "\(what) bestaat niet (meer).")
    }

    static func forbidden(_ detail: String) -> Problem {
        Problem(status: .forbidden, title: "Geen toegang", detail: detail)
    }

    static let loginRequired = Problem(status: .unauthorized, title: "Inloggen nodig",
                                       detail: "Log in om gegevens te wijzigen.")
}

/// The JSON body of a problem answer.
struct ProblemBody: Content {
    var type: String
    var title: String
    var status: Int
    var detail: String
    var errors: [FieldError]?
}

extension HTTPMediaType {
    static let problemJSON = HTTPMediaType(type: "application", subType: "problem+json", parameters: ["charset": "utf-8"])
    static let csv = HTTPMediaType(type: "text", subType: "csv", parameters: ["charset": "utf-8"])
}

/// Turns every error into a Dutch answer: problem+json under `/api`, an HTML page
/// elsewhere. Internal details never reach the user; they go to the log.
struct RegioErrorMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        do {
            return try await next.respond(to: request)
        } catch {
            let problem = Self.problem(for: error)
            if problem.status.code >= 500 {
                request.logger.report(error: error)
            }
            let response = request.url.path.hasPrefix("/api/") ? Self.json(problem) : ErrorPage.response(problem, request: request)
            if problem.status == .serviceUnavailable {
                response.headers.replaceOrAdd(name: .retryAfter, value: String(DatabaseOutage.retryAfter))
            }
            return response
        }
    }

    static func json(_ problem: Problem) -> Response {
        let body = ProblemBody(type: "about:blank", title: problem.title, status: Int(problem.status.code), detail: problem.detail,
                               errors: problem.fieldErrors.isEmpty ? nil : problem.fieldErrors)
        let response = Response(status: problem.status)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        response.body = .init(data: (try? encoder.encode(body)) ?? Data())
        response.headers.contentType = .problemJSON
        return response
    }

    static func problem(for error: any Error) -> Problem {
        switch error {
        case let p as Problem:
            return p
        case let v as ValidationFailure:
            return .validation(v)
        case is DecodingError:
            return Problem(status: .badRequest, title: "Ongeldige invoer", detail: "De gegevens konden niet worden gelezen: controleer de velden en hun typen.")
        case let abort as any AbortError:
            return dutch(abort.status, reason: abort.reason)
        case let error where DatabaseOutage.kind(of: error) != nil:
            return DatabaseOutage.problem(for: error)!
        default:
            return Problem(status: .internalServerError, title: "Er ging iets mis",
                           detail: "Er ging aan onze kant iets mis. Probeer het later opnieuw; blijft het misgaan, meld het dan bij de coördinator.")
        }
    }

    /// Vapor's own errors speak English; give them a Dutch message.
    static func dutch(_ status: HTTPResponseStatus, reason: String) -> Problem {
        switch status {
        case .notFound:
            return Problem(status: status, title: "Niet gevonden", detail: reason.hasSuffix(".") && reason.contains(" ") && !reason.hasPrefix("Not") ? reason : "Deze pagina of dit record bestaat niet (meer).")
        case .payloadTooLarge:
            return Problem(status: status, title: "Te groot", detail: "Het verzoek is te groot: maximaal \(RegioLimits.maxBodyDescription).")
        case .unsupportedMediaType:
            return Problem(status: status, title: "Verkeerd formaat", detail: "Dit formaat wordt niet ondersteund; stuur JSON (Content-Type: application/json).")
        case .methodNotAllowed:
            return Problem(status: status, title: "Niet toegestaan", detail: "Deze actie kan niet op dit adres.")
        case .unauthorized:
            return Problem.loginRequired
        case .forbidden:
            return Problem.forbidden(reason.isEmpty || reason == "Forbidden" ? "Je hebt geen rechten voor deze actie." : reason)
        case .badRequest:
            return Problem(status: status, title: "Ongeldig verzoek", detail: reason.isEmpty || reason == "Bad Request" ? "Het verzoek klopt niet." : Self.dutchBadRequest(reason))
        case .tooManyRequests:
            return Problem(status: status, title: "Te veel pogingen", detail: reason)
        default:
            return Problem(status: status, title: status.reasonPhrase, detail: status.code >= 500 ? "Er ging aan onze kant iets mis." : reason)
        }
    }

    private static func dutchBadRequest(_ reason: String) -> String {
        // Our own messages are Dutch already; Vapor's are replaced.
        let english = ["Value", "Invalid", "Data", "Could", "No ", "Missing", "Unable", "Expected", "Bad", "Failed"]
        return english.contains(where: reason.hasPrefix) ? "Het verzoek kon niet worden gelezen." : reason
    }
}

enum RegioLimits {
    static let maxBody: ByteCount = "1mb"
    static let maxBodyDescription = "1 MB"
}
