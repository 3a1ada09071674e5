import Fluent

/// Regions, their labour-market regions, municipalities, vocabulary, milestones and figures.
struct CreateRegions: AsyncMigration {
    var name: String { "2026-11-24-create-regions" }

    func prepare(on db: any Database) async throws {
        try await db.schema(Region.schema)
            .id()
            .field("slug", .string, .required)
            .field("name", .string, .required)
            .field("coordinator", .string)
            .field("revision", .int, .required)
            .field("created_at", .datetime)
            .unique(on: "slug")
            .create()
        try await db.schema(LabourMarketRegion.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("code", .string, .required)
            .field("year", .int, .required)
            .field("name", .string, .required)
            .field("position", .int, .required)
            .unique(on: "region_id", "code", "year")
            .create()
        try await db.schema(Municipality.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("labour_market_region_id", .uuid, .references(LabourMarketRegion.schema, "id"))
            .field("code", .string, .required)
            .field("name", .string, .required)
            .field("centroid_lon", .double)
            .field("centroid_lat", .double)
            .field("boundary", .string)
            .unique(on: "region_id", "code")
            .create()
        try await db.schema(VocabularyTerm.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("kind", .string, .required)
            .field("key", .string, .required)
            .field("label", .string, .required)
            .field("summary", .string)
            .field("position", .int, .required)
            .unique(on: "region_id", "kind", "key")
            .create()
        try await db.schema(Milestone.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("when", .string, .required)
            .field("what", .string, .required)
            .create()
        try await db.schema(RegionFigure.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("what", .string, .required)
            .field("year", .int)
            .field("value", .double, .required)
            .field("source", .string)
            .field("position", .int, .required)
            .create()
    }

    func revert(on db: any Database) async throws {
        for schema in [RegionFigure.schema, Milestone.schema, VocabularyTerm.schema, Municipality.schema,
                       LabourMarketRegion.schema, Region.schema] {
            try await db.schema(schema).delete()
        }
    }
}
