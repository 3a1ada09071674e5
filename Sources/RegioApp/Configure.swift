import Fluent
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import SQLKit
import Vapor

/// Sets up the whole app: database, migrations, sessions, middleware, routes, commands.
/// `sqlitePath` overrides where the embedded database lives (tests use a file each).
public func configure(_ app: Application, sqlitePath: String? = nil) async throws {
    app.paths = AppPaths.detect(app)
    try DatabaseSetup.use(app, sqlitePath: sqlitePath)

    app.migrations.add(AppMigrations.all)

    let cost = Environment.get("REGIO_BCRYPT_COST").flatMap(Int.init) ?? 12
    app.passwords.use(.bcrypt(cost: cost))
    app.sessions.use(.fluent)
    let secure = app.secureCookies
    app.sessions.configuration = .init(cookieName: "regio-session") { id in
        HTTPCookies.Value(string: id.string, expires: Date().addingTimeInterval(60 * 60 * 24 * 7), maxAge: 60 * 60 * 24 * 7,
                          isSecure: secure, isHTTPOnly: true, sameSite: .lax)
    }

    app.routes.defaultMaxBodySize = RegioLimits.maxBody
    // gzip for clients that ask for it: maps and lists are text that compresses ~5×.
    app.http.server.configuration.responseCompression = .enabled
    app.middleware = .init()
    // Outermost, so it counts every answer with its final status (see MetricsMiddleware).
    app.requestMetrics = RequestMetrics()
    app.metricsAccess = .fromEnvironment()
    app.middleware.use(MetricsMiddleware(metrics: app.requestMetrics))
    // Tests log requests at debug: the log-capture test reads them, other runs stay quiet.
    app.middleware.use(RouteLoggingMiddleware(logLevel: app.environment == .testing ? .debug : .info))
    app.middleware.use(SecurityHeadersMiddleware())
    app.middleware.use(RegioErrorMiddleware())
    app.middleware.use(FileMiddleware(publicDirectory: app.paths.publicDirectory))
    _ = app.regionSnapshots
    _ = app.offerCatalogues
    _ = app.matchingCatalogues
    app.responseCache = ResponseCache()
    app.revisionReads = CoalescedRevisionReads()
    app.regionMaps = RegionMapCache()
    app.networkLayouts = NetworkLayoutCache()
    app.nationalMap = NationalMapCache()

    try routes(app)

    app.asyncCommands.use(UserCommand(), as: "user")
    app.asyncCommands.use(SeedCommand(), as: "seed")
    app.asyncCommands.use(ExportCommand(), as: "export")
    app.asyncCommands.use(ImportCommand(), as: "import")
    app.asyncCommands.use(BackupCommand(), as: "backup")
    app.asyncCommands.use(RestoreCommand(), as: "restore")
    app.asyncCommands.use(LoadDataCommand(), as: "loaddata")
    app.asyncCommands.use(RegionCommand(), as: "region")
    app.asyncCommands.use(BenchCommand(), as: "bench")
}

/// The app's migrations in order. A restore checks a backup against this list: it must
/// hold the first and none the app does not know (a backup from a newer version).
enum AppMigrations {
    static var all: [any Migration] {
        [CreateRegions(), CreateOrganisations(), CreateInitiatives(), CreateUsers(), CreateRecordChanges(), SessionRecord.migration,
         AddIndexes(), CreateOverlapJudgements(), CreateSkillsAndRoles(), CreateModules(), CreateLearningRoutes(), AddOfferRevision(),
         CreateLearningPlaces(), CreateCandidates(), CreateCollaboration(), CreateContentCatalogue(), CreateBarriersAndFunding(),
         NotifyRevisionChanges()]
    }
}

/// Migrates and loads the default region when it is not there yet (first start).
public func prepareDatabase(_ app: Application) async throws {
    try await app.autoMigrate()
    try await Seeder(paths: app.paths, logger: app.logger).seedIfNeeded(on: app.db, slug: app.defaultRegionSlug)
    try await TaxonomySeeder(paths: app.paths, logger: app.logger).seedIfNeeded(on: app.db)
}

