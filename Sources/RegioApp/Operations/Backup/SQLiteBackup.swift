import FluentSQLiteDriver
import Foundation
import Vapor

/// Backup and restore of the embedded SQLite database, as files.
///
/// Backup is `VACUUM INTO`: one statement that writes a consistent snapshot of the live
/// database to a new file while the server goes on reading and writing (WAL mode), and
/// the copy is a single file without WAL. Restore replaces the database file only after
/// the backup has proved to be an intact database of this app, and only when no process
/// has the database open.
enum SQLiteBackup {
    typealias Progress = @Sendable (String) -> Void

    /// Writes a snapshot of `db` to `output`: first to a temporary file beside it, checked,
    /// then renamed, so `output` is never a half-written backup. Returns its size in bytes.
    @discardableResult
    static func backup(from db: any Database, to output: String, progress: Progress = { _ in }) async throws -> Int {
        guard let sql = db as? any SQLDatabase else { throw CommandFailure("Deze database is geen SQLite-database.") }
        return try await BackupFiles.replace(output) { temporary in
            progress("Kopie maken met VACUUM INTO …")
            try await sql.raw("VACUUM INTO \(bind: temporary)").run()
            progress("Kopie controleren (integrity_check) …")
            try await verify(temporary, file: output)
        }
    }

    /// Puts the backup at `source` in place of the database at `target`. The old database
    /// is kept as `<target>.voor-herstel` (with its WAL, if it had one). Refuses when another
    /// connection has the database open, unless `force`.
    static func restore(from source: String, to target: String, force: Bool, progress: Progress = { _ in }) async throws {
        try BackupFiles.requireReadable(source)
        try await BackupFiles.replace(target) { temporary in
            // The check runs on a copy beside the target: what is checked is what is put in
            // place, and the user's backup file is never opened for writing.
            try FileManager.default.copyItem(atPath: source, toPath: temporary)
            progress("Back-up controleren (integrity_check en migraties) …")
            try await verify(temporary, file: source)
            if FileManager.default.fileExists(atPath: target) {
                progress("Controleren of de database in gebruik is …")
                if try await isInUse(target), !force {
                    throw CommandFailure("De database \(target) is in gebruik (draait de server nog?). Stop eerst de server, of gebruik --force als je zeker weet wat je doet.")
                }
                try keepAside(target)
                progress("Oude database bewaard als \(target).voor-herstel")
            }
        }
    }

    /// An intact SQLite database that holds this app's migrations table, with the first
    /// migration and none this version does not know. Messages name `file` (the user's
    /// file, when `path` is a temporary copy of it).
    static func verify(_ path: String, file: String? = nil) async throws {
        let name = ((file ?? path) as NSString).lastPathComponent
        let connection: SQLiteConnection
        do {
            connection = try await SQLiteConnection.open(storage: .file(path: path), logger: Logger(label: "regio.backup"))
        } catch {
            throw CommandFailure("Het bestand \(name) kan niet als SQLite-database worden geopend.")
        }
        do {
            let integrity = try await connection.query("PRAGMA integrity_check").compactMap { $0.columns.first?.data.string }
            guard integrity == ["ok"] else {
                throw CommandFailure("Het bestand \(name) is beschadigd: de integriteitscontrole van SQLite faalt (\(integrity.prefix(3).joined(separator: "; "))).")
            }
            let hasTable = try await !connection.query("SELECT name FROM sqlite_master WHERE type = 'table' AND name = ?", [.text(MigrationLog.schema)]).isEmpty
            guard hasTable else { throw CommandFailure("Het bestand \(name) is geen back-up van Lerende Regio: de migratietabel ontbreekt.") }
            let applied = Set(try await connection.query("SELECT name FROM \(MigrationLog.schema)").compactMap { $0.column("name")?.string })
            let known = AppMigrations.all.map(\.name)
            guard let first = known.first, applied.contains(first) else {
                throw CommandFailure("Het bestand \(name) is geen back-up van Lerende Regio: de eerste migratie ontbreekt.")
            }
            let unknown = applied.subtracting(known)
            guard unknown.isEmpty else {
                throw CommandFailure("De back-up \(name) komt van een nieuwere versie van Lerende Regio (\(unknown.count) onbekende migratie(s)). Werk eerst de app bij.")
            }
        } catch let failure as CommandFailure {
            try? await connection.close()
            throw failure
        } catch {
            try? await connection.close()
            throw CommandFailure("Het bestand \(name) is geen bruikbare SQLite-database (beschadigd of een ander soort bestand).")
        }
        try await connection.close()
    }

    /// Whether another connection, in this process or another, has the database open.
    /// Every connection to a WAL database holds a shared lock for as long as it is open,
    /// so an exclusive lock is refused while the server runs, even when it is idle.
    static func isInUse(_ path: String) async throws -> Bool {
        let connection = try await SQLiteConnection.open(storage: .file(path: path), logger: Logger(label: "regio.backup"))
        let busy: Bool
        do {
            // sqlite-nio retries a busy database forever; a zero timeout makes it answer at once.
            _ = try await connection.query("PRAGMA busy_timeout = 0")
            _ = try await connection.query("PRAGMA locking_mode = EXCLUSIVE")
            do {
                _ = try await connection.query("BEGIN EXCLUSIVE")
                _ = try await connection.query("COMMIT")
                busy = false
            } catch let error as SQLiteError where [.busy, .locked, .busyInRecovery, .busyInSnapshot, .busyTimeout].contains(error.reason) {
                busy = true
            }
        } catch {
            try? await connection.close()
            throw error
        }
        // Closed before the files are moved: as the last connection it also folds the WAL in.
        try await connection.close()
        return busy
    }

    /// Moves the current database and its WAL aside as `.voor-herstel`: a hard link (the
    /// target name stays until the atomic rename replaces it), or a copy where links fail.
    /// A stale WAL must never meet the restored file, since SQLite would replay it.
    private static func keepAside(_ target: String) throws {
        let fm = FileManager.default
        let aside = target + ".voor-herstel"
        for suffix in ["", "-wal", "-shm"] { try? fm.removeItem(atPath: aside + suffix) }
        do { try fm.linkItem(atPath: target, toPath: aside) } catch { try fm.copyItem(atPath: target, toPath: aside) }
        if fm.fileExists(atPath: target + "-wal") { try fm.moveItem(atPath: target + "-wal", toPath: aside + "-wal") }
        try? fm.removeItem(atPath: target + "-shm")
    }
}
