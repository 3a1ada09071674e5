import Fluent
import Foundation
import Vapor

/// `regio backup --output FILE [--format db|json] [--region R]`: a backup while the server
/// runs. `db` (default) copies the database itself — SQLite with `VACUUM INTO`, PostgreSQL
/// with `pg_dump` —; `json` is the region's logical export (`regio export`).
struct BackupCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Option(name: "output", short: "o", help: "Het back-upbestand (verplicht)")
        var output: String?
        @Option(name: "format", help: "db (standaard: de hele database) of json (de regio als export)")
        var format: String?
        @Option(name: "region", help: "Regio bij --format json (standaard utrechtzorg)")
        var region: String?
    }
    var help: String { "Maakt een back-up terwijl de server draait: regio backup --output BESTAND [--format db|json]" }

    func run(using context: CommandContext, signature: Signature) async throws {
        guard let output = signature.output, !output.isEmpty else { throw CommandFailure("Geef met --output aan waar de back-up moet komen.") }
        let app = context.application
        let console = context.console
        switch signature.format ?? "db" {
        case "json":
            // No migration first: a backup changes nothing, and the export reads the tables as they are.
            try await RegionTransfer.write(regionSlug: signature.region ?? app.defaultRegionSlug, to: output, on: app.db, console: console)
        case "db":
            let size: Int
            switch try app.requireDatabaseLocation() {
            case .sqlite:
                size = try await SQLiteBackup.backup(from: app.db, to: output) { console.print($0) }
            case .postgres(let url):
                size = try await PostgresBackup.backup(databaseURL: url, to: output) { console.print($0) }
            }
            console.success("Back-up geschreven: \(output) (\(BackupFiles.describe(bytes: size)))")
        case let other:
            throw CommandFailure("Onbekend formaat ‘\(other)’; kies db (standaard) of json.")
        }
    }
}

/// `regio restore FILE [--force]`: puts a `regio backup` back in place of the database.
struct RestoreCommand: AsyncCommand {
    struct Signature: CommandSignature {
        @Argument(name: "file", help: "Een back-up van regio backup")
        var file: String
        @Flag(name: "force", help: "Ook terugzetten als de database in gebruik is (herstart de server daarna meteen)")
        var force: Bool
    }
    var help: String { "Zet een back-up terug (stop eerst de server): regio restore BESTAND [--force]" }

    func run(using context: CommandContext, signature: Signature) async throws {
        let app = context.application
        let console = context.console
        if Self.isJSON(signature.file) {
            throw CommandFailure("Dit is een JSON-export. Zet die terug met ‘regio import \(signature.file)’ in een database zonder deze regio.")
        }
        let location = try app.requireDatabaseLocation()
        if case .postgres = location, !signature.force {
            let others = try await PostgresBackup.otherSessions(on: app.db)
            if others > 0 {
                throw CommandFailure("Er zijn nog \(others) andere verbindingen met de database (draaien er nog servers?). Stop ze eerst, of gebruik --force.")
            }
        }
        // This command's own connections (opened at start-up) would count as "in use" and
        // hold locks: close them before anything is replaced.
        await app.databases.shutdownAsync()
        switch location {
        case .sqlite(let path):
            try await SQLiteBackup.restore(from: signature.file, to: path, force: signature.force) { console.print($0) }
        case .postgres(let url):
            try await PostgresBackup.restore(databaseURL: url, from: signature.file) { console.print($0) }
        }
        console.success("Teruggezet uit \(signature.file). Start de server (opnieuw); ontbrekende migraties worden dan uitgevoerd.")
    }

    /// A JSON export starts with `{`; a database backup never does.
    static func isJSON(_ path: String) -> Bool {
        guard let handle = FileHandle(forReadingAtPath: path) else { return false }
        defer { try? handle.close() }
        let start = (try? handle.read(upToCount: 64)) ?? Data()
        return start.first { !Character(UnicodeScalar($0)).isWhitespace } == UInt8(ascii: "{")
    }
}

extension Application {
    func requireDatabaseLocation() throws -> DatabaseLocation {
        guard let location = databaseLocation else { throw CommandFailure("Er is geen database ingesteld.") }
        return location
    }
}
