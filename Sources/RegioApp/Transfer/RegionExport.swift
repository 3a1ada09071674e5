import Fluent
import Foundation
import RegioCore
import SQLKit

/// The whole region as one JSON document: `regio export` writes it, `regio import` reads
/// it into an empty database, and the result is the same region, ids, history and all.
/// Accounts are not part of it (no password hashes leave the database).
struct RegionExport: Codable, Equatable, Sendable {
    static let currentFormat = "lerende-regio/region-export@1"

    struct RegionRow: Codable, Equatable, Sendable { var id: UUID; var slug: String; var name: String; var coordinator: String? }
    struct MarketRow: Codable, Equatable, Sendable { var id: UUID; var code: String; var year: Int; var name: String; var position: Int }
    struct MunicipalityRow: Codable, Equatable, Sendable {
        var id: UUID; var code: String; var name: String; var labourMarketRegionId: UUID?
        var centroidLon: Double?; var centroidLat: Double?; var boundary: String?
    }
    struct TermRow: Codable, Equatable, Sendable { var id: UUID; var kind: String; var key: String; var label: String; var summary: String?; var position: Int }
    struct MilestoneRow: Codable, Equatable, Sendable { var id: UUID; var when: String; var what: String }
    struct FigureRow: Codable, Equatable, Sendable { var id: UUID; var what: String; var year: Int?; var value: Double; var source: String?; var position: Int }
    struct OrganisationRow: Codable, Equatable, Sendable {
        var id: UUID; var fields: OrganisationFields; var createdAt: Date?; var updatedAt: Date?; var deletedAt: Date?
    }
    struct InitiativeRow: Codable, Equatable, Sendable {
        var id: UUID; var fields: InitiativeFields; var createdAt: Date?; var updatedAt: Date?; var deletedAt: Date?
    }
    struct ChangeRow: Codable, Equatable, Sendable {
        var id: UUID; var entity: String; var entityId: UUID; var action: ChangeAction; var authorId: UUID?; var author: String; var at: Date; var changes: [FieldChange]
    }

    /// A coordinator's verdict on a flagged pair (withdrawn ones too: they are history).
    struct JudgementRow: Codable, Equatable, Sendable {
        var id: UUID; var initiativeA: UUID; var initiativeB: UUID; var verdict: OverlapJudgement.Verdict; var author: String; var createdAt: Date?; var deletedAt: Date?
    }

    struct SkillRow: Codable, Equatable, Sendable { var id: UUID; var skill: Skill; var position: Int }
    struct RoleRow: Codable, Equatable, Sendable { var id: UUID; var role: Role; var position: Int }
    struct ModuleRow: Codable, Equatable, Sendable {
        var id: UUID; var fields: ModuleFields; var createdAt: Date?; var updatedAt: Date?; var deletedAt: Date?
    }
    struct RouteRow: Codable, Equatable, Sendable {
        var id: UUID; var fields: LearningRouteFields; var createdAt: Date?; var updatedAt: Date?; var deletedAt: Date?
    }
    struct LearningPlaceRow: Codable, Equatable, Sendable {
        var id: UUID; var fields: LearningPlaceFields; var createdAt: Date?; var updatedAt: Date?; var deletedAt: Date?
    }

    /// A collaboration record: its fields, its version where it has one (optimistic locking) and its times.
    struct CollaborationRow<Fields: Codable & Equatable & Sendable>: Codable, Equatable, Sendable {
        var id: UUID; var fields: Fields; var version: Int?; var createdAt: Date?; var updatedAt: Date?; var deletedAt: Date?
    }
    struct CoalitionFieldsRow: Codable, Equatable, Sendable { var coalition: CoalitionFields; var purposeCase: PurposeCase? }
    struct ActionUpdateRow: Codable, Equatable, Sendable {
        var id: UUID; var actionId: UUID; var date: String; var text: String; var author: String; var newStatus: ActionStatus?
        var createdAt: Date?; var deletedAt: Date?
    }

