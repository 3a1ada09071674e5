import Vapor

/// Which database the app was configured with, kept so that backup and restore work on
/// the very file or server the app uses (tests pass their own SQLite path).
enum DatabaseLocation: Sendable, Equatable {
    case sqlite(path: String)
    case postgres(url: String)
}

extension Application {
    private struct DatabaseLocationKey: StorageKey { typealias Value = DatabaseLocation }

    var databaseLocation: DatabaseLocation? {
        get { storage[DatabaseLocationKey.self] }
        set { storage[DatabaseLocationKey.self] = newValue }
    }
}
