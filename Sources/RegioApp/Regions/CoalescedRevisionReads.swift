import Fluent
import NIOConcurrencyHelpers
import SQLKit
import Vapor

/// Reads a region's revision from the database for many requests at once, without giving
/// up freshness: a request is answered with a revision from a read that *started after it
/// arrived*, so it sees every write committed before it came in, on any instance.
///
/// Requests that arrive while a read is under way wait for the next read, which starts as
/// soon as that one ends and answers all of them. Under load that is one `SELECT` for a
/// batch of requests instead of one each; when idle it is one per request, as before.
/// The reads go through the pool of the request's own event loop and complete there, so a
/// request never changes thread or starts a task for this.
///
/// Used where the answer itself is already in memory (the map data): there the read per
/// request, through the snapshot cache's actor and a task, cost more than the answer.
final class CoalescedRevisionReads: Sendable {
    private struct Key: Hashable {
        var loop: ObjectIdentifier
        var slug: String
    }

    /// Per event loop and region: whether a read is under way, and who waits for the next.
    private struct Batch {
        var reading = false
        var waiting: [EventLoopPromise<Int?>] = []
    }

    private struct State {
        var batches: [Key: Batch] = [:]
        /// Reads started, for tests and to see the batching at work.
        var reads = 0
    }

    private let state = NIOLockedValueBox(State())

    /// How many reads were sent to the database so far.
    var readCount: Int { state.withLockedValue(\.reads) }

    /// The revision of region `slug` (nil: no such region), from a read that starts after
    /// this call. `db` must be a database on `loop` (`req.db` on `req.eventLoop`).
    func revision(of slug: String, on db: any Database) -> EventLoopFuture<Int?> {
        let promise = db.eventLoop.makePromise(of: Int?.self)
        let key = Key(loop: ObjectIdentifier(db.eventLoop), slug: slug)
        let start = state.withLockedValue { state in
            state.batches[key, default: Batch()].waiting.append(promise)
            return Self.takeBatchIfIdle(&state.batches[key, default: Batch()], counting: &state.reads)
        }
        if let start { read(key, for: start, on: db) }
        return promise.futureResult
    }

    /// The waiting requests, when no read is under way: they are the next read's.
    private static func takeBatchIfIdle(_ batch: inout Batch, counting reads: inout Int) -> [EventLoopPromise<Int?>]? {
        guard !batch.reading, !batch.waiting.isEmpty else { return nil }
        batch.reading = true
        reads += 1
        defer { batch.waiting = [] }
        return batch.waiting
    }

    private func read(_ key: Key, for promises: [EventLoopPromise<Int?>], on db: any Database) {
        // Both drivers (SQLite, PostgreSQL) are SQL databases; one column, not a whole model.
        let result = (db as? any SQLDatabase).map { sql in
            sql.select().column("revision").from(Region.schema).where("slug", .equal, key.slug).first()
                .flatMapThrowing { row in try row?.decode(column: "revision", as: Int.self) }
        } ?? db.eventLoop.makeFailedFuture(Abort(.internalServerError, reason: "Geen SQL-database"))
        result.whenComplete { outcome in
            promises.forEach { $0.completeWith(outcome) }
            // Whoever arrived during this read gets the next one.
            let next = self.state.withLockedValue { state -> [EventLoopPromise<Int?>]? in
                guard var batch = state.batches[key] else { return nil }
                batch.reading = false
                let next = Self.takeBatchIfIdle(&batch, counting: &state.reads)
                state.batches[key] = batch.reading ? batch : nil
                return next
            }
            if let next { self.read(key, for: next, on: db) }
        }
    }
}

extension Application {
    private struct CoalescedRevisionReadsKey: StorageKey { typealias Value = CoalescedRevisionReads }

    var revisionReads: CoalescedRevisionReads {
        get {
            if let reads = storage[CoalescedRevisionReadsKey.self] { return reads }
            let reads = CoalescedRevisionReads()
            storage[CoalescedRevisionReadsKey.self] = reads
            return reads
        }
        set { storage[CoalescedRevisionReadsKey.self] = newValue }
    }
}
