import Fluent
import FluentPostgresDriver
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// On PostgreSQL, every change to a row of `regions` (a write bumps its revision) is
/// announced on the channel `regio_revision` by a trigger, in the writer's transaction:
/// listeners hear it when it commits, whatever wrote it (the app, a command, an import, a
/// restore, an administrator's `UPDATE`). SQLite has no such channel; nothing to do there.
struct NotifyRevisionChanges: AsyncMigration {
    static let channel = "regio_revision"
    var name: String { "2026-11-25-notify-region-revision-changes" }

    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("""
            CREATE OR REPLACE FUNCTION regio_notify_revision() RETURNS trigger AS $$
            BEGIN
                PERFORM pg_notify('\(unsafeRaw: Self.channel)', COALESCE(NEW.slug, OLD.slug));
                RETURN NULL;
            END;
            $$ LANGUAGE plpgsql
            """).run()
        try await sql.raw("""
            CREATE TRIGGER regions_notify_revision AFTER INSERT OR UPDATE OR DELETE ON regions
            FOR EACH ROW EXECUTE FUNCTION regio_notify_revision()
            """).run()
    }

    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase, sql.dialect.name == "postgresql" else { return }
        try await sql.raw("DROP TRIGGER IF EXISTS regions_notify_revision ON regions").run()
        try await sql.raw("DROP FUNCTION IF EXISTS regio_notify_revision()").run()
    }
}

/// Listens on `regio_revision` with a connection of its own, so that this instance hears
/// of writes on other instances within moments of their commit, and tells the snapshot
/// cache (`RegionSnapshotCache.listening(since:)`, `changedElsewhere()`). While it listens
/// the map data trusts the revision it read last, instead of reading it per request.
///
/// When the connection is lost (PostgreSQL restarts, the network breaks) the cache is told
/// at once and every request reads the revision again, as without notifications; the
/// listener reconnects every second until it can listen again. Reads from before that
/// moment are not trusted: changes in between were not heard.
final class RevisionListener: LifecycleHandler, Sendable {
    private let configuration: PostgresConnection.Configuration
    private let running = NIOLockedValueBox<Task<Void, Never>?>(nil)

    init(url: String) throws {
        configuration = try SQLPostgresConfiguration(url: url).coreConfiguration
    }

    /// Only when serving: tests start it themselves, short commands have no use for it.
    func didBootAsync(_ app: Application) async throws {
        guard app.environment != .testing else { return }
        start(app)
    }

    func shutdownAsync(_ app: Application) async {
        await stop()
    }

    func start(_ app: Application) {
        let snapshots = app.regionSnapshots, logger = app.logger, loop = app.eventLoopGroup.any(), configuration = configuration
        running.withLockedValue { running in
            guard running == nil else { return }
            running = Task {
                var failures = 0
                while !Task.isCancelled {
                    do {
                        let connection = try await PostgresConnection.connect(on: loop, configuration: configuration, id: 0, logger: logger)
                        do {
                            try await connection.listen(on: NotifyRevisionChanges.channel) { notifications in
                                snapshots.listening(since: Date())
                                if failures > 0 { logger.notice("Wijzigingsberichten van PostgreSQL komen weer binnen") }
                                failures = 0
                                for try await _ in notifications { snapshots.changedElsewhere() }
                            }
                        } catch {
                            snapshots.listening(since: nil)
                            try? await connection.close()
                            throw error
                        }
                        snapshots.listening(since: nil)
                        try? await connection.close()
                    } catch {
                        snapshots.listening(since: nil)
                        if !Task.isCancelled, failures == 0 {
                            logger.warning("Geen wijzigingsberichten van PostgreSQL; de kaartdata leest de revisie weer per verzoek", metadata: ["error": "\(String(reflecting: error))"])
                        }
                        failures += 1
                    }
                    try? await Task.sleep(for: .seconds(1))
                }
            }
        }
    }

    func stop() async {
        let task = running.withLockedValue { running in defer { running = nil }; return running }
        task?.cancel()
        await task?.value
    }
}

extension Application {
    private struct RevisionListenerKey: StorageKey { typealias Value = RevisionListener }

    /// The listener of this instance, on PostgreSQL (nil on SQLite).
    var revisionListener: RevisionListener? {
        get { storage[RevisionListenerKey.self] }
        set { storage[RevisionListenerKey.self] = newValue }
    }
}