func routes(_ app: Application) throws {
    // Outside the HTML group: monitors need no session, cookie or CSRF token.
    try app.register(collection: HealthController())
    try app.register(collection: MetricsController())
    // The map data too: public, the same for everyone, fetched by other sites.
    try app.register(collection: MapDataController())
    let html = app.grouped(app.sessions.middleware, User.sessionAuthenticator(), CSRFMiddleware())
    try html.register(collection: LandscapeController())
    try html.register(collection: MapController())
    try html.register(collection: NetworkController())
    try html.register(collection: NationalMapController())
    try html.register(collection: OverlapController())
    try html.register(collection: GapsController())
    try html.register(collection: SkillsController())
    try html.register(collection: CatalogueController())
    try html.register(collection: OfferTransferController())
    try html.register(collection: ModuleController())
    try html.register(collection: LearningRouteController())
    try html.register(collection: LearningPlaceController())
    try html.register(collection: InitiativeController())
    try html.register(collection: OrganisationController())
    try html.register(collection: LoginController())
    try html.register(collection: TrashController())
    try html.register(collection: CandidateController())
    try html.register(collection: CandidateFiguresController())
    try html.register(collection: CollaborationController())
    try html.register(collection: DevelopmentSessionController())
    try html.register(collection: CoalitionController())
    try html.register(collection: ActionController())
    try html.register(collection: ProgressReviewController())
    try html.register(collection: DashboardController())
    try html.register(collection: CollectiveController())
    try html.register(collection: BarrierController())
    try html.register(collection: FactsheetController())
    try html.register(collection: FundingSchemeController())
    try app.register(collection: APIController())
    try app.register(collection: OEAPIController())
    try app.register(collection: MatchAPIController())
}

/// SQLite file under `data/` by default; PostgreSQL when `DATABASE_URL` is set.
enum DatabaseSetup {
    /// SQL statements are logged with their values, and those include candidates' answers:
    /// only at trace level, which is for development with fictional data, never at debug.
    static let sqlLogLevel: Logger.Level = .trace

    /// Connections per event loop (one loop per core). The SQLite driver always uses 1;
    /// PostgreSQL gets the same, passed explicitly so that `/metrics` states the real size.
    static let connectionsPerEventLoop = 1

    /// PostgreSQL when `DATABASE_URL` is set (and not empty).
    static var usesPostgres: Bool { !(Environment.get("DATABASE_URL") ?? "").isEmpty }

    static func use(_ app: Application, sqlitePath: String?) throws {
        if usesPostgres, let url = Environment.get("DATABASE_URL") {
            try app.databases.use(.postgres(url: url, maxConnectionsPerEventLoop: connectionsPerEventLoop, sqlLogLevel: sqlLogLevel), as: .psql)
            app.databaseLocation = .postgres(url: url)
            let listener = try RevisionListener(url: url)
            app.revisionListener = listener
            app.lifecycle.use(listener)
        } else {
            let path = sqlitePath ?? Environment.get("REGIO_SQLITE_PATH") ?? app.paths.data + "regio.sqlite"
            try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            app.databases.use(.sqlite(.file(path), sqlLogLevel: sqlLogLevel), as: .sqlite)
            app.lifecycle.use(SQLiteTuning())
            app.databaseLocation = .sqlite(path: path)
            app.regionSnapshots = RegionSnapshotCache(sharedWrites: sharedWriteCounter(forDatabase: path, logger: app.logger))
        }
    }

    /// Removes an SQLite database with the files kept beside it (WAL, shared memory, the
    /// write counter): for scratch databases of tests and benchmarks.
    static func removeSQLiteFiles(at path: String) {
        for suffix in ["", "-wal", "-shm", SharedWriteCounter.suffix] { try? FileManager.default.removeItem(atPath: path + suffix) }
    }

