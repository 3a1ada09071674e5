import Fluent
import Foundation
import RegioCore
import SQLKit

/// A supplier of learning content (see `RegioCore.SupplierFields`).
final class SupplierRecord: Model, @unchecked Sendable {
    static let schema = "suppliers"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "name") var name: String
    @OptionalField(key: "website") var website: String?
    @OptionalField(key: "contact") var contact: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID, regionID: UUID, fields: SupplierFields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    func apply(_ f: SupplierFields) { name = f.name; website = f.website; contact = f.contact }
    var fields: SupplierFields { SupplierFields(name: name, website: website, contact: contact) }
}

/// An item of the content catalogue, with what the region adds to the pure fields: whose
/// own content it is and whether it may be shared, and the coordinator's volume discounts.
final class ContentItemRecord: Model, @unchecked Sendable {
    static let schema = "content_items"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "title") var title: String
    @Field(key: "supplier_id") var supplierID: UUID
    @Field(key: "skill_keys") var skillKeys: [String]
    @Field(key: "module_ids") var moduleIDs: [UUID]
    @Field(key: "licence_model") var licenceModel: LicenceModel
    /// Euro cents of one unit a year; nil for open content.
    @OptionalField(key: "list_price_cents") var listPriceCents: Int?
    @OptionalField(key: "description") var description: String?
    /// The organisation whose own content it is (nil: bought from the supplier).
    @OptionalField(key: "owner_organisation_id") var ownerOrganisationID: UUID?
    @Field(key: "shareable") var shareable: Bool
    @OptionalField(key: "share_conditions") var shareConditions: String?
    @Field(key: "discounts") var discounts: VolumeDiscountTable
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID, regionID: UUID, fields: Fields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    /// Everything one save writes.
    struct Fields: Codable, Equatable, Sendable {
        var item: ContentItemFields
        var ownerOrganisationID: UUID?
        var shareable: Bool
        var shareConditions: String?
        var discounts: VolumeDiscountTable
    }

    func apply(_ f: Fields) {
        let i = f.item
        title = i.title; supplierID = i.supplierID; skillKeys = i.skillKeys; moduleIDs = i.moduleIDs; licenceModel = i.licenceModel
        listPriceCents = i.listPrice?.hundredths; description = i.description
        ownerOrganisationID = f.ownerOrganisationID; shareable = f.shareable; shareConditions = f.shareConditions; discounts = f.discounts
    }

    var item: ContentItemFields {
        ContentItemFields(title: title, supplierID: supplierID, skillKeys: skillKeys, moduleIDs: moduleIDs, licenceModel: licenceModel,
                          listPrice: listPriceCents.map { Amount(hundredths: $0) }, description: description)
    }

    var fields: Fields { Fields(item: item, ownerOrganisationID: ownerOrganisationID, shareable: shareable, shareConditions: shareConditions, discounts: discounts) }
    var contentItem: ContentItem { ContentItem(id: id ?? UUID(), fields: item) }
}

/// An organisation's demand for an item in a year; withdrawn demand stays, uncounted.
final class DemandRecord: Model, @unchecked Sendable {
    static let schema = "content_demands"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "item_id") var itemID: UUID
    @Field(key: "year") var year: Int
    @Field(key: "quantity") var quantity: Int
    @OptionalField(key: "note") var note: String?
    @Field(key: "withdrawn") var withdrawn: Bool
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID, regionID: UUID, fields: DemandFields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    func apply(_ f: DemandFields) {
        organisationID = f.organisationID; itemID = f.itemID; year = f.year; quantity = f.quantity; note = f.note; withdrawn = f.withdrawn
    }

    var fields: DemandFields {
        DemandFields(organisationID: organisationID, itemID: itemID, year: year, quantity: quantity, note: note, withdrawn: withdrawn)
    }
}

extension SupplierRecord: ImportableRecord {
    static func new(id: UUID, regionID: UUID, fields: SupplierFields) -> SupplierRecord { .init(id: id, regionID: regionID, fields: fields) }
}

extension ContentItemRecord: ImportableRecord {
    static func new(id: UUID, regionID: UUID, fields: Fields) -> ContentItemRecord { .init(id: id, regionID: regionID, fields: fields) }
}

extension DemandRecord: ImportableRecord {
    static func new(id: UUID, regionID: UUID, fields: DemandFields) -> DemandRecord { .init(id: id, regionID: regionID, fields: fields) }
}

struct CreateContentCatalogue: AsyncMigration {
    var name: String { "2026-11-25-create-content-catalogue-and-demand" }

    func prepare(on db: any Database) async throws {
        try await db.schema(SupplierRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("name", .string, .required)
            .field("website", .string)
            .field("contact", .string)
            .field("created_at", .datetime).field("updated_at", .datetime).field("deleted_at", .datetime)
            .create()
        try await db.schema(ContentItemRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("title", .string, .required)
            .field("supplier_id", .uuid, .required, .references(SupplierRecord.schema, "id"))
            .field("skill_keys", .array(of: .string), .required)
            .field("module_ids", .array(of: .uuid), .required)
            .field("licence_model", .string, .required)
            .field("list_price_cents", .int)
            .field("description", .string)
            .field("owner_organisation_id", .uuid, .references(Organisation.schema, "id"))
            .field("shareable", .bool, .required)
            .field("share_conditions", .string)
            .field("discounts", .json, .required)
            .field("created_at", .datetime).field("updated_at", .datetime).field("deleted_at", .datetime)
            .create()
        try await db.schema(DemandRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id"))
            .field("item_id", .uuid, .required, .references(ContentItemRecord.schema, "id"))
            .field("year", .int, .required)
            .field("quantity", .int, .required)
            .field("note", .string)
            .field("withdrawn", .bool, .required)
            .field("created_at", .datetime).field("updated_at", .datetime).field("deleted_at", .datetime)
            .create()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "idx_content_demands_item").on(DemandRecord.schema).column("item_id").run()
    }

    func revert(on db: any Database) async throws {
        for schema in [DemandRecord.schema, ContentItemRecord.schema, SupplierRecord.schema] { try await db.schema(schema).delete() }
    }
}
