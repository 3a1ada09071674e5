import FluentKit
import Foundation
import NIOPosix
import SQLKit

/// Backup and restore of PostgreSQL with its own tools: `pg_dump --format=custom` and
/// `pg_restore --clean --if-exists`. They must be installed beside the app, in the server's
/// major version or newer (Debian: `postgresql-client`).
enum PostgresBackup {
    typealias Progress = SQLiteBackup.Progress

    /// How a client program reaches the database of `DATABASE_URL`: the URL without its
    /// password as `--dbname`, the password in `PGPASSWORD`. Arguments are visible to every
    /// user of the machine (`ps`); the environment is not.
    struct Connection: Equatable {
        var dbname: String
        var environment: [String: String]

        init(databaseURL: String) throws {
            guard var parts = URLComponents(string: databaseURL), ["postgres", "postgresql"].contains(parts.scheme ?? ""), parts.host != nil else {
                throw CommandFailure("DATABASE_URL is geen PostgreSQL-adres (postgres://gebruiker:wachtwoord@host:5432/database).")
            }
            environment = [:]
            if let password = parts.password {
                environment["PGPASSWORD"] = password.removingPercentEncoding ?? password
                parts.password = nil
            }
            dbname = parts.string ?? databaseURL
        }
    }

    static func backup(databaseURL: String, to output: String, progress: Progress = { _ in }) async throws -> Int {
        let connection = try Connection(databaseURL: databaseURL)
        return try await BackupFiles.replace(output) { temporary in
            progress("pg_dump maakt de back-up …")
            try await run("pg_dump", ["--format=custom", "--file=\(temporary)", "--dbname=\(connection.dbname)"], environment: connection.environment)
            progress("Back-up controleren (pg_restore --list) …")
            try await verify(temporary, file: output)
        }
    }

    /// Restores in one transaction: an error halfway leaves the database as it was.
    static func restore(databaseURL: String, from source: String, progress: Progress = { _ in }) async throws {
        try BackupFiles.requireReadable(source)
        let connection = try Connection(databaseURL: databaseURL)
        progress("Back-up controleren (pg_restore --list) …")
        try await verify(source)
        progress("pg_restore zet de back-up terug …")
        try await run("pg_restore", ["--clean", "--if-exists", "--no-owner", "--single-transaction", "--dbname=\(connection.dbname)", source],
                      environment: connection.environment)
    }

    /// Connections to the same database other than this one: running app instances, which
    /// `pg_restore --clean` would pull the tables from under.
    static func otherSessions(on db: any Database) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { return 0 }
        return try await sql.raw("SELECT count(*) AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()")
            .first(decodingColumn: "n", as: Int.self) ?? 0
    }

    /// `pg_restore --list` reads the archive's table of contents without a server: a
    /// file that is not a custom-format dump fails here, before anything is touched.
    static func verify(_ path: String, file: String? = nil) async throws {
        _ = try require("pg_restore")
        do {
            try await run("pg_restore", ["--list", path], environment: [:])
        } catch is CommandFailure {
            throw CommandFailure("Het bestand \(((file ?? path) as NSString).lastPathComponent) is geen back-up van pg_dump (--format=custom).")
        }
    }

    /// Runs a PostgreSQL client program and waits for it; its error output becomes the
    /// message when it fails.
    static func run(_ tool: String, _ arguments: [String], environment: [String: String]) async throws {
        let executable = try require(tool)
        let variables = ProcessInfo.processInfo.environment.merging(environment) { _, new in new }
        // The wait blocks a thread for as long as the dump takes: NIO's pool, not Swift's.
        let (status, message) = try await NIOThreadPool.singleton.runIfActive {
            let process = Process()
            process.executableURL = URL(fileURLWithPath: executable)
            process.arguments = arguments
            process.environment = variables
            let errors = Pipe()
            process.standardError = errors
            process.standardOutput = FileHandle.nullDevice
            try process.run()
            let output = errors.fileHandleForReading.readDataToEndOfFile() // until the program ends
            process.waitUntilExit()
            return (process.terminationStatus, String(decoding: output, as: UTF8.self))
        }
        guard status == 0 else {
            let detail = message.split(separator: "\n").prefix(5).joined(separator: "\n")
            throw CommandFailure("\(tool) faalde (code \(status)):\n\(detail)")
        }
    }

    static func require(_ tool: String) throws -> String {
        guard let executable = find(tool) else {
            throw CommandFailure("\(tool) niet gevonden. Installeer de PostgreSQL-programma's (Debian: apt install postgresql-client, in de versie van de server of nieuwer), of maak een JSON-back-up met --format json.")
        }
        return executable
    }

    /// The first executable of that name on `PATH`.
    static func find(_ tool: String) -> String? {
        let path = ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin"
        return path.split(separator: ":").map { "\($0)/\(tool)" }.first { FileManager.default.isExecutableFile(atPath: $0) }
    }
}
