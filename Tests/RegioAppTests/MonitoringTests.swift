import FluentPostgresDriver
import Foundation
import NIOCore
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

@Suite("Health and metrics")
struct MonitoringTests {
    @Test("/health asks the database: 200 when it answers")
    func healthy() async throws {
        try await withApp { app in
            let res = try await app.testing().sendRequest(.GET, "/health")
            #expect(res.status == .ok)
            #expect(try res.content.decode(HealthController.Answer.self) == .init(status: "ok", database: "ok"))
            #expect(res.headers.cacheControl?.noStore == true)
        }
    }

    @Test("/health/live answers without the database, also when the database is gone")
    func live() async throws {
        try await withApp { app in
            try await app.asyncBoot()
            let own: DatabaseID
            if case .postgres = app.databaseLocation { own = .psql } else { own = .sqlite }
            try app.databases.use(.postgres(url: "postgres://regio:geheim@127.0.0.1:1/regio"), as: DatabaseID(string: "onbereikbaar"), isDefault: true)
            let res = try await app.testing().sendRequest(.GET, "/health/live")
            let deep = try await app.testing().sendRequest(.GET, "/health")
            app.databases.default(to: own)
            #expect(res.status == .ok && res.body.string == "ok\n")
            #expect(res.headers.cacheControl?.noStore == true)
            #expect(deep.status == .serviceUnavailable)
        }
    }

    @Test("/health is 503 with a short Dutch reason when the database cannot be reached")
    func unhealthy() async throws {
        try await withApp { app in
            // A PostgreSQL address where nothing listens: the endpoint really tries and fails.
            try await app.asyncBoot()
            let own: DatabaseID
            if case .postgres = app.databaseLocation { own = .psql } else { own = .sqlite }
            try app.databases.use(.postgres(url: "postgres://regio:geheim@127.0.0.1:1/regio"), as: DatabaseID(string: "onbereikbaar"), isDefault: true)
            let res = try await app.testing().sendRequest(.GET, "/health")
            app.databases.default(to: own)
            #expect(res.status == .serviceUnavailable)
            let answer = try res.content.decode(HealthController.Answer.self)
            #expect(answer.status == "unavailable")
            #expect(["niet bereikbaar", "geen antwoord binnen 2 seconden"].contains(answer.database))
            #expect(!res.body.string.contains("geheim") && !res.body.string.contains("127.0.0.1"))
        }
    }

    @Test("/metrics counts requests by route pattern, not by path, in Prometheus text")
    func metrics() async throws {
        try await withApp { app in
            app.metricsAccess = MetricsAccess(token: "fictief-geheim")
            let id = try await app.initiativeID(named: "MBOHup")
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/initiatives/\(id)").status == .ok)
            #expect(try await app.testing().sendRequest(.GET, "/api/v1/initiatives/\(UUID())").status == .notFound)
            _ = try await app.testing().sendRequest(.GET, "/bestaat/niet")
            let res = try await app.testing().sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer fictief-geheim"])
            #expect(res.status == .ok)
            #expect(res.headers.first(name: .contentType) == "text/plain; version=0.0.4; charset=utf-8")
            let samples = try PrometheusSamples.parse(res.body.string)
            func count(_ route: String, _ status: String) -> Double? {
                samples.first { $0.name == "regio_http_requests_total" && $0.labels == ["method": "GET", "route": route, "status": status] }?.value
            }
            #expect(count("/api/v1/initiatives/:id", "200") == 1)
            #expect(count("/api/v1/initiatives/:id", "404") == 1)
            #expect(count("onbekend", "404") == 1)
            #expect(samples.first { $0.name == "regio_http_request_duration_seconds_count" && $0.labels == ["method": "GET", "route": "/api/v1/initiatives/:id"] }?.value == 2)
            #expect(!res.body.string.contains(id.uuidString) && !res.body.string.contains("/bestaat"))

            // The database as seen at the scrape.
            func value(_ name: String) -> Double? { samples.first { $0.name == name }?.value }
            #expect((value("regio_db_pool_connections_max") ?? 0) >= 1)
            #expect(value("regio_db_up") == 1)
            #expect((value("regio_db_acquire_and_query_seconds") ?? -1) >= 0)
            let server = samples.filter { $0.name == "regio_db_server_connections" }
            if case .postgres = app.databaseLocation {
                // At least the connection that asked is there, in state "active".
                #expect(server.contains { $0.labels["state"] == "active" && $0.value >= 1 })
            } else {
                #expect(server.isEmpty)
            }
        }
    }

    @Test("/metrics says the database is down (regio_db_up 0) instead of failing")
    func metricsDatabaseDown() async throws {
        try await withApp { app in
            try await app.asyncBoot()
            app.metricsAccess = MetricsAccess(token: "fictief-geheim")
            let own: DatabaseID
            if case .postgres = app.databaseLocation { own = .psql } else { own = .sqlite }
            try app.databases.use(.postgres(url: "postgres://regio:geheim@127.0.0.1:1/regio"), as: DatabaseID(string: "onbereikbaar"), isDefault: true)
            let res = try await app.testing().sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer fictief-geheim"])
            app.databases.default(to: own)
            #expect(res.status == .ok)
            let samples = try PrometheusSamples.parse(res.body.string)
            #expect(samples.first { $0.name == "regio_db_up" }?.value == 0)
            #expect(!res.body.string.contains("geheim"))
        }
    }

    @Test("/metrics answers loopback and the token, and is a 404 for everyone else")
    func metricsAccess() async throws {
        try await withApp { app in
            #expect(try await app.testing().sendRequest(.GET, "/metrics").status == .notFound) // no peer address, no token
            let loopback = try await app.sendOverLoopback(.GET, "/metrics")
            #expect(loopback.status == .ok && loopback.body.string.contains("# TYPE regio_http_requests_total counter"))
            app.metricsAccess = MetricsAccess(token: "fictief-geheim")
            #expect(try await app.testing().sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer fout"]).status == .notFound)
            #expect(try await app.testing().sendRequest(.GET, "/metrics", headers: ["Authorization": "Bearer fictief-geheim"]).status == .ok)
        }
        let local = try SocketAddress(ipAddress: "127.0.0.1", port: 5000), remote = try SocketAddress(ipAddress: "192.0.2.7", port: 5000)
        let open = MetricsAccess(token: nil)
        #expect(open.allows(remote: local, headers: [:]))
        #expect(open.allows(remote: try SocketAddress(ipAddress: "::1", port: 5000), headers: [:]))
        #expect(!open.allows(remote: remote, headers: [:]))
        // Through a proxy on the same machine the peer is loopback too, but the request is not local.
        #expect(!open.allows(remote: local, headers: ["X-Forwarded-For": "192.0.2.7"]))
        #expect(!open.allows(remote: local, headers: ["Forwarded": "for=192.0.2.7"]))
    }
}
