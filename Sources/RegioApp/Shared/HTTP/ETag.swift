import Foundation
import Vapor

extension Response {
    /// Adds a strong ETag from the body's bytes and answers 304 when the client already
    /// has this version (If-None-Match).
    func withETag(for req: Request) -> Response {
        guard let data = body.data else { return self }
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325 // FNV-1a: cheap, stable, good enough to compare versions
        data.withUnsafeBytes { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3 }
        }
        let tag = "\"\(String(hash, radix: 16))\""
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
