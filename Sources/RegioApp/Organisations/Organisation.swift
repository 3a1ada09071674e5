import Fluent
import Foundation
import RegioCore

/// An organisation of the region: care provider, school, municipality, employers' body…
final class Organisation: Model, @unchecked Sendable {
    static let schema = "organisations"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "name") var name: String
    @OptionalField(key: "kind") var kind: String?
    @Field(key: "care_domains") var careDomains: [String]
    @OptionalField(key: "municipality_code") var municipalityCode: String?
    @OptionalField(key: "website") var website: String?
    @OptionalField(key: "contact_name") var contactName: String?
    @OptionalField(key: "contact_email") var contactEmail: String?
    @OptionalField(key: "description") var descriptionText: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Soft delete: a deleted organisation is hidden, never removed, and can be restored.
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID? = nil, regionID: UUID, fields: OrganisationFields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    var fields: OrganisationFields {
        var f = OrganisationFields(name: name)
        f.kind = OrganisationKind(rawValue: kind ?? "")
        f.careDomains = careDomains
        f.municipalityCode = municipalityCode
        f.website = website
        f.contactName = contactName
        f.contactEmail = contactEmail
        f.description = descriptionText
        return f
    }

    func apply(_ f: OrganisationFields) {
        name = f.name
        kind = f.kind?.rawValue
        careDomains = f.careDomains
        municipalityCode = f.municipalityCode
        website = f.website
        contactName = f.contactName
        contactEmail = f.contactEmail
        descriptionText = f.description
    }
}

struct CreateOrganisations: AsyncMigration {
    var name: String { "2026-11-24-create-organisations" }

    func prepare(on db: any Database) async throws {
        try await db.schema(Organisation.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("name", .string, .required)
            .field("kind", .string)
            .field("care_domains", .array(of: .string), .required)
            .field("municipality_code", .string)
            .field("website", .string)
            .field("contact_name", .string)
            .field("contact_email", .string)
            .field("description", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(Organisation.schema).delete()
    }
}
