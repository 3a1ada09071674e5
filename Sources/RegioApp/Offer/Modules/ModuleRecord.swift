import Fluent
import Foundation
import RegioCore

/// A module (leereenheid) of the regional offer (see `RegioCore.ModuleFields`).
final class ModuleRecord: Model, @unchecked Sendable {
    static let schema = "modules"

    @ID(key: .id) var id: UUID?
    @Parent(key: "region_id") var region: Region
    @Field(key: "title") var title: String
    @OptionalField(key: "provider_id") var providerID: UUID?
    @OptionalField(key: "description") var description: String?
    /// Skills with levels, places and start dates are read and written with the module: JSON.
    @Field(key: "skills") var skills: [SkillRequirement]
    @Field(key: "hours") var hours: Int
    @Field(key: "form") var form: LearningForm
    @Field(key: "municipality_codes") var municipalityCodes: [String]
    @OptionalField(key: "cost_cents") var costCents: Int?
    @Field(key: "funded") var funded: Bool
    @Field(key: "credential") var credential: Credential
    @Field(key: "intake_dates") var intakeDates: [String]
    @OptionalField(key: "language_level") var languageLevel: String?
    @Field(key: "licence") var licence: ContentLicence
    @Timestamp(key: "created_at", on: .create) var createdAt: Date?
    @Timestamp(key: "updated_at", on: .update) var updatedAt: Date?
    @Timestamp(key: "deleted_at", on: .delete) var deletedAt: Date?

    init() {}

    init(id: UUID = UUID(), regionID: UUID, fields: ModuleFields) {
        self.id = id
        self.$region.id = regionID
        apply(fields)
    }

    func apply(_ f: ModuleFields) {
        title = f.title; providerID = f.providerID; description = f.description; skills = f.skills; hours = f.hours; form = f.form
        municipalityCodes = f.municipalityCodes; costCents = f.costCents; funded = f.funded; credential = f.credential
        intakeDates = f.intakeDates.map(\.iso); languageLevel = f.languageLevel; licence = f.licence
    }

    var fields: ModuleFields {
        var f = ModuleFields(title: title)
        f.providerID = providerID; f.description = description; f.skills = skills; f.hours = hours; f.form = form
        f.municipalityCodes = municipalityCodes; f.costCents = costCents; f.funded = funded; f.credential = credential
        f.intakeDates = intakeDates.compactMap(CalendarDay.init(iso:)); f.languageLevel = languageLevel; f.licence = licence
        return f
    }
}

struct CreateModules: AsyncMigration {
    var name: String { "2026-11-24-create-modules" }

    func prepare(on db: any Database) async throws {
        try await db.schema(ModuleRecord.schema)
            .id()
            .field("region_id", .uuid, .required, .references(Region.schema, "id"))
            .field("title", .string, .required)
            .field("provider_id", .uuid, .references(Organisation.schema, "id"))
            .field("description", .string)
            .field("skills", .array(of: .json), .required)
            .field("hours", .int, .required)
            .field("form", .string, .required)
            .field("municipality_codes", .array(of: .string), .required)
            .field("cost_cents", .int)
            .field("funded", .bool, .required)
            .field("credential", .string, .required)
            .field("intake_dates", .array(of: .string), .required)
            .field("language_level", .string)
            .field("licence", .string, .required)
            .field("created_at", .datetime)
            .field("updated_at", .datetime)
            .field("deleted_at", .datetime)
            .create()
    }

    func revert(on db: any Database) async throws {
        try await db.schema(ModuleRecord.schema).delete()
    }
}

/// A module's fields as history shows them (Dutch values, one line each).
enum ModuleSnapshot {
    static let fieldOrder = ["title", "providerId", "description", "skills", "hours", "form", "municipalityCodes", "cost", "funded",
                             "credential", "intakeDates", "languageLevel", "licence"]

    static func make(_ f: ModuleFields, names: RegionSnapshot?, skillLabel: (String) -> String) -> [String: String] {
        var s: [String: String] = ["title": f.title, "hours": String(f.hours), "form": f.form.dutchLabel, "credential": f.credential.dutchLabel,
                                   "licence": f.licence.dutchLabel, "funded": f.funded ? "ja" : "nee"]
        s["providerId"] = f.providerID.map { names?.organisation($0)?.name ?? $0.uuidString }
        s["description"] = f.description
        s["skills"] = f.skills.map { "\(skillLabel($0.skill)) (niveau \($0.level.rawValue))" }.joined(separator: ", ")
        s["municipalityCodes"] = f.municipalityCodes.map { names?.municipalityName($0) ?? $0 }.joined(separator: ", ")
        s["cost"] = f.costCents.map(ModuleViews.euros)
        s["intakeDates"] = f.intakeDates.map(\.iso).joined(separator: ", ")
        s["languageLevel"] = f.languageLevel
        return s
    }
}
