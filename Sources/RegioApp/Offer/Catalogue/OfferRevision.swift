import Fluent
import SQLKit

/// A second revision counter on the region for the learning offer alone: the catalogue
/// of a large offer is rebuilt when modules, routes or skills change, not on every
/// write to the landscape. Also indexes the offer's tables by region.
struct AddOfferRevision: AsyncMigration {
    var name: String { "2026-11-24-add-offer-revision-and-offer-indexes" }

    func prepare(on db: any Database) async throws {
        try await db.schema(Region.schema).field("offer_revision", .int, .required, .sql(.default(0))).update()
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "idx_modules_region").on(ModuleRecord.schema).column("region_id").run()
        try await sql.create(index: "idx_learning_routes_region").on(LearningRouteRecord.schema).column("region_id").run()
    }

    func revert(on db: any Database) async throws {
        if let sql = db as? any SQLDatabase {
            try await sql.drop(index: "idx_modules_region").run()
            try await sql.drop(index: "idx_learning_routes_region").run()
        }
        try await db.schema(Region.schema).deleteField("offer_revision").update()
    }
}
