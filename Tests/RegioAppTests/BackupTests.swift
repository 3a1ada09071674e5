import Fluent
import FluentSQLiteDriver
import Foundation
@testable import RegioApp
import RegioCore
import Testing
import Vapor
import VaporTesting

/// SQLite files are what these tests copy and replace; PostgreSQL goes through pg_dump,
/// of which only the parts without a server are tested here.
@Suite("Backup and restore", .enabled(if: (ProcessInfo.processInfo.environment["DATABASE_URL"] ?? "").isEmpty))
struct BackupTests {
    /// What a restore must bring back: counts, one record's fields and history, and the
    /// region's whole export (every record, deleted ones and all history).
    struct State: Equatable {
        var initiatives: Int, organisations: Int, changes: Int
        var record: InitiativeFields?
        var history: [String]
        var export: RegionExport
    }

    static func state(_ app: Application, id: UUID) async throws -> State {
        let counts = try await app.counts()
        let history = try await RecordChange.query(on: app.db).filter(\.$entityID == id).sort(\.$at).all()
            .map { "\($0.action.rawValue) \($0.author) \($0.changesJSON)" }
        let export = try await RegionExport.make(regionSlug: "utrechtzorg", on: app.db)
        return State(initiatives: counts.initiatives, organisations: counts.organisations, changes: counts.changes,
                     record: export.initiatives.first { $0.id == id }?.fields, history: history, export: export)
    }

    /// Runs a command as `regio …` would, on the given app.
    static func run(_ command: some AsyncCommand, _ arguments: String..., on app: Application) async throws {
        var context = CommandContext(console: Terminal(), input: CommandInput(arguments: ["regio"] + arguments))
        context.application = app
        try await command.run(using: &context)
    }

    static func failure(_ error: any Error, says text: String) -> Bool {
        (error as? CommandFailure)?.description.contains(text) == true
    }

    @Test("Backup while serving, change, restore: the data is as it was at the backup; in use or bad files change nothing")
    func roundTrip() async throws {
        let folder = NSTemporaryDirectory() + "regio-backup-\(UUID().uuidString)/"
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let database = folder + "regio.sqlite", backup = folder + "back-up.sqlite"
        var atBackup: State?
        var id = UUID()
        try await withApp(sqlitePath: database) { app in
            // As `regio serve` starts: the async boot puts the database in WAL mode, as in production
            // (the testers' synchronous boot leaves it out).
            try await app.asyncBoot()
            try await TestUsers.coordinator(app)
            let auth = HTTPHeaders.json(TestUsers.basic("coordinator@example.org"))
            let created = try await app.testing().sendRequest(.POST, "/api/v1/initiatives", headers: auth,
                                                              body: ByteBuffer(string: #"{"name":"Fictieve back-upacademie","goal":"Leren bewaren","wholeRegion":true}"#))
            #expect(created.status == .created)
            id = try decode(InitiativeDTO.self, created).id
            #expect(try await app.testing().sendRequest(.PATCH, "/api/v1/initiatives/\(id)", headers: auth, body: ByteBuffer(string: #"{"maturity":"pilot"}"#)).status == .ok)
            atBackup = try await Self.state(app, id: id)
            #expect(atBackup?.history.count == 2)

            try await Self.run(BackupCommand(), "--output", backup, on: app)
            // The JSON form is the region's export, which restore sends to `regio import`.
            try await Self.run(BackupCommand(), "--output", folder + "regio.json", "--format", "json", on: app)
            #expect(try RegionTransfer.decode(Data(contentsOf: URL(fileURLWithPath: folder + "regio.json"))).initiatives.count == atBackup?.initiatives)
            await #expect { try await Self.run(RestoreCommand(), folder + "regio.json", on: app) } throws: { Self.failure($0, says: "regio import") }

            // After the backup: the record changes and another one is deleted.
            #expect(try await app.testing().sendRequest(.PATCH, "/api/v1/initiatives/\(id)", headers: auth, body: ByteBuffer(string: #"{"name":"Hernoemd"}"#)).status == .ok)
            let other = try await app.initiativeID(named: "MBOHup")
            #expect(try await app.testing().sendRequest(.DELETE, "/api/v1/initiatives/\(other)", headers: auth).status == .noContent)
            #expect(try await Self.state(app, id: id) != atBackup)

            // The server still has the database open: refused, and nothing is moved.
            await #expect { try await SQLiteBackup.restore(from: backup, to: database, force: false) } throws: { Self.failure($0, says: "in gebruik") }
            #expect(!FileManager.default.fileExists(atPath: database + ".voor-herstel"))
        }

        // `regio restore` in a process of its own, which opens the database at start-up.
        try await withApp(sqlitePath: database) { app in
            try await app.asyncBoot()
            try await Self.run(RestoreCommand(), backup, on: app)
        }
        try await SQLiteBackup.verify(database + ".voor-herstel") // the replaced database is kept, whole

        // Bad backups: a clear message, and the database and its folder stay as they are.
        let unrelated = folder + "ander.sqlite"
        let connection = try await SQLiteConnection.open(storage: .file(path: unrelated))
        _ = try await connection.query("CREATE TABLE notities (tekst TEXT)")
        try await connection.close()
        _ = FileManager.default.createFile(atPath: folder + "leeg.sqlite", contents: Data())
        _ = FileManager.default.createFile(atPath: folder + "ruis.sqlite", contents: Data((0..<4096).map { _ in UInt8.random(in: 0...255) }))
        let databaseBytes = try Data(contentsOf: URL(fileURLWithPath: database))
        let listing = try FileManager.default.contentsOfDirectory(atPath: folder).sorted()
        for (file, message) in [("leeg.sqlite", "leeg.sqlite is leeg"), ("ruis.sqlite", "ruis.sqlite is geen bruikbare SQLite-database"),
                                ("ontbreekt.sqlite", "ontbreekt.sqlite bestaat niet"), ("ander.sqlite", "ander.sqlite is geen back-up van Lerende Regio: de migratietabel ontbreekt")] {
            await #expect("\(file)") { try await SQLiteBackup.restore(from: folder + file, to: database, force: true) } throws: { Self.failure($0, says: message) }
        }
        #expect(try Data(contentsOf: URL(fileURLWithPath: database)) == databaseBytes)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).sorted() == listing)

        try await withApp(sqlitePath: database) { app in
            let restored = try await Self.state(app, id: id)
            #expect(restored == atBackup)
            #expect(restored.record?.name == "Fictieve back-upacademie" && restored.record?.maturity == .pilot)
        }
    }

    @Test("pg_dump and pg_restore get the URL without its password; a file that is no dump is refused before any server is asked")
    func postgresTools() async throws {
        let connection = try PostgresBackup.Connection(databaseURL: "postgres://regio:geheim%21@db.example.org:5433/regio?sslmode=require")
        #expect(connection.dbname == "postgres://regio@db.example.org:5433/regio?sslmode=require")
        #expect(connection.environment == ["PGPASSWORD": "geheim!"])
        #expect(throws: CommandFailure.self) { try PostgresBackup.Connection(databaseURL: "mysql://x@y/z") }
        guard PostgresBackup.find("pg_restore") != nil else { return } // the check below needs the client programs
        let junk = NSTemporaryDirectory() + "regio-geen-dump-\(UUID().uuidString)"
        _ = FileManager.default.createFile(atPath: junk, contents: Data("geen dump".utf8))
        defer { try? FileManager.default.removeItem(atPath: junk) }
        await #expect { try await PostgresBackup.verify(junk) } throws: { Self.failure($0, says: "geen back-up van pg_dump") }
    }
}
