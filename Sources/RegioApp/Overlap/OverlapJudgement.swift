import Fluent
import Foundation

/// A coordinator's verdict on a pair the overlap report flagged: not a duplicate, or
/// known and connected. Kept with author and time; undo soft-deletes it.
final class OverlapJudgement: Model, @unchecked Sendable {
    static let schema = "overlap_judgements"

    enum Verdict: String, Codable, CaseIterable, Sendable {
        case notDuplicate = "not_duplicate", connected

        var dutchLabel: String { self == .notDuplicate ? "Geen dubbeling" : "Verbonden" }
    }

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    /// The pair in a fixed order (smaller id first), so a pair has one verdict.
    @Field(key: "initiative_a") var initiativeA: UUID
    @Field(key: "initiative_b") var initiativeB: UUID
    @Field(key: "verdict") var verdict: Verdict
    @Field(key: "author") var author: String
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(regionID: UUID, pair: (UUID, UUID), verdict: Verdict, author: String) {
        self.$region.id = regionID
        let (a, b) = OverlapJudgement.ordered(pair)
        initiativeA = a
        initiativeB = b
        self.verdict = verdict
        self.author = author
    }

    static func ordered(_ pair: (UUID, UUID)) -> (UUID, UUID) {
        pair.0.uuidString < pair.1.uuidString ? pair : (pair.1, pair.0)
    }
}

struct CreateOverlapJudgements: AsyncMigration {
    var name: String { "2026-11-24-create-overlap-judgements" }

    func prepare(on db: any Database) async throws {
        try await db.schema(OverlapJudgement.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("initiative_a", .uuid, .required)
            .field("initiative_b", .uuid, .required)
            .field("verdict", .string, .required)
            .field("author", .string, .required)
            .field("created_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(OverlapJudgement.schema).delete()
    }
}
