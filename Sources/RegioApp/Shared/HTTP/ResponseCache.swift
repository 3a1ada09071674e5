import Foundation
import NIOConcurrencyHelpers
import Vapor

/// Recently sent JSON list answers, per region revision: the same question (the first
/// page, a popular filter, an embedded map) is answered from memory until the region
/// changes. Any write bumps the revision, so a cached answer is never stale.
/// `REGIO_RESPONSE_CACHE=0` turns it off (used to measure the uncached path).
final class ResponseCache: Sendable {
    struct Entry: Sendable { var body: ByteBuffer; var contentType: HTTPMediaType }

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
        let key = "\(req.regionSlug)|\(version)|\(req.url.path)?\(req.url.query ?? "")"
        if let hit = get(key) {
            var headers = HTTPHeaders()
            headers.contentType = hit.contentType
            return Response(status: .ok, headers: headers, body: .init(buffer: hit.body)).withETag(for: req)
        }
        let response = try await make()
        if response.status == .ok, let buffer = response.body.buffer, let type = response.headers.contentType {
            put(key, Entry(body: buffer, contentType: type))
        }
        return response.withETag(for: req)
    }
}

extension Application {
    private struct ResponseCacheKey: StorageKey { typealias Value = ResponseCache }

    var responseCache: ResponseCache {
        get { storage[ResponseCacheKey.self] ?? ResponseCache(enabled: false) }
        set { storage[ResponseCacheKey.self] = newValue }
    }
}
