import Fluent
import Foundation
import RegioCore
import SQLKit
import Vapor

/// Imports modules, routes or skills into one region: every row validated first, then
/// written by `ImportMode` in one transaction, with a history entry per record and one
/// new offer revision. Used by the web form, the API and `regio import-offer`.
struct OfferImporter {
    let db: any Database
    let snapshot: RegionSnapshot
    let author: ChangeAuthor
    /// Called with (rows written, rows to write) while writing.
    var progress: @Sendable (Int, Int) -> Void = { _, _ in }

    /// Rows are inserted in batches of this many: one statement each.
    static let batchSize = 500

    func run(_ kind: OfferKind, _ source: OfferImportSource, mode: ImportMode) async throws -> ImportReport {
        let rows = try source.rows(kind)
        switch kind {
        case .modules: return try await modules(rows, mode: mode)
        case .routes: return try await routes(rows, mode: mode)
        case .skills: return try await skills(rows, mode: mode)
        }
    }

    // MARK: Modules

    private func modules(_ rows: [OfferImportSource.Row], mode: ImportMode) async throws -> ImportReport {
        let skills = try await SkillRecord.query(on: db).filter(\.$region.$id == snapshot.regionID).all()
        let vocabulary = ModuleStore.vocabulary(skillKeys: Set(skills.map(\.key)), snapshot: snapshot)
        let read = rows.map { row -> ImportRow<UUID, ModuleFields> in
            let (id, input, error) = OfferImportSource.decode(row, as: ModuleInput.self) { ModuleCSV.input($0) }
            return Self.importRow(row.row, id: id, input: input, error: error) { ModuleFields.validate($0, vocabulary: vocabulary) }
        }
        let existing = try await ModuleRecord.query(on: db).withDeleted().filter(\.$region.$id == snapshot.regionID).all()
        let labels = Dictionary(skills.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        let plan = ImportPlan(rows: read, current: Self.current(existing),
                              refused: try await refusals(read, existing: existing), mode: mode)
        let snapshot = self.snapshot
        try await write(plan, entity: .module, fieldOrder: ModuleSnapshot.fieldOrder,
                        history: { ModuleSnapshot.make($0, names: snapshot, skillLabel: { labels[$0] ?? $0 }) },
                        table: ModuleRecord.schema, columns: ["title", "provider_id", "description", "skills", "hours", "form", "municipality_codes",
                                                               "cost_cents", "funded", "credential", "intake_dates", "language_level", "licence"],
                        values: { f in [SQLValue.bind(f.title), .optional(f.providerID), .optional(f.description), .bind(f.skills), .bind(f.hours),
                                        .bind(f.form.rawValue), .bind(f.municipalityCodes), .optional(f.costCents), .bind(f.funded), .bind(f.credential.rawValue),
                                        .bind(f.intakeDates.map(\.iso)), .optional(f.languageLevel), .bind(f.licence.rawValue)] },
                        update: { id, f, tx in
                            guard let m = try await ModuleRecord.find(id, on: tx) else { return }
                            m.apply(f); try await m.save(on: tx)
                        })
        return report(plan)
    }

    // MARK: Routes

    private func routes(_ rows: [OfferImportSource.Row], mode: ImportMode) async throws -> ImportReport {
        let skills = try await SkillRecord.query(on: db).filter(\.$region.$id == snapshot.regionID).all()
        let roles = try await RoleRecord.query(on: db).filter(\.$region.$id == snapshot.regionID).all()
        let modules = try await ModuleRecord.query(on: db).filter(\.$region.$id == snapshot.regionID).field(\.$id).field(\.$title).all()
        let vocabulary = RouteVocabulary(offer: ModuleStore.vocabulary(skillKeys: Set(skills.map(\.key)), snapshot: snapshot),
                                         roleKeys: Set(roles.map(\.key)), moduleIDs: Set(modules.compactMap(\.id)), targetGroups: snapshot.vocabulary.targetGroups)
        let read = rows.map { row -> ImportRow<UUID, LearningRouteFields> in
            var stepsError: FieldError?
            let (id, input, error) = OfferImportSource.decode(row, as: LearningRouteInput.self) { values in
                let parsed = LearningRouteCSV.input(values)
                stepsError = parsed.stepsError
                return (parsed.id, parsed.input)
            }
            return Self.importRow(row.row, id: id, input: input, error: error ?? stepsError) { LearningRouteFields.validate($0, vocabulary: vocabulary) }
        }
        let existing = try await LearningRouteRecord.query(on: db).withDeleted().filter(\.$region.$id == snapshot.regionID).all()
        let titles = Dictionary(modules.compactMap { m in m.id.map { ($0, m.title) } }, uniquingKeysWith: { a, _ in a })
        let roleLabels = Dictionary(roles.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        let plan = ImportPlan(rows: read, current: Self.current(existing),
                              refused: try await refusals(read, existing: existing), mode: mode)
        let snapshot = self.snapshot
        try await write(plan, entity: .learningRoute, fieldOrder: LearningRouteSnapshot.fieldOrder,
                        history: { LearningRouteSnapshot.make($0, names: snapshot, moduleTitle: { titles[$0] ?? $0.uuidString }, roleLabel: { roleLabels[$0] ?? $0 }) },
                        table: LearningRouteRecord.schema, columns: ["title", "role_key", "steps", "target_groups", "hours_per_week", "duration_weeks",
                                                                      "employer_ids", "intake_requirements"],
                        values: { f in [SQLValue.bind(f.title), .optional(f.roleKey), .bind(f.steps), .bind(f.targetGroups), .optional(f.hoursPerWeek),
                                        .optional(f.durationWeeks), .bind(f.employerIDs), .optional(f.intakeRequirements)] },
                        update: { id, f, tx in
                            guard let r = try await LearningRouteRecord.find(id, on: tx) else { return }
                            r.apply(f); try await r.save(on: tx)
                        })
        return report(plan)
    }

    // MARK: Skills

    /// Skills are named by their key: a row with a known key changes that skill, any
    /// other row adds one. Skills are never removed by an import.
    private func skills(_ rows: [OfferImportSource.Row], mode: ImportMode) async throws -> ImportReport {
        let categories = Set(snapshot.terms[.skillCategory, default: []].map(\.key))
        let existing = try await SkillRecord.query(on: db).filter(\.$region.$id == snapshot.regionID).sort(\.$position).all()
        var labelOwner = Dictionary(existing.map { ($0.label, $0.key) }, uniquingKeysWith: { a, _ in a })
        let read = rows.map { row -> ImportRow<String, Skill> in
            let (_, input, error) = OfferImportSource.decode(row, as: SkillInput.self) { (nil, SkillCSV.input($0)) }
            if let error { return ImportRow(row: row.row, key: nil, result: .failure(ValidationFailure([error]))) }
            var result = Skill.validate(input ?? SkillInput(), categories: categories)
            // Two skills with one name confuse everyone who picks one.
            if case .success(let skill) = result, let owner = labelOwner[skill.label], owner != skill.key {
                result = .failure(ValidationFailure([FieldError("label", "De naam ‘\(skill.label)’ hoort al bij de vaardigheid ‘\(owner)’.")]))
            } else if case .success(let skill) = result {
                labelOwner[skill.label] = skill.key
            }
            return ImportRow(row: row.row, key: input?.key?.trimmingCharacters(in: .whitespaces), result: result)
        }
        let plan = ImportPlan(rows: read, current: Dictionary(existing.map { ($0.key, $0.skill) }, uniquingKeysWith: { a, _ in a }), mode: mode)
        guard !plan.steps.isEmpty else { return report(plan) }
        let regionID = snapshot.regionID, writer = HistoryWriter(regionID: regionID, author: author)
        let firstPosition = (existing.map(\.position).max() ?? -1) + 1
        let steps = plan.steps
        let history = { @Sendable (s: Skill) -> [String: String] in
            ["key": s.key, "label": s.label, "category": s.category, "description": s.description, "escoUri": s.escoURI ?? ""]
        }
        try await db.transaction { tx in
            for (n, step) in steps.enumerated() {
                switch step {
                case .create(_, let skill):
                    let record = SkillRecord(regionID: regionID, skill: skill, position: firstPosition + n)
                    try await record.create(on: tx)
                    try await writer.record(.import, entity: .skill, id: record.requireID(), old: [:], new: history(skill), fieldOrder: SkillCSV.header, on: tx)
                case .update(let key, let before, let after):
                    guard let record = try await SkillRecord.query(on: tx).filter(\.$region.$id == regionID).filter(\.$key == key).first() else { continue }
                    record.label = after.label; record.category = after.category; record.description = after.description; record.escoURI = after.escoURI
                    try await record.save(on: tx)
                    try await writer.record(.import, entity: .skill, id: record.requireID(), old: history(before), new: history(after), fieldOrder: SkillCSV.header, on: tx)
                }
            }
        }
        return report(plan)
    }

    // MARK: Shared steps

    /// A read row checked: a bad id or a JSON item of the wrong shape is the row's
    /// mistake, next to what validation finds.
    static func importRow<Input, Fields>(_ row: Int, id: String?, input: Input?, error: FieldError?,
                                         validate: (Input) -> Result<Fields, ValidationFailure>) -> ImportRow<UUID, Fields> {
        var errors = error.map { [$0] } ?? []
        let key = id.flatMap { UUID(uuidString: $0) }
        if let id, key == nil { errors.append(FieldError("id", "‘\(id.prefix(40))’ is geen geldige id; laat het veld leeg voor een nieuw record.")) }
        guard let input else { return ImportRow(row: row, key: key, result: .failure(ValidationFailure(errors))) }
        switch validate(input) {
        case .success(let fields) where errors.isEmpty: return ImportRow(row: row, key: key, result: .success(fields))
        case .success: return ImportRow(row: row, key: key, result: .failure(ValidationFailure(errors)))
        case .failure(let failure): return ImportRow(row: row, key: key, result: .failure(ValidationFailure(errors + failure.errors)))
        }
    }

    /// The fields of the records that are not deleted, by id.
    static func current<M: ImportableRecord>(_ existing: [M]) -> [UUID: M.Fields] {
        var current: [UUID: M.Fields] = [:]
        for m in existing where m.deletedAt == nil { if let id = m.id { current[id] = m.fields } }
        return current
    }

    /// Ids a row may not name: deleted records of the region, and records of another region.
    private func refusals<M: ImportableRecord>(_ rows: [ImportRow<UUID, M.Fields>], existing: [M]) async throws -> [UUID: String] {
        var refused: [UUID: String] = [:]
        for m in existing where m.deletedAt != nil { if let id = m.id { refused[id] = ImportRefusal.deleted } }
        let known = Set(existing.compactMap(\.id))
        let unknown = Array(Set(rows.compactMap(\.key)).subtracting(known))
        for chunk in stride(from: 0, to: unknown.count, by: Self.batchSize).map({ Array(unknown[$0..<min($0 + Self.batchSize, unknown.count)]) }) {
            for m in try await M.query(on: db).withDeleted().filter(\._$id ~~ chunk).all() { if let id = m.id { refused[id] = ImportRefusal.otherRegion } }
        }
        return refused
    }

    /// Writes the plan's steps in one transaction: new records in batches, changed ones
    /// one by one, each with its history, then one new revision of the region and offer.
    /// New records are inserted as plain rows (SQLKit, the same binds Fluent uses): at a
    /// hundred thousand records Fluent's per-model reflection would cost most of the time.
    private func write<Fields: Sendable>(_ plan: ImportPlan<UUID, Fields>, entity: HistoryEntity, fieldOrder: [String],
                                         history: @escaping @Sendable (Fields) -> [String: String],
                                         table: String, columns: [String], values: @escaping @Sendable (Fields) -> [SQLValue],
                                         update: @escaping @Sendable (UUID, Fields, any Database) async throws -> Void) async throws {
        guard !plan.steps.isEmpty else { return }
        let regionID = snapshot.regionID, author = self.author, progress = self.progress, steps = plan.steps
        let at = Date()
        @Sendable func change(_ id: UUID, old: [String: String], new: [String: String]) -> RecordChange {
            RecordChange(regionID: regionID, entity: entity.rawValue, entityID: id, action: .import, authorID: author.id, author: author.label, at: at,
                         changes: FieldChange.diff(old: old, new: new, fieldOrder: fieldOrder))
        }
        @Sendable func changeRow(_ id: UUID, new: [String: String]) -> [SQLValue] {
            let c = change(id, old: [:], new: new)
            return [.bind(UUID()), .bind(regionID), .bind(c.entity), .bind(id), .bind(ChangeAction.import.rawValue), .optional(author.id), .bind(c.author),
                    .bind(at), .bind(c.changesJSON)]
        }
        try await db.transaction { tx in
            var done = 0
            var creates: [(UUID, Fields)] = []
            func flush() async throws {
                guard !creates.isEmpty else { return }
                try await SQLValue.insert(into: table, columns: ["id", "region_id"] + columns + ["created_at", "updated_at"],
                                          rows: creates.map { [.bind($0.0), .bind(regionID)] + values($0.1) + [.bind(at), .bind(at)] }, on: tx)
                try await SQLValue.insert(into: RecordChange.schema, columns: ["id", "region_id", "entity", "entity_id", "action", "author_id", "author", "at", "changes"],
                                          rows: creates.map { changeRow($0.0, new: history($0.1)) }, on: tx)
                done += creates.count
                creates.removeAll(keepingCapacity: true)
                progress(done, steps.count)
            }
            for step in steps {
                switch step {
                case .create(let key, let fields):
                    creates.append((key ?? UUID(), fields))
                    if creates.count == Self.batchSize { try await flush() }
                case .update(let id, let before, let after):
                    try await update(id, after, tx)
                    try await change(id, old: history(before), new: history(after)).create(on: tx)
                    done += 1
                }
            }
            try await flush()
            try await HistoryWriter.bumpRevision(regionID, offer: true, on: tx)
        }
    }

    private func report<Key, Fields>(_ plan: ImportPlan<Key, Fields>) -> ImportReport {
        var report = plan.report
        report.written = !plan.steps.isEmpty
        return report
    }
}

/// One value of a plain SQL insert: bound, or NULL.
enum SQLValue: Sendable {
    case bind(any Encodable & Sendable)
    case null

    static func optional(_ value: (any Encodable & Sendable)?) -> SQLValue { value.map { .bind($0) } ?? .null }

    var expression: any SQLExpression {
        switch self {
        case .bind(let value): SQLBind(value)
        case .null: SQLLiteral.null
        }
    }

    /// Inserts `rows` into `table` in one statement.
    static func insert(into table: String, columns: [String], rows: [[SQLValue]], on db: any Database) async throws {
        guard !rows.isEmpty else { return }
        guard let sql = db as? any SQLDatabase else { throw Abort(.internalServerError, reason: "Geen SQL-database") }
        var insert = sql.insert(into: table).columns(columns)
        for row in rows { insert = insert.values(row.map(\.expression)) }
        try await insert.run()
    }
}
