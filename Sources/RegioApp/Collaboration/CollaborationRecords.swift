import Fluent
import Foundation
import RegioCore

/// A development session (see `RegioCore.DevelopmentSessionFields`).
final class DevelopmentSessionRecord: Model, @unchecked Sendable {
    static let schema = "development_sessions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    /// ISO `YYYY-MM-DD`, a calendar day like every date of the platform.
    @Field(key: "date") var date: String
    @Field(key: "title") var title: String
    @Field(key: "themes") var themes: [String]
    @Field(key: "question") var question: String
    @Field(key: "organisation_ids") var organisationIDs: [UUID]
    @Field(key: "participant_count") var participantCount: Int
    @Field(key: "ideas") var ideas: [String]
    @Field(key: "barriers") var barriers: [String]
    @OptionalField(key: "notes") var notes: String?
    @Field(key: "published") var published: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID, regionID: UUID, fields: DevelopmentSessionFields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    func apply(_ f: DevelopmentSessionFields) {
        date = f.date.iso; title = f.title; themes = f.themes; question = f.question; organisationIDs = f.organisationIDs
        participantCount = f.participantCount; ideas = f.ideas; barriers = f.barriers; notes = f.notes; published = f.published
    }

    var fields: DevelopmentSessionFields {
        DevelopmentSessionFields(date: CalendarDay(iso: date) ?? .unknown, title: title, themes: themes, question: question,
                                 organisationIDs: organisationIDs, participantCount: participantCount, ideas: ideas, barriers: barriers,
                                 notes: notes, published: published)
    }
}

/// A development coalition with its members, linked initiatives and purpose case.
final class CoalitionRecord: Model, @unchecked Sendable {
    static let schema = "coalitions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "name") var name: String
    @Field(key: "question") var question: String
    @OptionalField(key: "theme") var theme: String?
    @Field(key: "status") var status: CoalitionStatus
    @Field(key: "members") var members: [CoalitionMember]
    @Field(key: "initiative_ids") var initiativeIDs: [UUID]
    @OptionalField(key: "session_id") var sessionID: UUID?
    @Field(key: "published") var published: Bool
    /// The purpose case, kept whole (it is one document); nil until one is written.
    @OptionalField(key: "purpose_case") var purposeCase: PurposeCase?
    /// Raised by every save; a save that started from an older version is refused (optimistic locking).
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID, regionID: UUID, fields: CoalitionRecord.Fields) {
        self.id = id
        self.$region.id = regionID
        version = 1
        apply(fields)
    }

    /// The coalition's fields and its purpose case: what one save writes.
    struct Fields: Equatable, Sendable {
        var coalition: CoalitionFields
        var purposeCase: PurposeCase?
    }

    func apply(_ f: Fields) {
        let c = f.coalition
        name = c.name; question = c.question; theme = c.theme; status = c.status; members = c.members
        initiativeIDs = c.initiativeIDs; sessionID = c.sessionID; published = c.published; purposeCase = f.purposeCase
    }

    var coalition: CoalitionFields {
        CoalitionFields(name: name, question: question, theme: theme, status: status, members: members, initiativeIDs: initiativeIDs,
                        sessionID: sessionID, published: published)
    }

    var fields: Fields { Fields(coalition: coalition, purposeCase: purposeCase) }
}

/// An action of the regional agenda.
final class ActionRecord: Model, @unchecked Sendable {
    static let schema = "agenda_actions"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "title") var title: String
    @OptionalField(key: "description") var description: String?
    @OptionalField(key: "theme") var theme: String?
    @Field(key: "owner_ids") var ownerIDs: [UUID]
    @Field(key: "scope") var scope: ActionScope
    /// "2026-Q3".
    @Field(key: "phase") var phase: String
    @Field(key: "status") var status: ActionStatus
    @OptionalField(key: "due_date") var dueDate: String?
    @Field(key: "coalition_ids") var coalitionIDs: [UUID]
    @Field(key: "initiative_ids") var initiativeIDs: [UUID]
    @OptionalField(key: "session_id") var sessionID: UUID?
    @Field(key: "published") var published: Bool
    /// Raised by every save; a save that started from an older version is refused (optimistic locking).
    @Field(key: "version") var version: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID, regionID: UUID, fields: ActionFields) {
        self.id = id
        self.$region.id = regionID
        version = 1
        apply(fields)
    }

    func apply(_ f: ActionFields) {
        title = f.title; description = f.description; theme = f.theme; ownerIDs = f.ownerIDs; scope = f.scope; phase = f.phase.iso
        status = f.status; dueDate = f.dueDate?.iso; coalitionIDs = f.coalitionIDs; initiativeIDs = f.initiativeIDs; published = f.published
        sessionID = f.sessionID
    }

    var fields: ActionFields {
        ActionFields(title: title, description: description, theme: theme, ownerIDs: ownerIDs, scope: scope,
                     phase: AgendaQuarter(phase) ?? AgendaQuarter(containing: .unknown), status: status,
                     dueDate: dueDate.flatMap { CalendarDay(iso: $0) }, coalitionIDs: coalitionIDs, initiativeIDs: initiativeIDs,
                     published: published, sessionID: sessionID)
    }

    var agendaAction: AgendaAction { AgendaAction(id: id ?? UUID(), fields: fields) }
}

