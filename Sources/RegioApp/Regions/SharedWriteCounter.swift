import Atomics
import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// How the processes that serve one SQLite file tell each other that they wrote: a
/// counter of 8 bytes in a small file next to the database (`regio.sqlite-writes`),
/// mapped into the memory of every process that opens it.
///
/// A process bumps it after a write has committed and before it answers
/// (`RegionSnapshotCache.invalidate`); the others compare it with the value they saw when
/// they last read a revision — one atomic load, no system call, no database round trip.
/// So several processes trust a revision read moments ago until anyone writes, just as
/// one process trusts its own, and a write acknowledged by one is in the very next answer
/// of every other. A write that does not bump it (a process killed between its commit and
/// its answer, an administrator's `UPDATE`) is still seen within `revalidateAfter`.
///
/// PostgreSQL has `RevisionListener` instead: its instances may run on other machines.
final class SharedWriteCounter: Sendable {
    /// Appended to the database's path; `data/*.sqlite*` keeps it out of git.
    static let suffix = "-writes"

    let path: String
    private let counter: UnsafeAtomic<UInt64>
    /// Only for `munmap`; every access goes through `counter`.
    nonisolated(unsafe) private let mapping: UnsafeMutableRawPointer

    /// Opens (or creates) the counter file at `path` and maps it.
    init(path: String) throws {
        self.path = path
        let descriptor = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else { throw Self.failure("openen", path) }
        // The mapping outlives the descriptor.
        defer { close(descriptor) }
        var status = stat()
        guard fstat(descriptor, &status) == 0 else { throw Self.failure("lezen", path) }
        // Growing only: a second process that finds 0 bytes and grows it too zeroes nothing.
        if status.st_size < MemoryLayout<UInt64>.size, ftruncate(descriptor, off_t(MemoryLayout<UInt64>.size)) != 0 {
            throw Self.failure("vergroten", path)
        }
        guard let mapped = mmap(nil, MemoryLayout<UInt64>.size, PROT_READ | PROT_WRITE, MAP_SHARED, descriptor, 0),
              mapped != MAP_FAILED else { throw Self.failure("in het geheugen laden", path) }
        mapping = mapped
        counter = UnsafeAtomic(at: mapped.bindMemory(to: UInt64.AtomicRepresentation.self, capacity: 1))
    }

    /// The counter file of the SQLite database at `databasePath`, also when that is given
    /// as a URI (`file:/pad/regio.sqlite?mode=ro`).
    static func path(forDatabase databasePath: String) -> String {
        var file = Substring(databasePath)
        if file.hasPrefix("file:") {
            file = file.dropFirst("file:".count)
            if let query = file.firstIndex(of: "?") { file = file[..<query] }
        }
        return file + suffix
    }

    deinit {
        munmap(mapping, MemoryLayout<UInt64>.size)
    }

    /// How many writes were announced, by any process, since the file was made.
    var value: UInt64 { counter.load(ordering: .acquiring) }

    /// After a write has committed: every process sees `value` change.
    func announce() {
        counter.wrappingIncrement(ordering: .releasing)
    }

    private static func failure(_ what: String, _ path: String) -> any Error {
        SharedWriteCounterError(reason: "Kan de schrijfteller ‘\(path)’ niet \(what): \(String(cString: strerror(errno)))")
    }
}

struct SharedWriteCounterError: Error, CustomStringConvertible {
    var reason: String
    var description: String { reason }
}
