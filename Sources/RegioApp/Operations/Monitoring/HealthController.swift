import Fluent
import SQLKit
import Vapor

/// `/health/live` says the process answers; `/health` for load balancers and monitors: 200 when the database answers `SELECT 1`,
/// 503 with a short Dutch reason when it does not. It names no host, user or error text:
/// the answer is public, the details go to the log.
struct HealthController: RouteCollection {
    struct Answer: Content, Equatable {
        var status: String
        var database: String
    }

    /// A monitor wants an answer, not a request that hangs until the pool gives up (10 s).
    static let timeoutSeconds: Int64 = 2

    func boot(routes: any RoutesBuilder) throws {
        // Liveness: the process answers, without asking the database. A supervisor restarts
        // on this one; a load balancer takes an instance out on `/health`. It is also the
        // trivial route the load tests compare the map with (the framework's own ceiling).
        routes.get("health", "live") { _ -> Response in
            var headers = HTTPHeaders()
            headers.contentType = .plainText
            headers.cacheControl = .init(noStore: true)
            return Response(status: .ok, headers: headers, body: .init(staticString: "ok\n"))
        }
        routes.get("health") { req async throws -> Response in
            let problem = await Self.databaseProblem(req.db, logger: req.logger)
            let answer = problem.map { Answer(status: "unavailable", database: $0) } ?? Answer(status: "ok", database: "ok")
            let response = try await answer.encodeResponse(status: problem == nil ? .ok : .serviceUnavailable, for: req)
            response.headers.cacheControl = .init(noStore: true)
            return response
        }
    }

    /// nil when the database answered in time, else what to tell the monitor.
    static func databaseProblem(_ db: any Database, logger: Logger) async -> String? {
        guard let sql = db as? any SQLDatabase else { return "geen SQL-database" }
        struct TimedOut: Error {}
        // Whichever comes first completes the promise; the other is then ignored.
        let promise = db.eventLoop.makePromise(of: Void.self)
        let timer = db.eventLoop.scheduleTask(in: .seconds(timeoutSeconds)) { promise.fail(TimedOut()) }
        let query: EventLoopFuture<Void> = sql.raw("SELECT 1").run()
        query.cascade(to: promise)
        do {
            try await promise.futureResult.get()
            timer.cancel()
            return nil
        } catch is TimedOut {
            logger.warning("Gezondheidscontrole: de database gaf binnen \(timeoutSeconds) seconden geen antwoord")
            return "geen antwoord binnen \(timeoutSeconds) seconden"
        } catch {
            timer.cancel()
            logger.warning("Gezondheidscontrole: database niet bereikbaar: \(String(reflecting: error))")
            return "niet bereikbaar"
        }
    }
}