    var format = RegionExport.currentFormat
    var region: RegionRow
    var labourMarketRegions: [MarketRow]
    var municipalities: [MunicipalityRow]
    var vocabulary: [TermRow]
    var milestones: [MilestoneRow]
    var figures: [FigureRow]
    var organisations: [OrganisationRow]
    var initiatives: [InitiativeRow]
    var history: [ChangeRow]
    /// Optional, so that exports from before verdicts existed still load.
    var overlapJudgements: [JudgementRow]?
    /// The learning offer: taxonomy, modules and routes (optional for older exports).
    var skills: [SkillRow]?
    var roles: [RoleRow]?
    var modules: [ModuleRow]?
    var learningRoutes: [RouteRow]?
    /// Learning places (optional for exports from before they existed).
    var learningPlaces: [LearningPlaceRow]?
    /// Collaboration: sessions, coalitions, actions with their progress, Volgspots (optional for older exports).
    var developmentSessions: [CollaborationRow<DevelopmentSessionFields>]?
    var coalitions: [CollaborationRow<CoalitionFieldsRow>]?
    var actions: [CollaborationRow<ActionFields>]?
    var actionUpdates: [ActionUpdateRow]?
    var progressReviews: [CollaborationRow<ProgressReviewRecord.Fields>]?
    /// Collective strength: the content catalogue with demand, the barrier register with
    /// factsheets, funding schemes (optional for older exports).
    var suppliers: [CollaborationRow<SupplierFields>]?
    var contentItems: [CollaborationRow<ContentItemRecord.Fields>]?
    var demands: [CollaborationRow<DemandFields>]?
    var fundingSchemes: [CollaborationRow<FundingSchemeFields>]?
    var barriers: [CollaborationRow<BarrierFields>]?
    var factsheets: [CollaborationRow<FactsheetFields>]?

    /// Dates to the millisecond: the databases keep different sub-millisecond precision,
    /// and an export must read the same after an import.
    static func ms(_ date: Date?) -> Date? {
        date.map { Date(timeIntervalSince1970: ($0.timeIntervalSince1970 * 1000).rounded() / 1000) }
    }

    /// Every step of a long export or import reports here (the CLI prints a progress line).
    typealias Progress = @Sendable (_ step: String, _ done: Int, _ total: Int) -> Void

