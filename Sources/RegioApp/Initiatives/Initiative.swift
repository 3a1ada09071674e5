import Fluent
import Foundation
import RegioCore

/// The stored columns of an initiative, as the model and as a plain row (fast reads)
/// both have them.
protocol InitiativeColumns {
    var name: String { get }
    var kind: String? { get }
    var goal: String? { get }
    var descriptionText: String? { get }
    var strategicThemes: [String] { get }
    var knowledgeThemes: [String] { get }
    var targetGroups: [String] { get }
    var wholeRegion: Bool { get }
    var municipalityCodes: [String] { get }
    var maturity: String? { get }
    var fundingScheme: String? { get }
    var fundingEndDate: String? { get }
    var startDate: String? { get }
    var links: [String] { get }
    var contactName: String? { get }
    var contactEmail: String? { get }
    var recordStatus: String { get }
}

extension InitiativeColumns {
    /// The stored fields; participants come from `participants` (a separate table).
    func fields(participants: [Participant]) -> InitiativeFields {
        var f = InitiativeFields(name: name)
        f.kind = InitiativeKind(rawValue: kind ?? "")
        f.goal = goal
        f.description = descriptionText
        f.strategicThemes = strategicThemes
        f.knowledgeThemes = knowledgeThemes
        f.targetGroups = targetGroups
        f.wholeRegion = wholeRegion
        f.municipalityCodes = municipalityCodes
        f.participants = participants
        f.maturity = Maturity(rawValue: maturity ?? "")
        f.fundingScheme = fundingScheme
        f.fundingEndDate = fundingEndDate.flatMap(CalendarDay.init(iso:))
        f.startDate = startDate.flatMap(CalendarDay.init(iso:))
        f.links = links
        f.contactName = contactName
        f.contactEmail = contactEmail
        f.recordStatus = RecordStatus(rawValue: recordStatus) ?? .concept
        return f
    }
}

/// An initiative, intervention or instrument of the learning landscape.
final class Initiative: Model, InitiativeColumns, @unchecked Sendable {
    static let schema = "initiatives"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "name") var name: String
    @OptionalField(key: "kind") var kind: String?
    @OptionalField(key: "goal") var goal: String?
    @OptionalField(key: "description") var descriptionText: String?
    @Field(key: "strategic_themes") var strategicThemes: [String]
    @Field(key: "knowledge_themes") var knowledgeThemes: [String]
    @Field(key: "target_groups") var targetGroups: [String]
    @Field(key: "whole_region") var wholeRegion: Bool
    @Field(key: "municipality_codes") var municipalityCodes: [String]
    @OptionalField(key: "maturity") var maturity: String?
    @OptionalField(key: "funding_scheme") var fundingScheme: String?
    /// ISO `YYYY-MM-DD`: a calendar day, not an instant.
    @OptionalField(key: "funding_end_date") var fundingEndDate: String?
    @OptionalField(key: "start_date") var startDate: String?
    @Field(key: "links") var links: [String]
    @OptionalField(key: "contact_name") var contactName: String?
    @OptionalField(key: "contact_email") var contactEmail: String?
    @Field(key: "record_status") var recordStatus: String
    @Children(for: \.$initiative) var participations: [InitiativeParticipation]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Soft delete: a deleted initiative is hidden, never removed, and can be restored.
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID? = nil, regionID: UUID, fields: InitiativeFields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    func apply(_ f: InitiativeFields) {
        name = f.name
        kind = f.kind?.rawValue
        goal = f.goal
        descriptionText = f.description
        strategicThemes = f.strategicThemes
        knowledgeThemes = f.knowledgeThemes
        targetGroups = f.targetGroups
        wholeRegion = f.wholeRegion
        municipalityCodes = f.municipalityCodes
        maturity = f.maturity?.rawValue
        fundingScheme = f.fundingScheme
        fundingEndDate = f.fundingEndDate?.iso
        startDate = f.startDate?.iso
        links = f.links
        contactName = f.contactName
        contactEmail = f.contactEmail
        recordStatus = f.recordStatus.rawValue
    }
}

/// An organisation's participation in an initiative, with its role.
final class InitiativeParticipation: Model, @unchecked Sendable {
    static let schema = "initiative_participations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "initiative_id") var initiative: Initiative
    @Parent(key: "organisation_id") var organisation: Organisation
    @Field(key: "role") var role: String
    @Field(key: "position") var position: Int

    init() {}

    init(initiativeID: UUID, organisationID: UUID, role: ParticipationRole, position: Int) {
        self.$initiative.id = initiativeID
        self.$organisation.id = organisationID
        self.role = role.rawValue
        self.position = position
    }

    var participant: Participant? {
        ParticipationRole(rawValue: role).map { Participant(organisationID: $organisation.id, role: $0) }
    }
}

struct CreateInitiatives: AsyncMigration {
    var name: String { "2026-11-24-create-initiatives" }

    func prepare(on db: any Database) async throws {
        try await db.schema(Initiative.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("name", .string, .required)
            .field("kind", .string)
            .field("goal", .string)
            .field("description", .string)
            .field("strategic_themes", .array(of: .string), .required)
            .field("knowledge_themes", .array(of: .string), .required)
            .field("target_groups", .array(of: .string), .required)
            .field("whole_region", .bool, .required)
            .field("municipality_codes", .array(of: .string), .required)
            .field("maturity", .string)
            .field("funding_scheme", .string)
            .field("funding_end_date", .string)
            .field("start_date", .string)
            .field("links", .array(of: .string), .required)
            .field("contact_name", .string)
            .field("contact_email", .string)
            .field("record_status", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        try await db.schema(InitiativeParticipation.schema)
            .id()
            .field("initiative_id", .uuid, .required, .references(Initiative.schema, "id"))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id"))
            .field("role", .string, .required)
            .field("position", .int, .required)
            .unique(on: "initiative_id", "organisation_id")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(InitiativeParticipation.schema).delete()
        try await db.schema(Initiative.schema).delete()
    }
}
