import Fluent
import Foundation
import RegioCore

/// A barrier of the register (see `RegioCore.BarrierFields`).
final class BarrierRecord: Model, @unchecked Sendable {
    static let schema = "barriers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "title") var title: String
    @Field(key: "description") var description: String
    @Field(key: "category") var category: BarrierCategory
    @Field(key: "organisation_ids") var organisationIDs: [UUID]
    @Field(key: "status") var status: BarrierStatus
    @OptionalField(key: "solution") var solution: String?
    @Field(key: "related_rules") var relatedRules: [String]
    @Field(key: "funding_scheme_ids") var fundingSchemeIDs: [UUID]
    @Field(key: "coalition_ids") var coalitionIDs: [UUID]
    @Field(key: "published") var published: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID, regionID: UUID, fields: BarrierFields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    func apply(_ f: BarrierFields) {
        title = f.title; description = f.description; category = f.category; organisationIDs = f.organisationIDs; status = f.status
        solution = f.solution; relatedRules = f.relatedRules; fundingSchemeIDs = f.fundingSchemeIDs; coalitionIDs = f.coalitionIDs; published = f.published
    }

    var fields: BarrierFields {
        BarrierFields(title: title, description: description, category: category, organisationIDs: organisationIDs, status: status, solution: solution,
                      relatedRules: relatedRules, fundingSchemeIDs: fundingSchemeIDs, coalitionIDs: coalitionIDs, published: published)
    }

    var barrier: Barrier { Barrier(id: id ?? UUID(), fields: fields) }
}

/// A factsheet written from a solved barrier.
final class FactsheetRecord: Model, @unchecked Sendable {
    static let schema = "factsheets"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "barrier_id") var barrierID: UUID
    @Field(key: "question") var question: String
    @Field(key: "answer") var answer: String
    @OptionalField(key: "rules_say") var rulesSay: String?
    @Field(key: "links") var links: [String]
    @Field(key: "published") var published: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID, regionID: UUID, fields: FactsheetFields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    func apply(_ f: FactsheetFields) {
        barrierID = f.barrierID; question = f.question; answer = f.answer; rulesSay = f.rulesSay; links = f.links; published = f.published
    }

    var fields: FactsheetFields {
        FactsheetFields(barrierID: barrierID, question: question, answer: answer, rulesSay: rulesSay, links: links, published: published)
    }
}

/// A funding scheme with its deadlines and the initiatives it funds.
final class FundingSchemeRecord: Model, @unchecked Sendable {
    static let schema = "funding_schemes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "name") var name: String
    @Field(key: "funder") var funder: String
    @OptionalField(key: "conditions") var conditions: String?
    /// ISO `YYYY-MM-DD` calendar days, sorted, like every date of the platform.
    @Field(key: "deadlines") var deadlines: [String]
    @OptionalField(key: "url") var url: String?
    @Field(key: "initiative_ids") var initiativeIDs: [UUID]
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID, regionID: UUID, fields: FundingSchemeFields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    func apply(_ f: FundingSchemeFields) {
        name = f.name; funder = f.funder; conditions = f.conditions; deadlines = f.deadlines.map(\.iso); url = f.url; initiativeIDs = f.initiativeIDs
    }

    var fields: FundingSchemeFields {
        FundingSchemeFields(name: name, funder: funder, conditions: conditions, deadlines: deadlines.compactMap(CalendarDay.init(iso:)), url: url,
                            initiativeIDs: initiativeIDs)
    }
}

extension BarrierRecord: CollaborationRecord {
    static func new(id: UUID, regionID: UUID, fields: BarrierFields) -> BarrierRecord { .init(id: id, regionID: regionID, fields: fields) }
    var timestamps: (created: Date?, updated: Date?) { (createdAt, updatedAt) }
}

extension FactsheetRecord: CollaborationRecord {
    static func new(id: UUID, regionID: UUID, fields: FactsheetFields) -> FactsheetRecord { .init(id: id, regionID: regionID, fields: fields) }
    var timestamps: (created: Date?, updated: Date?) { (createdAt, updatedAt) }
}

extension FundingSchemeRecord: CollaborationRecord {
    static func new(id: UUID, regionID: UUID, fields: FundingSchemeFields) -> FundingSchemeRecord { .init(id: id, regionID: regionID, fields: fields) }
    var timestamps: (created: Date?, updated: Date?) { (createdAt, updatedAt) }
    /// Schemes are public information by nature (funders publish them), so none is hidden.
    var published: Bool { true }
    static var hasPublishedFlag: Bool { false }
}

extension BarrierInput: JSONMergeable {}
extension FactsheetInput: JSONMergeable {}
extension FundingSchemeInput: JSONMergeable {}

struct CreateBarriersAndFunding: AsyncMigration {
    var name: String { "2026-11-25-create-barriers-and-funding" }

    func prepare(on db: any Database) async throws {
        try await db.schema(FundingSchemeRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("name", .string, .required)
            .field("funder", .string, .required)
            .field("conditions", .string)
            .field("deadlines", .array(of: .string), .required)
            .field("url", .string)
            .field("initiative_ids", .array(of: .uuid), .required)
            .timestamps()
            .create()
        try await db.schema(BarrierRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("title", .string, .required)
            .field("description", .string, .required)
            .field("category", .string, .required)
            .field("organisation_ids", .array(of: .uuid), .required)
            .field("status", .string, .required)
            .field("solution", .string)
            .field("related_rules", .array(of: .string), .required)
            .field("funding_scheme_ids", .array(of: .uuid), .required)
            .field("coalition_ids", .array(of: .uuid), .required)
            .field("published", .bool, .required)
            .timestamps()
            .create()
        try await db.schema(FactsheetRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("barrier_id", .uuid, .required, .references(BarrierRecord.schema, "id"))
            .field("question", .string, .required)
            .field("answer", .string, .required)
            .field("rules_say", .string)
            .field("links", .array(of: .string), .required)
            .field("published", .bool, .required)
            .timestamps()
            .create()
    }

    func revert(on db: any Database) async throws {
        for schema in [FactsheetRecord.schema, BarrierRecord.schema, FundingSchemeRecord.schema] { try await db.schema(schema).delete() }
    }
}
