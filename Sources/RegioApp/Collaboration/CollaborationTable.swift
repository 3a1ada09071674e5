import Fluent
import Foundation
import RegioCore
import Vapor

/// A collaboration record: of one region, published or not, deleted softly.
protocol CollaborationRecord: ImportableRecord {
    var published: Bool { get }
    /// Created and last updated, for the region's export.
    var timestamps: (created: Date?, updated: Date?) { get }
    /// Whether the table has a `published` column; records without one are public.
    static var hasPublishedFlag: Bool { get }
}

extension CollaborationRecord {
    static var hasPublishedFlag: Bool { true }
}

extension DevelopmentSessionRecord: CollaborationRecord { var timestamps: (created: Date?, updated: Date?) { (createdAt, updatedAt) } }
extension CoalitionRecord: CollaborationRecord { var timestamps: (created: Date?, updated: Date?) { (createdAt, updatedAt) } }
extension ActionRecord: CollaborationRecord { var timestamps: (created: Date?, updated: Date?) { (createdAt, updatedAt) } }
extension ProgressReviewRecord: CollaborationRecord { var timestamps: (created: Date?, updated: Date?) { (createdAt, updatedAt) } }

/// What the four collaboration stores share: finding and listing the records of the
/// request's region that the visitor may see, soft delete and restore with history, and
/// the CSV import of the export's format.
struct CollaborationTable<M: CollaborationRecord>: Sendable {
    let req: Request
    /// The subject of a Dutch 404: "Deze coalitie".
    let what: String
    let entity: HistoryEntity

    private func query() async throws -> (QueryBuilder<M>, UUID) {
        let regionID = try await req.snapshot().regionID
        return (M.query(on: req.db).filter(FieldKey("region_id"), .equal, regionID), regionID)
    }

    /// The record `id` of the region; a 404 when it does not exist, belongs to another
    /// region, or is unpublished and the visitor is not signed in to the region.
    func find(_ id: UUID, withDeleted: Bool = false) async throws -> M {
        var (query, regionID) = try await query()
        query = query.filter(\M._$id == id)
        if withDeleted { query = query.withDeleted() }
        guard let model = try await query.first(), CollaborationAccess.maySee(published: model.published, user: req.signedIn, regionID: regionID)
        else { throw Problem.notFound(what) }
        return model
    }

    /// The region's records the visitor may see (published ones only for the public).
    func visible() async throws -> QueryBuilder<M> {
        let (query, regionID) = try await query()
        return !M.hasPublishedFlag || CollaborationAccess.maySee(published: false, user: req.signedIn, regionID: regionID) ? query : query.filter(FieldKey("published"), .equal, true)
    }

    /// Deletes softly or restores, after `authorise` agreed, with its history entry.
    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser, authorise: (M) async throws -> Void) async throws {
        let model = try await find(id, withDeleted: true)
        try await authorise(model)
        guard (model.deletedAt != nil) != deleted else { return }
        try await HistoryWriter(regionID: try await req.snapshot().regionID, author: user.author)
            .setDeleted(model, id: id, deleted: deleted, entity: entity, on: req.db)
        await req.regionChanged()
    }

    /// Imports CSV rows in `csv`'s format all or nothing; `read` validates a row's input
    /// (given the record it updates, if any).
    func importRows<I: Codable>(_ rows: [CSVRow], csv: InputCSV<I>, writer: RecordWriter<M>, user: SignedInUser,
                                read: @escaping (I, M?) -> Result<M.Fields, ValidationFailure>) async throws -> ImportSummary {
        let (query, _) = try await query()
        let existing = RecordWriter.byID(try await query.withDeleted().all())
        let plans = try writer.plan(rows, existing: existing, deleted: "\(what) is verwijderd; herstel eerst het record.", read: { row in
            let (id, input) = csv.input(row.values)
            guard let input else { return (id, .failure(ValidationFailure([FieldError("regel", "Deze regel is niet te lezen; gebruik het formaat van de export.")]))) }
            return (id, read(input, id.flatMap { existing[$0] }))
        })
        let summary = try await writer.importRows(plans, existing: existing, author: user.author, on: req.db)
        await req.regionChanged()
        return summary
    }
}
