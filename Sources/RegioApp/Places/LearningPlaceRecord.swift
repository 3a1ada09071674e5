import Fluent
import Foundation
import RegioCore
import SQLKit

/// Learning places an organisation offers (see `RegioCore.LearningPlaceFields`).
final class LearningPlaceRecord: Model, @unchecked Sendable {
    static let schema = "learning_places"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "organisation_id") var organisationID: UUID
    @Field(key: "municipality_code") var municipalityCode: String
    @Field(key: "kind") var kind: LearningPlaceKind
    @Field(key: "place_count") var count: Int
    /// ISO `YYYY-MM-DD`: calendar days, not instants (like the dates of initiatives).
    @Field(key: "start_date") var startDate: String
    @Field(key: "end_date") var endDate: String
    @Field(key: "supervision_capacity") var supervisionCapacity: Int
    @OptionalField(key: "role_key") var roleKey: String?
    @OptionalField(key: "description") var description: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    /// Soft delete: a deleted record is hidden, never removed, and can be restored.
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID = UUID(), regionID: UUID, fields: LearningPlaceFields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    func apply(_ f: LearningPlaceFields) {
        organisationID = f.organisationID; municipalityCode = f.municipalityCode; kind = f.kind; count = f.count
        startDate = f.startDate.iso; endDate = f.endDate.iso; supervisionCapacity = f.supervisionCapacity
        roleKey = f.roleKey; description = f.description
    }

    /// The stored fields; a date that does not parse (never written by this app) reads as 1 January 1900.
    var fields: LearningPlaceFields {
        let unknown = CalendarDay.unknown
        return LearningPlaceFields(organisationID: organisationID, municipalityCode: municipalityCode, kind: kind, count: count,
                                   startDate: CalendarDay(iso: startDate) ?? unknown, endDate: CalendarDay(iso: endDate) ?? unknown,
                                   supervisionCapacity: supervisionCapacity, roleKey: roleKey, description: description)
    }
}

struct CreateLearningPlaces: AsyncMigration {
    var name: String { "2026-11-24-create-learning-places" }

    func prepare(on db: any Database) async throws {
        try await db.schema(LearningPlaceRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("organisation_id", .uuid, .required, .references(Organisation.schema, "id"))
            .field("municipality_code", .string, .required)
            .field("kind", .string, .required)
            .field("place_count", .int, .required)
            .field("start_date", .string, .required)
            .field("end_date", .string, .required)
            .field("supervision_capacity", .int, .required)
            .field("role_key", .string)
            .field("description", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
        // The organisation page lists its places; lists read a region's places.
        guard let sql = db as? any SQLDatabase else { return }
        try await sql.create(index: "idx_learning_places_region").on(LearningPlaceRecord.schema).column("region_id").run()
        try await sql.create(index: "idx_learning_places_organisation").on(LearningPlaceRecord.schema).column("organisation_id").run()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(LearningPlaceRecord.schema).delete()
    }
}

/// A learning place's fields as history shows them (Dutch values, one line each).
enum LearningPlaceSnapshot {
    static let fieldOrder = ["organisationId", "municipalityCode", "kind", "count", "startDate", "endDate", "supervisionCapacity", "roleKey", "description"]

    static func make(_ f: LearningPlaceFields, names: RegionSnapshot?, roleLabel: (String) -> String) -> [String: String] {
        var s: [String: String] = ["organisationId": names?.organisation(f.organisationID)?.name ?? f.organisationID.uuidString,
                                   "municipalityCode": names?.municipalityName(f.municipalityCode) ?? f.municipalityCode,
                                   "kind": f.kind.dutchLabel, "count": String(f.count), "startDate": f.startDate.dutch, "endDate": f.endDate.dutch,
                                   "supervisionCapacity": String(f.supervisionCapacity)]
        s["roleKey"] = f.roleKey.map(roleLabel)
        s["description"] = f.description
        return s
    }
}