    static func make(regionSlug: String, on db: any Database, progress: Progress = { _, _, _ in }) async throws -> RegionExport {
        guard let region = try await Region.query(on: db).filter(\.$slug == regionSlug).first() else {
            throw Problem.notFound("Regio ‘\(regionSlug)’")
        }
        let rid = try region.requireID()
        let steps = 9
        progress("regio", 1, steps)
        let markets = try await LabourMarketRegion.query(on: db).filter(\.$region.$id == rid).sort(\.$position).all()
        progress("arbeidsmarktregio's", 2, steps)
        let places = try await Municipality.query(on: db).filter(\.$region.$id == rid).sort(\.$code).all()
        progress("gemeenten", 3, steps)
        let terms = try await VocabularyTerm.query(on: db).filter(\.$region.$id == rid).sort(\.$position).all()
        let milestones = try await Milestone.query(on: db).filter(\.$region.$id == rid).all()
        let figures = try await RegionFigure.query(on: db).filter(\.$region.$id == rid).sort(\.$position).all()
        progress("begrippen", 4, steps)
        let orgs = try await Organisation.query(on: db).withDeleted().filter(\.$region.$id == rid).all()
        progress("organisaties", 5, steps)
        let initiatives = try await Initiative.query(on: db).withDeleted().filter(\.$region.$id == rid).all()
        var participations: [UUID: [Participant]] = [:]
        let ids = initiatives.compactMap(\.id)
        for start in stride(from: 0, to: ids.count, by: 500) {
            let chunk = Array(ids[start..<min(start + 500, ids.count)])
            for p in try await InitiativeParticipation.query(on: db).filter(\.$initiative.$id ~~ chunk).sort(\.$position).all() {
                if let participant = p.participant { participations[p.$initiative.id, default: []].append(participant) }
            }
        }
        progress("initiatieven", 6, steps)
        let changes = try await RecordChange.query(on: db).filter(\.$region.$id == rid).all()
        progress("geschiedenis", 7, steps)
        let judgements = try await OverlapJudgement.query(on: db).withDeleted().filter(\.$region.$id == rid).all()
        let skills = try await SkillRecord.query(on: db).withDeleted().filter(\.$region.$id == rid).sort(\.$position).all()
        let roles = try await RoleRecord.query(on: db).withDeleted().filter(\.$region.$id == rid).sort(\.$position).all()
        let modules = try await ModuleRecord.query(on: db).withDeleted().filter(\.$region.$id == rid).all()
        let routes = try await LearningRouteRecord.query(on: db).withDeleted().filter(\.$region.$id == rid).all()
        let learningPlaceRecords = try await LearningPlaceRecord.query(on: db).withDeleted().filter(\.$region.$id == rid).all()
        let sessionRecords = try await DevelopmentSessionRecord.query(on: db).withDeleted().filter(\.$region.$id == rid).all()
        let coalitionRecords = try await CoalitionRecord.query(on: db).withDeleted().filter(\.$region.$id == rid).all()
        let actionRecords = try await ActionRecord.query(on: db).withDeleted().filter(\.$region.$id == rid).all()
        let updateRecords = actionRecords.isEmpty ? [] : try await ActionUpdateRecord.query(on: db).withDeleted()
            .filter(\.$action.$id ~~ actionRecords.compactMap(\.id)).all()
        let reviewRecords = try await ProgressReviewRecord.query(on: db).withDeleted().filter(\.$region.$id == rid).all()
        func rows<M: CollaborationRecord, F>(_ records: [M], _ fields: (M) -> F, version: (M) -> Int? = { _ in nil }) throws -> [CollaborationRow<F>] {
            try records.map { m in
                CollaborationRow(id: try m.requireID(), fields: fields(m), version: version(m), createdAt: ms(m.timestamps.created), updatedAt: ms(m.timestamps.updated),
                                 deletedAt: ms(m.deletedAt))
            }.sorted { $0.id.uuidString < $1.id.uuidString }
        }
        func plain<M: TransferableRecord>(_ type: M.Type) async throws -> [CollaborationRow<M.Fields>] {
            try await M.query(on: db).withDeleted().filter(\M.regionField.$id == rid).all().map { m in
                CollaborationRow(id: try m.requireID(), fields: m.fields, version: nil, createdAt: ms(m.createdAt), updatedAt: ms(m.updatedAt), deletedAt: ms(m.deletedAt))
            }.sorted { $0.id.uuidString < $1.id.uuidString }
        }
        progress("oordelen over overlap, leeraanbod, leerplekken en samenwerking", 8, steps)
        let export = RegionExport(
            region: RegionRow(id: rid, slug: region.slug, name: region.name, coordinator: region.coordinator),
            labourMarketRegions: try markets.map { MarketRow(id: try $0.requireID(), code: $0.code, year: $0.year, name: $0.name, position: $0.position) },
            municipalities: try places.map { MunicipalityRow(id: try $0.requireID(), code: $0.code, name: $0.name, labourMarketRegionId: $0.$labourMarketRegion.id,
                                                             centroidLon: $0.centroidLon, centroidLat: $0.centroidLat, boundary: $0.boundary) },
            vocabulary: try terms.map { TermRow(id: try $0.requireID(), kind: $0.kind.rawValue, key: $0.key, label: $0.label, summary: $0.summary, position: $0.position) },
            milestones: try milestones.map { MilestoneRow(id: try $0.requireID(), when: $0.when, what: $0.what) }.sorted { ($0.when, $0.what) < ($1.when, $1.what) },
            figures: try figures.map { FigureRow(id: try $0.requireID(), what: $0.what, year: $0.year, value: $0.value, source: $0.source, position: $0.position) },
            organisations: try orgs.map { OrganisationRow(id: try $0.requireID(), fields: $0.fields, createdAt: ms($0.createdAt), updatedAt: ms($0.updatedAt), deletedAt: ms($0.deletedAt)) }
                .sorted { $0.id.uuidString < $1.id.uuidString },
            initiatives: try initiatives.map { i in
                let id = try i.requireID()
                return InitiativeRow(id: id, fields: i.fields(participants: participations[id] ?? []), createdAt: ms(i.createdAt), updatedAt: ms(i.updatedAt), deletedAt: ms(i.deletedAt))
            }.sorted { $0.id.uuidString < $1.id.uuidString },
            history: try changes.map { ChangeRow(id: try $0.requireID(), entity: $0.entity, entityId: $0.entityID, action: $0.action, authorId: $0.authorID,
                                                 author: $0.author, at: ms($0.at)!, changes: $0.changes) }
                .sorted { ($0.at, $0.id.uuidString) < ($1.at, $1.id.uuidString) },
            overlapJudgements: try judgements.map { JudgementRow(id: try $0.requireID(), initiativeA: $0.initiativeA, initiativeB: $0.initiativeB, verdict: $0.verdict,
                                                                 author: $0.author, createdAt: ms($0.createdAt), deletedAt: ms($0.deletedAt)) }
                .sorted { $0.id.uuidString < $1.id.uuidString },
            skills: try skills.map { SkillRow(id: try $0.requireID(), skill: $0.skill, position: $0.position) },
            roles: try roles.map { RoleRow(id: try $0.requireID(), role: $0.role, position: $0.position) },
            modules: try modules.map { ModuleRow(id: try $0.requireID(), fields: $0.fields, createdAt: ms($0.createdAt), updatedAt: ms($0.updatedAt), deletedAt: ms($0.deletedAt)) }
                .sorted { $0.id.uuidString < $1.id.uuidString },
            learningRoutes: try routes.map { RouteRow(id: try $0.requireID(), fields: $0.fields, createdAt: ms($0.createdAt), updatedAt: ms($0.updatedAt), deletedAt: ms($0.deletedAt)) }
                .sorted { $0.id.uuidString < $1.id.uuidString },
            learningPlaces: try learningPlaceRecords.map { LearningPlaceRow(id: try $0.requireID(), fields: $0.fields, createdAt: ms($0.createdAt), updatedAt: ms($0.updatedAt), deletedAt: ms($0.deletedAt)) }
                .sorted { $0.id.uuidString < $1.id.uuidString },
            developmentSessions: try rows(sessionRecords, \.fields),
            coalitions: try rows(coalitionRecords, { CoalitionFieldsRow(coalition: $0.coalition, purposeCase: $0.purposeCase) }, version: \.version),
            actions: try rows(actionRecords, \.fields, version: \.version),
            actionUpdates: try updateRecords.map { u in
                ActionUpdateRow(id: try u.requireID(), actionId: u.$action.id, date: u.date, text: u.text, author: u.author, newStatus: u.newStatus,
                                createdAt: ms(u.createdAt), deletedAt: ms(u.deletedAt))
            }.sorted { $0.id.uuidString < $1.id.uuidString },
            progressReviews: try rows(reviewRecords, \.fields),
            suppliers: try await plain(SupplierRecord.self), contentItems: try await plain(ContentItemRecord.self), demands: try await plain(DemandRecord.self),
            fundingSchemes: try await plain(FundingSchemeRecord.self), barriers: try await plain(BarrierRecord.self), factsheets: try await plain(FactsheetRecord.self))
        progress("klaar", steps, steps)
        return export
    }

