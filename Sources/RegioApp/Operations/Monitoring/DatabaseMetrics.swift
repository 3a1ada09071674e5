import Fluent
import RegioCore
import SQLKit
import Vapor

/// The database part of `/metrics`, read when Prometheus scrapes. async-kit keeps its
/// pool's counts private, so the pool is seen from outside:
/// - how many connections this process may open (`regio_db_pool_connections_max`);
/// - how long it takes to get a pooled connection and run `SELECT 1`
///   (`regio_db_acquire_and_query_seconds`): when every connection is busy, this grows by
///   the wait for a free one, so it is the pool's saturation as a request feels it;
/// - whether that worked at all (`regio_db_up`);
/// - on PostgreSQL, the connections of this database as the server counts them, by state
///   (`regio_db_server_connections`: all instances together; each scrape gives the same).
enum DatabaseMetrics {
    static func render(into out: inout PrometheusText, db: any Database, postgres: Bool, poolMax: Int, logger: Logger) async {
        out.family("regio_db_pool_connections_max", .gauge, help: "Connections this process may open to the database (per event loop times event loops).")
        out.sample("regio_db_pool_connections_max", value: poolMax)

        let start = DispatchTime.now().uptimeNanoseconds
        let problem = await HealthController.databaseProblem(db, logger: logger)
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
        out.family("regio_db_up", .gauge, help: "1 when a pooled connection ran SELECT 1 within the health check's timeout, else 0.")
        out.sample("regio_db_up", value: problem == nil ? 1 : 0)
        out.family("regio_db_acquire_and_query_seconds", .gauge, help: "Time to get a pooled connection and run SELECT 1, at this scrape; grows with the wait when the pool is exhausted.")
        out.sample("regio_db_acquire_and_query_seconds", value: seconds)

        guard postgres, problem == nil, let sql = db as? any SQLDatabase else { return }
        struct Row: Decodable { var state: String; var connections: Int }
        do {
            // Sessions of other roles show no state to a role without pg_read_all_stats.
            let rows = try await sql.raw("""
                SELECT coalesce(state, 'unknown') AS state, count(*)::int AS connections
                FROM pg_stat_activity WHERE datname = current_database() GROUP BY 1 ORDER BY 1
                """).all(decoding: Row.self)
            out.family("regio_db_server_connections", .gauge, help: "Connections to this database by state, as PostgreSQL counts them (every instance together).")
            for row in rows { out.sample("regio_db_server_connections", labels: [("state", row.state)], value: row.connections) }
        } catch {
            logger.warning("Metrics: pg_stat_activity niet leesbaar: \(String(reflecting: error))")
        }
    }
}
