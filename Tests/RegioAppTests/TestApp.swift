import Fluent
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// Runs `body` against a fresh app with the region loaded: on its own SQLite file, or
/// on the PostgreSQL database of `DATABASE_URL` (then one test at a time, on a schema
/// rebuilt from the migrations). A test that names its own SQLite file keeps it: the
/// backup tests open the same file again after a restore.
func withApp(sqlitePath given: String? = nil, _ body: (Application) async throws -> Void) async throws {
    setenv("REGIO_BCRYPT_COST", "4", 1) // fast hashes in tests; production uses 12
    let usesPostgres = !(ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty
    if usesPostgres { await PostgresLock.shared.acquire() }
    let sqlitePath = given ?? NSTemporaryDirectory() + "regio-test-\(UUID().uuidString).sqlite"
    let owned = given == nil
    let app = try await Application.make(.testing)
    app.logger.logLevel = .warning
    app.testSQLitePath = sqlitePath
    do {
        try await configure(app, sqlitePath: sqlitePath)
        if usesPostgres { try await app.autoRevert() }
        try await prepareDatabase(app)
        try await body(app)
    } catch {
        try? await app.asyncShutdown()
        cleanUp(owned ? sqlitePath : nil, usesPostgres)
        throw error
    }
    try await app.asyncShutdown()
    cleanUp(owned ? sqlitePath : nil, usesPostgres)
}

private func cleanUp(_ path: String?, _ usesPostgres: Bool) {
    if let path { DatabaseSetup.removeSQLiteFiles(at: path) }
    if usesPostgres { Task { await PostgresLock.shared.release() } }
}

extension Application {
    private struct TestSQLitePathKey: StorageKey { typealias Value = String }

    /// The SQLite file of a test app (a second app on it acts as a second instance).
    var testSQLitePath: String? {
        get { storage[TestSQLitePathKey.self] }
        set { storage[TestSQLitePathKey.self] = newValue }
    }
}

/// Serialises tests that share the one PostgreSQL database.
actor PostgresLock {
    static let shared = PostgresLock()
    private var busy = false
    private var waiting: [CheckedContinuation<Void, Never>] = []

    func acquire() async {
        if !busy { busy = true; return }
        await withCheckedContinuation { waiting.append($0) }
    }

    func release() {
        if waiting.isEmpty { busy = false } else { waiting.removeFirst().resume() }
    }
}

/// Test accounts: a coordinator, and an editor of a given organisation.
enum TestUsers {
    static let password = "correct horse battery"

    @discardableResult
    static func coordinator(_ app: Application, email: String = "coordinator@example.org") async throws -> User {
        try await UserAccounts.add(email: email, role: "coordinator", organisation: nil, name: "Carla Coördinator",
                                   password: password, regionSlug: "utrechtzorg", app: app)
    }

    @discardableResult
    static func editor(_ app: Application, organisation: String, email: String = "editor@example.org") async throws -> User {
        try await UserAccounts.add(email: email, role: "editor", organisation: organisation, name: "Eddie Editor",
                                   password: password, regionSlug: "utrechtzorg", app: app)
    }

    static func basic(_ email: String) -> HTTPHeaders {
        var headers = HTTPHeaders()
        headers.basicAuthorization = BasicAuthorization(username: email, password: password)
        return headers
    }
}

extension Application {
    func organisationID(named name: String) async throws -> UUID {
        try #require(try await Organisation.query(on: db).filter(\.$name == name).first()?.id)
    }

    func initiativeID(named name: String) async throws -> UUID {
        try #require(try await Initiative.query(on: db).filter(\.$name == name).first()?.id)
    }

    func counts() async throws -> (initiatives: Int, organisations: Int, changes: Int) {
        (try await Initiative.query(on: db).withDeleted().count(), try await Organisation.query(on: db).withDeleted().count(),
         try await RecordChange.query(on: db).count())
    }
}

extension Application {
    /// Sends one request to a real server on 127.0.0.1, for what the in-memory tester
    /// cannot show (body limits, the peer's address). The port is random below Linux's
    /// ephemeral range (32768+), where outgoing connections (PostgreSQL, the browser
    /// tests) take theirs; another one if it is taken after all.
    func sendOverLoopback(_ method: HTTPMethod, _ path: String, headers: HTTPHeaders = [:], body: ByteBuffer? = nil) async throws -> TestingHTTPResponse {
        for attempt in 1...5 {
            do {
                let tester = try testing(method: .running(hostname: "127.0.0.1", port: Int.random(in: 20_000...32_000)))
                return try await tester.sendRequest(method, path, headers: headers, body: body)
            } catch where attempt < 5 && "\(error)".contains("Address already in use") {
                continue
            }
        }
        preconditionFailure("unreachable: the last attempt returns or throws")
    }
}

extension HTTPHeaders {
    static func json(_ extra: HTTPHeaders = [:]) -> HTTPHeaders {
        var h = extra
        h.contentType = .json
        return h
    }
}

/// The seed file's own counts, so tests do not hard-code what the data says.
enum SeedFacts {
    static let file = try! SeedFile.load(path: FileManager.default.currentDirectoryPath + "/Resources/seed/regio-utrechtzorg.yaml")
    static var initiativesWithTheme: [String: Int] {
        Dictionary(grouping: file.initiatives.compactMap(\.theme), by: { $0 }).mapValues(\.count)
    }
}

/// Decodes API answers (ISO 8601 dates).
func decode<T: Decodable>(_ type: T.Type, _ res: TestingHTTPResponse) throws -> T {
    let decoder = JSONDecoder()
    decoder.dateDecodingStrategy = .iso8601
    return try decoder.decode(type, from: res.body)
}