    /// Writes this region into a database that does not have it yet, in one transaction.
    func load(into db: any Database, progress: @escaping Progress = { _, _, _ in }) async throws {
        guard format == Self.currentFormat else {
            throw Problem(status: .badRequest, title: "Onbekend formaat", detail: "Dit bestand heeft formaat ‘\(format)’; verwacht ‘\(Self.currentFormat)’.")
        }
        if try await Region.query(on: db).filter(\.$slug == region.slug).first() != nil {
            throw Problem(status: .conflict, title: "Regio bestaat al", detail: "De regio ‘\(region.slug)’ staat al in deze database; importeer in een lege database.")
        }
        let total = organisations.count + initiatives.count + history.count + municipalities.count + 1
        try await db.transaction { tx in
            var done = 0
            func tick(_ step: String) { done += 1; if done % 250 == 0 || done == total { progress(step, done, total) } }
            let r = Region(id: region.id, slug: region.slug, name: region.name, coordinator: region.coordinator)
            try await r.create(on: tx)
            tick("regio")
            for m in labourMarketRegions {
                let market = LabourMarketRegion(regionID: region.id, code: m.code, year: m.year, name: m.name, position: m.position)
                market.id = m.id
                try await market.create(on: tx)
            }
            for m in municipalities {
                let place = Municipality(regionID: region.id, labourMarketRegionID: m.labourMarketRegionId, code: m.code, name: m.name,
                                         centroidLon: m.centroidLon, centroidLat: m.centroidLat, boundary: m.boundary)
                place.id = m.id
                try await place.create(on: tx)
                tick("gemeenten")
            }
            for t in vocabulary {
                guard let kind = VocabularyKind(rawValue: t.kind) else { continue }
                let term = VocabularyTerm(regionID: region.id, kind: kind, key: t.key, label: t.label, summary: t.summary, position: t.position)
                term.id = t.id
                try await term.create(on: tx)
            }
            for m in milestones {
                let milestone = Milestone(regionID: region.id, when: m.when, what: m.what)
                milestone.id = m.id
                try await milestone.create(on: tx)
            }
            for f in figures {
                let figure = RegionFigure(regionID: region.id, what: f.what, year: f.year, value: f.value, source: f.source, position: f.position)
                figure.id = f.id
                try await figure.create(on: tx)
            }
            for o in organisations {
                let org = Organisation(id: o.id, regionID: region.id, fields: o.fields)
                try await org.create(on: tx)
                try await Self.setTimestamps(Organisation.schema, id: o.id, created: o.createdAt, updated: o.updatedAt, deleted: o.deletedAt, on: tx)
                tick("organisaties")
            }
            for i in initiatives {
                let initiative = Initiative(id: i.id, regionID: region.id, fields: i.fields)
                try await initiative.create(on: tx)
                for (n, p) in i.fields.participants.enumerated() {
                    try await InitiativeParticipation(initiativeID: i.id, organisationID: p.organisationID, role: p.role, position: n).create(on: tx)
                }
                try await Self.setTimestamps(Initiative.schema, id: i.id, created: i.createdAt, updated: i.updatedAt, deleted: i.deletedAt, on: tx)
                tick("initiatieven")
            }
            for c in history {
                let change = RecordChange(regionID: region.id, entity: c.entity, entityID: c.entityId, action: c.action, authorID: c.authorId,
                                          author: c.author, at: c.at, changes: c.changes)
                change.id = c.id
                try await change.create(on: tx)
                tick("geschiedenis")
            }
            for row in skills ?? [] {
                let record = SkillRecord(regionID: region.id, skill: row.skill, position: row.position)
                record.id = row.id
                try await record.create(on: tx)
            }
            for row in roles ?? [] {
                let record = RoleRecord(regionID: region.id, role: row.role, position: row.position)
                record.id = row.id
                try await record.create(on: tx)
            }
            for row in modules ?? [] {
                try await ModuleRecord(id: row.id, regionID: region.id, fields: row.fields).create(on: tx)
                try await Self.setTimestamps(ModuleRecord.schema, id: row.id, created: row.createdAt, updated: row.updatedAt, deleted: row.deletedAt, on: tx)
            }
            for row in learningRoutes ?? [] {
                let record = LearningRouteRecord(regionID: region.id, fields: row.fields)
                record.id = row.id
                try await record.create(on: tx)
                try await Self.setTimestamps(LearningRouteRecord.schema, id: row.id, created: row.createdAt, updated: row.updatedAt, deleted: row.deletedAt, on: tx)
            }
            for row in learningPlaces ?? [] {
                try await LearningPlaceRecord(id: row.id, regionID: region.id, fields: row.fields).create(on: tx)
                try await Self.setTimestamps(LearningPlaceRecord.schema, id: row.id, created: row.createdAt, updated: row.updatedAt, deleted: row.deletedAt, on: tx)
            }
            // Sessions before coalitions and actions, which refer to them; coalitions before reviews.
            for row in developmentSessions ?? [] {
                try await DevelopmentSessionRecord(id: row.id, regionID: region.id, fields: row.fields).create(on: tx)
                try await Self.setTimestamps(DevelopmentSessionRecord.schema, id: row.id, created: row.createdAt, updated: row.updatedAt, deleted: row.deletedAt, on: tx)
            }
            for row in coalitions ?? [] {
                let record = CoalitionRecord(id: row.id, regionID: region.id, fields: .init(coalition: row.fields.coalition, purposeCase: row.fields.purposeCase))
                record.version = row.version ?? 1
                try await record.create(on: tx)
                try await Self.setTimestamps(CoalitionRecord.schema, id: row.id, created: row.createdAt, updated: row.updatedAt, deleted: row.deletedAt, on: tx)
            }
            for row in actions ?? [] {
                let record = ActionRecord(id: row.id, regionID: region.id, fields: row.fields)
                record.version = row.version ?? 1
                try await record.create(on: tx)
                try await Self.setTimestamps(ActionRecord.schema, id: row.id, created: row.createdAt, updated: row.updatedAt, deleted: row.deletedAt, on: tx)
            }
            for row in actionUpdates ?? [] {
                let update = ActionUpdateRecord(actionID: row.actionId, date: CalendarDay(iso: row.date) ?? .unknown, text: row.text, author: row.author, newStatus: row.newStatus)
                update.id = row.id
                try await update.create(on: tx)
                try await Self.setTimestamps(ActionUpdateRecord.schema, id: row.id, created: row.createdAt, updated: nil, deleted: row.deletedAt, on: tx)
            }
            for row in progressReviews ?? [] {
                try await ProgressReviewRecord(id: row.id, regionID: region.id, fields: row.fields).create(on: tx)
                try await Self.setTimestamps(ProgressReviewRecord.schema, id: row.id, created: row.createdAt, updated: row.updatedAt, deleted: row.deletedAt, on: tx)
            }
            // Suppliers before items, items before demand; schemes before barriers, barriers before factsheets.
            try await Self.load(suppliers, as: SupplierRecord.self, region: region.id, on: tx)
            try await Self.load(contentItems, as: ContentItemRecord.self, region: region.id, on: tx)
            try await Self.load(demands, as: DemandRecord.self, region: region.id, on: tx)
            try await Self.load(fundingSchemes, as: FundingSchemeRecord.self, region: region.id, on: tx)
            try await Self.load(barriers, as: BarrierRecord.self, region: region.id, on: tx)
            try await Self.load(factsheets, as: FactsheetRecord.self, region: region.id, on: tx)
            for j in overlapJudgements ?? [] {
                let judgement = OverlapJudgement(regionID: region.id, pair: (j.initiativeA, j.initiativeB), verdict: j.verdict, author: j.author)
                judgement.id = j.id
                try await judgement.create(on: tx)
                try await Self.setTimestamps(OverlapJudgement.schema, id: j.id, created: j.createdAt, updated: nil, deleted: j.deletedAt, on: tx)
            }
        }
    }

