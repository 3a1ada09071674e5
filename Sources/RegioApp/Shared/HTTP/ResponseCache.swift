import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Recently sent answers (the list API, the map's SVG), per region revision: the same
/// question (the first page, a popular filter, an embedded map) is answered from memory
/// until the region changes. Any write bumps the revision, so a cached answer is never
/// stale. A hit costs no rendering and no hashing: the ETag is kept with the bytes.
/// `REGIO_RESPONSE_CACHE=0` turns it off (used to measure the uncached path).
final class ResponseCache: Sendable {
    struct Entry: Sendable {
        var body: ByteBuffer
        /// The headers the answer was made with (type, download name), replayed on a hit.
        var headers: HTTPHeaders
        var entityTag: String
    }

    private struct State {
        var entries: [String: (entry: Entry, used: UInt64)] = [:]
        var clock: UInt64 = 0
    }

    let capacity: Int
    let enabled: Bool
    private let state = NIOLockedValueBox(State())

    init(capacity: Int = 256, enabled: Bool = Environment.get("REGIO_RESPONSE_CACHE") != "0") {
        self.capacity = capacity
        self.enabled = enabled
    }

    func get(_ key: String) -> Entry? {
        guard enabled else { return nil }
        return state.withLockedValue { s in
            guard var hit = s.entries[key] else { return nil }
            s.clock += 1
            hit.used = s.clock
            s.entries[key] = hit
            return hit.entry
        }
    }

    func put(_ key: String, _ entry: Entry) {
        guard enabled, entry.body.readableBytes < 512 * 1024 else { return }
        state.withLockedValue { s in
            s.clock += 1
            if s.entries.count >= capacity, let oldest = s.entries.min(by: { $0.value.used < $1.value.used })?.key {
                s.entries[oldest] = nil
            }
            s.entries[key] = (entry, s.clock)
        }
    }

    /// Answers from the cache, or makes the answer and keeps it. `version` is the
    /// region's revision (and the day, when answers depend on it): old ones age out.
    func respond(_ req: Request, version: String, make: () async throws -> Response) async throws -> Response {
        if let hit = cached(req, version: version) { return hit }
        let key = Self.key(req, version: version)
        let response = try await make()
        guard response.status == .ok, let buffer = response.body.buffer else { return response.withETag(for: req) }
        let tag = Response.entityTag(of: buffer.readableBytesView)
        var kept = HTTPHeaders()
        for name in [HTTPHeaders.Name.contentType, .contentDisposition] {
            for value in response.headers[name] { kept.add(name: name, value: value) }
        }
        put(key, Entry(body: buffer, headers: kept, entityTag: tag))
        return response.withETag(tag, for: req)
    }
}

extension ResponseCache {
    /// The cached answer to this request at this version, or nil. Synchronous: it can
    /// answer on the event loop, before any task is started.
    func cached(_ req: Request, version: String) -> Response? {
        guard let hit = get(Self.key(req, version: version)) else { return nil }
        return Response(status: .ok, headers: hit.headers, body: .init(buffer: hit.body)).withETag(hit.entityTag, for: req)
    }

    private static func key(_ req: Request, version: String) -> String {
        "\(req.regionSlug)|\(version)|\(req.url.path)?\(req.url.query ?? "")"
    }
}

extension Application {
    private struct ResponseCacheKey: StorageKey { typealias Value = ResponseCache }

    var responseCache: ResponseCache {
        get { storage[ResponseCacheKey.self] ?? ResponseCache(enabled: false) }
        set { storage[ResponseCacheKey.self] = newValue }
    }
}
