import Fluent
import Foundation
import RegioCore

/// One write to a record: who, when, what. The history of every record and the audit
/// log of the platform. Author name and e-mail are stored as text, so the history
/// stays readable when an account goes.
final class RecordChange: Model, @unchecked Sendable {
    static let schema = "record_changes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    /// `initiative`, `organisation` or `user`.
    @Field(key: "entity") var entity: String
    @Field(key: "entity_id") var entityID: UUID
    @Field(key: "action") var action: ChangeAction
    @OptionalField(key: "author_id") var authorID: UUID?
    @Field(key: "author") var author: String
    @Field(key: "at") var at: Date
    /// JSON array of `FieldChange`.
    @Field(key: "changes") var changesJSON: String

    init() {}

    init(regionID: UUID, entity: String, entityID: UUID, action: ChangeAction, authorID: UUID?, author: String, at: Date, changes: [FieldChange]) {
        self.$region.id = regionID
        self.entity = entity
        self.entityID = entityID
        self.action = action
        self.authorID = authorID
        self.author = author
        self.at = at
        self.changesJSON = String(decoding: (try? JSONEncoder().encode(changes)) ?? Data("[]".utf8), as: UTF8.self)
    }

    var changes: [FieldChange] {
        (try? JSONDecoder().decode([FieldChange].self, from: Data(changesJSON.utf8))) ?? []
    }
}

struct CreateRecordChanges: AsyncMigration {
    var name: String { "2026-11-24-create-record-changes" }

    func prepare(on db: any Database) async throws {
        try await db.schema(RecordChange.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("entity", .string, .required)
            .field("entity_id", .uuid, .required)
            .field("action", .string, .required)
            .field("author_id", .uuid)
            .field("author", .string, .required)
            .field("at", .datetime, .required)
            .field("changes", .string, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(RecordChange.schema).delete()
    }
}