/// A progress update of an action: what happened, when, by whom. Updates are added, never
/// changed; a mistaken one is deleted softly and can be restored.
final class ActionUpdateRecord: Model, @unchecked Sendable {
    static let schema = "agenda_action_updates"

    @ID(key: .id) var id: UUID?
    @Parent(key: "action_id") var action: ActionRecord
    @Field(key: "date") var date: String
    @Field(key: "text") var text: String
    /// The author as text (name and e-mail), so that it outlives the account.
    @Field(key: "author") var author: String
    /// The status the action moved to with this update, if it moved.
    @OptionalField(key: "new_status") var newStatus: ActionStatus?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(actionID: UUID, date: CalendarDay, text: String, author: String, newStatus: ActionStatus?) {
        self.$action.id = actionID
        self.date = date.iso; self.text = text; self.author = author; self.newStatus = newStatus
    }
}

/// A Volgspot of a coalition or (without coalition) of the region's agenda.
final class ProgressReviewRecord: Model, @unchecked Sendable {
    static let schema = "progress_reviews"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @OptionalField(key: "coalition_id") var coalitionID: UUID?
    @Field(key: "review") var review: ProgressReview
    @Field(key: "published") var published: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID, regionID: UUID, fields: Fields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    /// What one save writes: the review, whose it is, and whether it is public.
    struct Fields: Codable, Equatable, Sendable {
        var coalitionID: UUID?
        var review: ProgressReview
        var published: Bool
    }

    func apply(_ f: Fields) { coalitionID = f.coalitionID; review = f.review; published = f.published }
    var fields: Fields { Fields(coalitionID: coalitionID, review: review, published: published) }
}

extension CalendarDay {
    /// What a stored date that does not parse (never written by this app) reads as.
    static let unknown = CalendarDay(year: 1900, month: 1, day: 1)!
}

struct CreateCollaboration: AsyncMigration {
    var name: String { "2026-11-25-create-collaboration" }

    func prepare(on db: any Database) async throws {
        try await db.schema(DevelopmentSessionRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("date", .string, .required)
            .field("title", .string, .required)
            .field("themes", .array(of: .string), .required)
            .field("question", .string, .required)
            .field("organisation_ids", .array(of: .uuid), .required)
            .field("participant_count", .int, .required)
            .field("ideas", .array(of: .string), .required)
            .field("barriers", .array(of: .string), .required)
            .field("notes", .string)
            .field("published", .bool, .required)
            .timestamps()
            .create()
        try await db.schema(CoalitionRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("name", .string, .required)
            .field("question", .string, .required)
            .field("theme", .string)
            .field("status", .string, .required)
            .field("members", .array(of: .json), .required)
            .field("initiative_ids", .array(of: .uuid), .required)
            .field("session_id", .uuid, .references(DevelopmentSessionRecord.schema, "id"))
            .field("published", .bool, .required)
            .field("purpose_case", .json)
            .field("version", .int, .required)
            .timestamps()
            .create()
        try await db.schema(ActionRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("title", .string, .required)
            .field("description", .string)
            .field("theme", .string)
            .field("owner_ids", .array(of: .uuid), .required)
            .field("scope", .string, .required)
            .field("phase", .string, .required)
            .field("status", .string, .required)
            .field("due_date", .string)
            .field("coalition_ids", .array(of: .uuid), .required)
            .field("initiative_ids", .array(of: .uuid), .required)
            .field("session_id", .uuid, .references(DevelopmentSessionRecord.schema, "id"))
            .field("published", .bool, .required)
            .field("version", .int, .required)
            .timestamps()
            .create()
        try await db.schema(ActionUpdateRecord.schema)
            .id()
            .field("action_id", .uuid, .required, .references(ActionRecord.schema, "id"))
            .field("date", .string, .required)
            .field("text", .string, .required)
            .field("author", .string, .required)
            .field("new_status", .string)
            .field("created_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        try await db.schema(ProgressReviewRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("coalition_id", .uuid, .references(CoalitionRecord.schema, "id"))
            .field("review", .json, .required)
            .field("published", .bool, .required)
            .timestamps()
            .create()
    }

    func revert(on db: any Database) async throws {
        for schema in [ProgressReviewRecord.schema, ActionUpdateRecord.schema, ActionRecord.schema, CoalitionRecord.schema, DevelopmentSessionRecord.schema] {
            try await db.schema(schema).delete()
        }
    }
}

extension SchemaBuilder {
    /// Created, updated and (soft) deleted, like every record of the platform.
    func timestamps() -> Self {
        field("created_at", .datetime).field("updated_at", .datetime).field("deleted_at", .datetime)
    }
}
