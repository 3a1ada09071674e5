import Foundation
import Vapor

extension Response {
    /// Adds a strong ETag from the body's bytes and answers 304 when the client already
    /// has this version (If-None-Match).
    func withETag(for req: Request) -> Response {
        guard let data = body.data else { return self }
        return withETag(Self.entityTag(of: data), for: req)
    }

    /// The strong ETag of these bytes. FNV-1a: cheap, stable, good enough to compare versions.
    static func entityTag(of bytes: some Sequence<UInt8>) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        return "\"\(String(hash, radix: 16))\""
    }

    /// Adds `tag` (computed earlier, e.g. kept with a cached answer) and answers 304 when
    /// the client already has this version.
    func withETag(_ tag: String, for req: Request) -> Response {
        headers.replaceOrAdd(name: .eTag, value: tag)
        headers.replaceOrAdd(name: .cacheControl, value: "no-cache")
        let sent = req.headers[.ifNoneMatch].flatMap { $0.split(separator: ",") }.map { $0.trimmingCharacters(in: .whitespaces) }
        if sent.contains(tag) || sent.contains("*") {
            let notModified = Response(status: .notModified, headers: headers)
            notModified.headers.remove(name: .contentLength)
            return notModified
        }
        return self
    }
}

enum JSONResponse {
    static func make<T: Encodable>(_ value: T, status: HTTPResponseStatus = .ok) throws -> Response {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .iso8601
        var headers = HTTPHeaders()
        headers.contentType = .json
        return Response(status: status, headers: headers, body: .init(data: try encoder.encode(value)))
    }
}
