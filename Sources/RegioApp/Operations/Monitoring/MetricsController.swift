import NIOCore
import RegioCore
import Vapor

/// `/metrics` in Prometheus text, for this process only: with several instances,
/// Prometheus scrapes each one and adds them up. Requests by route (`RequestMetrics`),
/// then the database as seen at the scrape (`DatabaseMetrics`).
///
/// Not public: request counts per route tell an outsider what is used and when. It
/// answers a direct request from this machine (loopback, not forwarded by a proxy), or
/// any request with `Authorization: Bearer <REGIO_METRICS_TOKEN>` when that is set;
/// everything else gets the same 404 as an unknown address.
struct MetricsController: RouteCollection {
    func boot(routes: any RoutesBuilder) throws {
        routes.get("metrics") { req async throws -> Response in
            guard req.application.metricsAccess.allows(remote: req.remoteAddress, headers: req.headers) else { throw Abort(.notFound) }
            var database = PrometheusText()
            let loops = Array(req.application.eventLoopGroup.makeIterator()).count
            let postgres = if case .postgres = req.application.databaseLocation { true } else { false }
            await DatabaseMetrics.render(into: &database, db: req.db, postgres: postgres,
                                         poolMax: DatabaseSetup.connectionsPerEventLoop * loops, logger: req.logger)
            let response = Response(status: .ok, body: .init(string: req.application.requestMetrics.prometheusText() + database.text))
            response.headers.replaceOrAdd(name: .contentType, value: PrometheusText.contentType)
            response.headers.cacheControl = .init(noStore: true)
            return response
        }
    }
}

/// Who may read `/metrics`.
struct MetricsAccess: Sendable {
    /// `REGIO_METRICS_TOKEN`; nil or empty: loopback only.
    var token: String?

    static func fromEnvironment() -> MetricsAccess {
        MetricsAccess(token: Environment.get("REGIO_METRICS_TOKEN").flatMap { $0.isEmpty ? nil : $0 })
    }

    func allows(remote: SocketAddress?, headers: HTTPHeaders) -> Bool {
        if let token, let given = headers.bearerAuthorization?.token, Self.sameBytes(given, token) { return true }
        return Self.isDirectLoopback(remote, headers: headers)
    }

    /// A proxy on the same machine connects from loopback too; what it forwards carries
    /// `Forwarded` or `X-Forwarded-For` (nginx: `proxy_set_header X-Forwarded-For …`),
    /// and is then treated as coming from outside.
    static func isDirectLoopback(_ remote: SocketAddress?, headers: HTTPHeaders) -> Bool {
        guard let ip = remote?.ipAddress else { return false }
        let loopback = ip.hasPrefix("127.") || ip == "::1" || ip.hasPrefix("::ffff:127.")
        let forwarded = ["Forwarded", "X-Forwarded-For", "X-Real-IP"].contains { headers.first(name: $0) != nil }
        return loopback && !forwarded
    }

    /// Compares without stopping at the first difference, so timing does not reveal how
    /// much of a guessed token was right.
    static func sameBytes(_ a: String, _ b: String) -> Bool {
        let x = Array(a.utf8), y = Array(b.utf8)
        guard x.count == y.count else { return false }
        return zip(x, y).reduce(0) { $0 | ($1.0 ^ $1.1) } == 0
    }
}

extension Application {
    private struct MetricsAccessKey: StorageKey { typealias Value = MetricsAccess }

    /// From the environment at start; tests set their own.
    var metricsAccess: MetricsAccess {
        get { storage[MetricsAccessKey.self] ?? .fromEnvironment() }
        set { storage[MetricsAccessKey.self] = newValue }
    }
}
