import Fluent
import Foundation
import RegioCore

/// A skill of a region's taxonomy (see `RegioCore.Skill`).
final class SkillRecord: Model, @unchecked Sendable {
    static let schema = "skills"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "key") var key: String
    @Field(key: "label") var label: String
    @Field(key: "category") var category: String
    @Field(key: "description") var description: String
    @OptionalField(key: "esco_uri") var escoURI: String?
    @Field(key: "position") var position: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(regionID: UUID, skill: Skill, position: Int) {
        self.$region.id = regionID
        key = skill.key; label = skill.label; category = skill.category; description = skill.description; escoURI = skill.escoURI
        self.position = position
    }

    var skill: Skill { Skill(key: key, label: label, category: category, description: description, escoURI: escoURI) }
}

/// A role (occupation) of a region's taxonomy with the skills it requires (see `RegioCore.Role`).
final class RoleRecord: Model, @unchecked Sendable {
    static let schema = "roles"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "key") var key: String
    @Field(key: "label") var label: String
    @Field(key: "education_level") var educationLevel: String
    @Field(key: "domain") var domain: String
    @Field(key: "description") var description: String
    /// Keys of the roles one step up, and the required skills: kept with the role as
    /// JSON, as they are always read and written with it.
    @Field(key: "next") var next: [String]
    @Field(key: "requires") var requires: [SkillRequirement]
    @Field(key: "position") var position: Int
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(regionID: UUID, role: Role, position: Int) {
        self.$region.id = regionID
        key = role.key; label = role.label; educationLevel = role.educationLevel; domain = role.domain; description = role.description
        next = role.next; requires = role.requires
        self.position = position
    }

    var role: Role {
        Role(key: key, label: label, educationLevel: educationLevel, domain: domain, description: description, next: next, requires: requires)
    }
}

struct CreateSkillsAndRoles: AsyncMigration {
    var name: String { "2026-11-24-create-skills-and-roles" }

    func prepare(on db: any Database) async throws {
        try await db.schema(SkillRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("key", .string, .required)
            .field("label", .string, .required)
            .field("category", .string, .required)
            .field("description", .string, .required)
            .field("esco_uri", .string)
            .field("position", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .unique(on: "region_id", "key")
            .create()
        try await db.schema(RoleRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("key", .string, .required)
            .field("label", .string, .required)
            .field("education_level", .string, .required)
            .field("domain", .string, .required)
            .field("description", .string, .required)
            .field("next", .array(of: .string), .required)
            .field("requires", .array(of: .json), .required)
            .field("position", .int, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .unique(on: "region_id", "key")
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(RoleRecord.schema).delete()
        try await db.schema(SkillRecord.schema).delete()
    }
}