    /// Writes rows of a record without version or children, keeping their times.
    private static func load<M: TransferableRecord>(_ rows: [CollaborationRow<M.Fields>]?, as type: M.Type, region: UUID, on db: any Database) async throws {
        for row in rows ?? [] {
            try await M.new(id: row.id, regionID: region, fields: row.fields).create(on: db)
            try await setTimestamps(M.schema, id: row.id, created: row.createdAt, updated: row.updatedAt, deleted: row.deletedAt, on: db)
        }
    }

    /// Fluent sets timestamps itself on create; an import keeps the original ones.
    /// (`updated` nil: the table has no `updated_at`.)
    private static func setTimestamps(_ schema: String, id: UUID, created: Date?, updated: Date?, deleted: Date?, on db: any Database) async throws {
        guard let sql = db as? any SQLDatabase else { return }
        var update = sql.update(schema).set("created_at", to: created).set("deleted_at", to: deleted)
        if schema != OverlapJudgement.schema && schema != ActionUpdateRecord.schema { update = update.set("updated_at", to: updated) }
        try await update.where("id", .equal, id).run()
    }
}

/// A record of the region that travels in the export as it is: its fields and its times.
protocol TransferableRecord: ImportableRecord where Fields: Codable {
    var regionField: ParentProperty<Self, Region> { get }
    var createdAt: Date? { get }
    var updatedAt: Date? { get }
}

extension SupplierRecord: TransferableRecord { var regionField: ParentProperty<SupplierRecord, Region> { $region } }
extension ContentItemRecord: TransferableRecord { var regionField: ParentProperty<ContentItemRecord, Region> { $region } }
extension DemandRecord: TransferableRecord { var regionField: ParentProperty<DemandRecord, Region> { $region } }
extension FundingSchemeRecord: TransferableRecord { var regionField: ParentProperty<FundingSchemeRecord, Region> { $region } }
extension BarrierRecord: TransferableRecord { var regionField: ParentProperty<BarrierRecord, Region> { $region } }
extension FactsheetRecord: TransferableRecord { var regionField: ParentProperty<FactsheetRecord, Region> { $region } }