    /// The counter by which the processes on this SQLite file announce their writes; nil
    /// (with a warning) where it cannot be made, as on a read-only disk: then another
    /// process's write shows here within a second instead of at once.
    private static func sharedWriteCounter(forDatabase path: String, logger: Logger) -> SharedWriteCounter? {
        do {
            return try SharedWriteCounter(path: SharedWriteCounter.path(forDatabase: path))
        } catch {
            logger.warning("\(error); schrijfacties van andere processen op dit bestand zijn hier tot een seconde later zichtbaar")
            return nil
        }
    }
}

/// WAL lets readers go on while one connection writes; the busy timeout makes a second
/// writer wait instead of failing.
struct SQLiteTuning: LifecycleHandler {
    func didBootAsync(_ app: Application) async throws {
        guard let sql = app.db as? any SQLDatabase else { return }
        try await sql.raw("PRAGMA journal_mode=WAL").run()
        try await sql.raw("PRAGMA busy_timeout=5000").run()
    }
}

struct AddIndexes: AsyncMigration {
    var name: String { "2026-11-24-add-lookup-indexes" }

    func prepare(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "idx_initiatives_region").on(Initiative.schema).column("region_id").run()
        try await sql.create(index: "idx_organisations_region").on(Organisation.schema).column("region_id").run()
        try await sql.create(index: "idx_participations_initiative").on(InitiativeParticipation.schema).column("initiative_id").run()
        try await sql.create(index: "idx_participations_organisation").on(InitiativeParticipation.schema).column("organisation_id").run()
        try await sql.create(index: "idx_record_changes_entity").on(RecordChange.schema).column("entity_id").run()
        try await sql.create(index: "idx_login_attempts_key").on(LoginAttempt.schema).column("key").run()
    }

    func revert(on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        for name in ["idx_initiatives_region", "idx_organisations_region", "idx_participations_initiative", "idx_participations_organisation",
                     "idx_record_changes_entity", "idx_login_attempts_key"] {
            try await sql.drop(index: name).run()
        }
    }
}

/// Headers that make the browser refuse the usual tricks (sniffing, framing, inline script).
struct SecurityHeadersMiddleware: AsyncMiddleware {
    func respond(to request: Request, chainingTo next: any AsyncResponder) async throws -> Response {
        let response = try await next.respond(to: request)
        response.headers.replaceOrAdd(name: "X-Content-Type-Options", value: "nosniff")
        response.headers.replaceOrAdd(name: "Referrer-Policy", value: "strict-origin-when-cross-origin")
        // Behind TLS (the proxy says so, or the platform is configured for HTTPS): browsers
        // keep to HTTPS for a year. Browsers ignore the header on plain HTTP, so a client
        // that fakes the proxy's header gains nothing.
        if request.application.secureCookies || request.headers.first(name: "X-Forwarded-Proto")?.lowercased() == "https" {
            response.headers.replaceOrAdd(name: "Strict-Transport-Security", value: "max-age=31536000; includeSubDomains")
        }
        // The raw header, not `headers.contentType`: that parses every directive, which was
        // a twentieth of a cached map answer.
        if response.headers.first(name: .contentType).map({ $0.prefix(9).lowercased() == "text/html" }) == true {
            // Embed pages may be framed by any website; every other page by none.
            let embeddable = response.headers.first(name: "X-Regio-Embeddable") != nil
            response.headers.remove(name: "X-Regio-Embeddable")
            if !embeddable { response.headers.replaceOrAdd(name: "X-Frame-Options", value: "DENY") }
            response.headers.replaceOrAdd(name: "Content-Security-Policy",
                                          value: "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; frame-ancestors \(embeddable ? "*" : "'none'"); form-action 'self'")
        }
        if request.method == .GET, request.url.path.hasPrefix("/api/") || request.url.path.hasPrefix("/embed/") {
            // Public reads may be used by other websites (embedded maps, dashboards).
            response.headers.replaceOrAdd(name: "Access-Control-Allow-Origin", value: "*")
        }
        return response
    }
}
