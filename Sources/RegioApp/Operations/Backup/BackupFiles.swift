import Foundation

/// File steps shared by every kind of backup and restore: write beside the destination,
/// then rename, so a reader (or a crash) never meets a half-written file.
enum BackupFiles {
    /// A fresh name in the destination's own folder, so the final rename stays on one file
    /// system and is atomic. Fails in Dutch when the folder does not exist.
    static func temporaryPath(beside destination: String) throws -> String {
        let url = URL(fileURLWithPath: destination)
        let folder = url.deletingLastPathComponent().path
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: folder, isDirectory: &isFolder), isFolder.boolValue else {
            throw CommandFailure("De map \(folder) bestaat niet.")
        }
        return folder + "/." + url.lastPathComponent + ".deel-" + UUID().uuidString.prefix(8).lowercased()
    }

    /// Lets `produce` write and check a file at a temporary path beside `destination`, then
    /// atomically puts it there (POSIX rename replaces an existing file). On any failure the
    /// temporary file (and what SQLite may have left beside it) is removed and `destination`
    /// is as it was. Returns the size written.
    @discardableResult
    static func replace(_ destination: String, by produce: (_ temporary: String) async throws -> Void) async throws -> Int {
        let temporary = try temporaryPath(beside: destination)
        do {
            try await produce(temporary)
            guard rename(temporary, destination) == 0 else {
                throw CommandFailure("Kon \(destination) niet vervangen: \(String(cString: strerror(errno))).")
            }
        } catch {
            for suffix in ["", "-wal", "-shm", "-journal"] { try? FileManager.default.removeItem(atPath: temporary + suffix) }
            throw error
        }
        return size(of: destination)
    }

    /// A backup to read must exist, be a file and hold something.
    static func requireReadable(_ path: String) throws {
        var isFolder: ObjCBool = false
        guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
            throw CommandFailure("Het bestand \(path) bestaat niet.")
        }
        guard !isFolder.boolValue else { throw CommandFailure("\(path) is een map, geen back-upbestand.") }
        guard size(of: path) > 0 else { throw CommandFailure("Het bestand \(path) is leeg; dat is geen back-up.") }
    }

    static func size(of path: String) -> Int {
        ((try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? NSNumber)?.intValue ?? 0
    }

    /// "12,3 MB": sizes in progress lines, the Dutch way.
    static func describe(bytes: Int) -> String {
        let units = ["bytes", "kB", "MB", "GB"]
        var value = Double(bytes), unit = 0
        while value >= 1000, unit < units.count - 1 { value /= 1000; unit += 1 }
        let text = unit == 0 ? String(bytes) : String(format: "%.1f", value).replacingOccurrences(of: ".", with: ",")
        return "\(text) \(units[unit])"
    }
}
