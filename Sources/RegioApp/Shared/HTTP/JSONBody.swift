import Foundation
import Vapor
import RegioCore

extension Request {
    /// Decodes a JSON body with Dutch errors: 415 for another content type, 400 for
    /// malformed JSON or a field of the wrong type.
    func decodeJSON<T: Decodable>(_ type: T.Type) throws -> T {
        guard let contentType = headers.contentType, contentType.type == "application",
              contentType.subType == "json" || contentType.subType.hasSuffix("+json") else {
            throw Problem(status: .unsupportedMediaType, title: "Verkeerd formaat",
                          detail: "Stuur de gegevens als JSON met de header Content-Type: application/json.")
        }
        guard let buffer = body.data, buffer.readableBytes > 0 else {
            throw Problem(status: .badRequest, title: "Lege invoer", detail: "Het verzoek heeft geen inhoud; stuur een JSON-object.")
        }
        do {
            return try JSONDecoder().decode(T.self, from: Data(buffer: buffer))
        } catch let error as DecodingError {
            throw Problem(status: .badRequest, title: "Ongeldige JSON", detail: Self.dutch(error))
        }
    }

    private static func dutch(_ error: DecodingError) -> String {
        func path(_ context: DecodingError.Context) -> String {
            let p = context.codingPath.map { $0.intValue.map { "[\($0)]" } ?? $0.stringValue }.joined(separator: ".")
            return p.isEmpty ? "" : " (veld ‘\(p)’)"
        }
        switch error {
        case .dataCorrupted(let c) where c.codingPath.isEmpty:
            return "De inhoud is geen geldige JSON."
        case .dataCorrupted(let c):
            return "Een waarde klopt niet\(path(c))."
        case .typeMismatch(_, let c):
            return "Een waarde heeft het verkeerde type\(path(c)): controleer tekst, lijst of ja/nee."
        case .valueNotFound(_, let c):
            return "Er ontbreekt een waarde\(path(c))."
        case .keyNotFound(let key, _):
            return "Het veld ‘\(key.stringValue)’ ontbreekt."
        @unknown default:
            return "De inhoud is geen geldige JSON."
        }
    }
}

extension Request {
    /// A path parameter that must be a UUID; anything else is a plain 404.
    func uuidParameter(_ name: String = "id", what: String) throws -> UUID {
        guard let raw = parameters.get(name), let id = UUID(uuidString: raw) else {
            throw Problem.notFound(what)
        }
        return id
    }
}

/// `?page=N` of a paginated list: a whole number from 1, or a Dutch 400.
enum PageParameter {
    static func page(_ req: Request) throws -> Int {
        let raw = QueryString.decode(req.url.query)["page"]?.last ?? "1"
        guard let page = Int(raw), page >= 1 else {
            throw Problem(status: .badRequest, title: "Ongeldige zoekopdracht", detail: "Het paginanummer moet een geheel getal vanaf 1 zijn.")
        }
        return page
    }

    static func pageCount(_ total: Int, pageSize: Int = Limits.pageSizeDefault) -> Int {
        max(1, (total + pageSize - 1) / pageSize)
    }
}
