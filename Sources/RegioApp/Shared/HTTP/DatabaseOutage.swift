import AsyncKit
import FluentPostgresDriver
import FluentSQLiteDriver
import Foundation
import Vapor

/// Database errors that say the database cannot answer or cannot write right now — a
/// full disk, a read-only file or server, PostgreSQL restarting or unreachable — as
/// opposed to a bug. They become a 503 with a Dutch message and `Retry-After`, so a
/// user (and a proxy, and a monitor) knows to try again; the failed transaction has
/// been rolled back, so nothing half-written stays behind.
enum DatabaseOutage {
    enum Kind: Equatable {
        /// Reachable, but it cannot store anything (disk full, read-only).
        case cannotWrite
        /// Not reachable or not answering (restarting, connection lost, overloaded).
        case unavailable
    }

    static func kind(of error: any Error) -> Kind? {
        switch error {
        case let e as SQLiteError:
            switch e.reason {
            case .readOnly, .readonlyInRecovery, .readonlyCantLock, .readonlyInRollback, .readonlyBackingMoved, .readonlyDirectory, .full:
                return .cannotWrite
            case .ioError, .ioErrorFailedWrite, .ioErrorFailedSync, .ioErrorFailedRead, .ioErrorIncompleteRead, .ioErrorFailedTruncate,
                 .cantOpen, .busy, .busyTimeout, .busyInRecovery, .locked:
                return .unavailable
            default:
                return nil
            }
        case let e as PSQLError:
            switch e.code {
            case .connectionError, .serverClosedConnection, .clientClosedConnection, .uncleanShutdown, .poolClosed:
                return .unavailable
            case .server:
                let state = e.serverInfo?[.sqlState] ?? ""
                // 53xxx: insufficient resources (disk full, out of memory, too many connections);
                // 25006: read-only transaction (a standby); 57P0x: shutting down, not yet accepting;
                // 08xxx: connection exceptions.
                if state == "53100" || state == "25006" { return .cannotWrite }
                if state.hasPrefix("53") || state.hasPrefix("57P0") || state.hasPrefix("08") { return .unavailable }
                return nil
            default:
                return nil
            }
        case is NIOConnectionError, is ChannelError:
            return .unavailable
        case is ConnectionPoolTimeoutError, is ConnectionPoolError:
            // No connection within the pool's time: the database is restarting or overloaded.
            return .unavailable
        default:
            return nil
        }
    }

    static func problem(for error: any Error) -> Problem? {
        switch kind(of: error) {
        case .cannotWrite:
            return Problem(status: .serviceUnavailable, title: "Opslaan kan nu niet",
                           detail: "De database kan op dit moment niets opslaan. Er is niets veranderd; probeer het over een paar minuten opnieuw. Blijft het zo, meld het dan bij de beheerder.")
        case .unavailable:
            return Problem(status: .serviceUnavailable, title: "Even niet bereikbaar",
                           detail: "De database is even niet bereikbaar. Er is niets veranderd; probeer het over enkele seconden opnieuw.")
        case nil:
            return nil
        }
    }

    /// Seconds a client should wait before trying again.
    static let retryAfter = 5
}
