import Fluent
import Foundation
import RegioCore

/// A learning route of the regional offer (see `RegioCore.LearningRouteFields`).
final class LearningRouteRecord: Model, @unchecked Sendable {
    static let schema = "learning_routes"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "title") var title: String
    @OptionalField(key: "role_key") var roleKey: String?
    /// The ordered steps, target groups and employers are read and written with the route: JSON.
    @Field(key: "steps") var steps: [RouteStep]
    @Field(key: "target_groups") var targetGroups: [String]
    @OptionalField(key: "hours_per_week") var hoursPerWeek: Int?
    @OptionalField(key: "duration_weeks") var durationWeeks: Int?
    @Field(key: "employer_ids") var employerIDs: [UUID]
    @OptionalField(key: "intake_requirements") var intakeRequirements: String?
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(regionID: UUID, fields: LearningRouteFields) {
        self.$region.id = regionID
        apply(fields)
    }

    func apply(_ f: LearningRouteFields) {
        title = f.title; roleKey = f.roleKey; steps = f.steps; targetGroups = f.targetGroups; hoursPerWeek = f.hoursPerWeek
        durationWeeks = f.durationWeeks; employerIDs = f.employerIDs; intakeRequirements = f.intakeRequirements
    }

    var fields: LearningRouteFields {
        var f = LearningRouteFields(title: title)
        f.roleKey = roleKey; f.steps = steps; f.targetGroups = targetGroups; f.hoursPerWeek = hoursPerWeek
        f.durationWeeks = durationWeeks; f.employerIDs = employerIDs; f.intakeRequirements = intakeRequirements
        return f
    }
}

struct CreateLearningRoutes: AsyncMigration {
    var name: String { "2026-11-24-create-learning-routes" }

    func prepare(on db: any Database) async throws {
        try await db.schema(LearningRouteRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("title", .string, .required)
            .field("role_key", .string)
            .field("steps", .array(of: .json), .required)
            .field("target_groups", .array(of: .string), .required)
            .field("hours_per_week", .int)
            .field("duration_weeks", .int)
            .field("employer_ids", .array(of: .uuid), .required)
            .field("intake_requirements", .string)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(LearningRouteRecord.schema).delete()
    }
}

/// A route's fields as history shows them.
enum LearningRouteSnapshot {
    static let fieldOrder = ["title", "roleKey", "steps", "targetGroups", "hoursPerWeek", "durationWeeks", "employerIds", "intakeRequirements"]

    static func make(_ f: LearningRouteFields, names: RegionSnapshot?, moduleTitle: (UUID) -> String, roleLabel: (String) -> String) -> [String: String] {
        var s: [String: String] = ["title": f.title]
        s["roleKey"] = f.roleKey.map(roleLabel)
        s["steps"] = f.steps.map { step -> String in
            switch step {
            case .module(let id): moduleTitle(id)
            case .workplace(let what, let hours, _): "\(what) (werkplek, \(hours) uur)"
            }
        }.joined(separator: " → ")
        s["targetGroups"] = f.targetGroups.map { names?.label(.targetGroup, $0) ?? $0 }.joined(separator: ", ")
        s["hoursPerWeek"] = f.hoursPerWeek.map(String.init)
        s["durationWeeks"] = f.durationWeeks.map(String.init)
        s["employerIds"] = f.employerIDs.map { names?.organisation($0)?.name ?? $0.uuidString }.joined(separator: ", ")
        s["intakeRequirements"] = f.intakeRequirements
        return s
    }
}
