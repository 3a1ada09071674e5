import Fluent
import Foundation
import RegioCore
import Vapor

/// Reads and writes learning routes, and adds them up against their role.
struct LearningRouteStore {
    let req: Request

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> LearningRouteRecord {
        try await req.record(LearningRouteRecord.self, id, region: \.$region.$id, what: "Deze leerroute", withDeleted: withDeleted)
    }

    /// What a route can be made of in this region.
    struct Parts: Sendable {
        var modules: [ModuleRecord]
        var roles: [RoleRecord]
        var vocabulary: RouteVocabulary

        func role(_ key: String?) -> Role? { key.flatMap { k in roles.first { $0.key == k }?.role } }
        var moduleFields: [UUID: ModuleFields] {
            Dictionary(modules.compactMap { m in m.id.map { ($0, m.fields) } }, uniquingKeysWith: { a, _ in a })
        }
        var moduleTitles: [UUID: String] {
            Dictionary(modules.compactMap { m in m.id.map { ($0, m.title) } }, uniquingKeysWith: { a, _ in a })
        }
        var roleLabels: [String: String] { Dictionary(roles.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a }) }
    }

    func parts() async throws -> Parts {
        let snapshot = try await req.snapshot()
        let modules = try await ModuleRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID).sort(\.$title).all()
        let roles = try await RoleRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID).sort(\.$position).all()
        return Parts(modules: modules, roles: roles,
                     vocabulary: RouteVocabulary(offer: try await ModuleStore(req: req).vocabulary(), roleKeys: Set(roles.map(\.key)),
                                                 moduleIDs: Set(modules.compactMap(\.id)), targetGroups: snapshot.vocabulary.targetGroups))
    }

    /// Coordinators change any route; an editor one whose workplace part their
    /// organisation offers, or whose modules it provides, all of them.
    static func canEdit(_ user: SignedInUser, _ fields: LearningRouteFields, providers: (UUID) -> UUID?, regionID: UUID) -> Bool {
        if Permissions.isRegionWide(user, regionID: regionID) { return true }
        guard user.regionID == regionID, let own = user.organisationID else { return false }
        let moduleProviders = Set(fields.steps.compactMap { step -> UUID? in
            if case .module(let id) = step { return providers(id) }
            return nil
        })
        return fields.employerIDs.contains(own) || (!moduleProviders.isEmpty && moduleProviders == [own])
    }

    private func validated(_ input: LearningRouteInput, user: SignedInUser, parts: Parts, regionID: UUID) throws -> LearningRouteFields {
        let fields: LearningRouteFields
        switch LearningRouteFields.validate(input, vocabulary: parts.vocabulary) {
        case .success(let f): fields = f
        case .failure(let failure): throw failure
        }
        try authorise(user, fields, parts: parts, regionID: regionID)
        return fields
    }

    func authorise(_ user: SignedInUser, _ fields: LearningRouteFields, parts: Parts, regionID: UUID) throws {
        let providers = Dictionary(parts.modules.compactMap { m in m.id.map { ($0, m.providerID) } }, uniquingKeysWith: { a, _ in a })
        guard Self.canEdit(user, fields, providers: { providers[$0] ?? nil }, regionID: regionID) else {
            throw Problem.forbidden("Je mag alleen leerroutes toevoegen of wijzigen waarin je eigen organisatie de werkplek biedt of alle modules verzorgt.")
        }
    }

    func create(_ input: LearningRouteInput, user: SignedInUser) async throws -> UUID {
        let snapshot = try await req.snapshot()
        let parts = try await parts()
        let fields = try validated(input, user: user, parts: parts, regionID: snapshot.regionID)
        let id = try await Self.writer(snapshot, parts: parts).create(fields, author: user.author, on: req.db)
        await req.regionChanged()
        return id
    }

    /// Replaces the route with `input` (a full record); both the old and the new route
    /// must be the user's to change.
    func update(_ id: UUID, with input: LearningRouteInput, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let parts = try await parts()
        let model = try await find(id)
        let before = model.fields
        try authorise(user, before, parts: parts, regionID: snapshot.regionID)
        let fields = try validated(input, user: user, parts: parts, regionID: snapshot.regionID)
        guard fields != before else { return }
        try await Self.writer(snapshot, parts: parts).update(model, with: fields, author: user.author, on: req.db)
        await req.regionChanged()
    }

    /// Deletes softly or restores, with history; nothing when the route already is so.
    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let model = try await find(id, withDeleted: true)
        try authorise(user, model.fields, parts: try await parts(), regionID: snapshot.regionID)
        guard (model.deletedAt != nil) != deleted else { return }
        try await HistoryWriter(regionID: snapshot.regionID, author: user.author).setDeleted(model, id: id, deleted: deleted, entity: .learningRoute, on: req.db)
        await req.regionChanged()
    }

    static func writer(_ snapshot: RegionSnapshot, parts: Parts) -> RecordWriter<LearningRouteRecord> {
        RecordWriter(regionID: snapshot.regionID, entity: .learningRoute, fieldOrder: LearningRouteSnapshot.fieldOrder, shown: historySnapshot(snapshot, parts: parts))
    }

    /// How history shows a route: module titles and role names instead of ids and keys.
    static func historySnapshot(_ snapshot: RegionSnapshot, parts: Parts) -> @Sendable (LearningRouteFields) -> [String: String] {
        let titles = parts.moduleTitles, roleLabels = parts.roleLabels
        return { LearningRouteSnapshot.make($0, names: snapshot, moduleTitle: { titles[$0] ?? $0.uuidString }, roleLabel: { roleLabels[$0] ?? $0 }) }
    }

    /// What routes cover: their modules (deleted ones count nothing), roles and coverage.
    struct Added: Sendable {
        var modules: [UUID: ModuleRecord]
        var role: Role?
        var coverage: RouteCoverage
    }

    func coverage(of routes: [LearningRouteRecord]) async throws -> [Added] {
        let ids = Set(routes.flatMap { route in route.steps.compactMap { step -> UUID? in if case .module(let id) = step { id } else { nil } } })
        let modules = ids.isEmpty ? [] : try await ModuleRecord.query(on: req.db).filter(\.$id ~~ Array(ids)).all()
        let byID = Dictionary(modules.compactMap { m in m.id.map { ($0, m) } }, uniquingKeysWith: { a, _ in a })
        let fields = byID.mapValues(\.fields)
        let keys = Set(routes.compactMap(\.roleKey))
        let regionID = try await req.region().requireID()
        let roles = keys.isEmpty ? [] : try await RoleRecord.query(on: req.db).filter(\.$region.$id == regionID).filter(\.$key ~~ Array(keys)).all()
        let roleByKey = Dictionary(roles.map { ($0.key, $0.role) }, uniquingKeysWith: { a, _ in a })
        return routes.map { route in
            let role = route.roleKey.flatMap { roleByKey[$0] }
            return Added(modules: byID, role: role, coverage: RouteCoverage.of(route.fields, modules: fields, role: role))
        }
    }

    func coverage(of route: LearningRouteRecord) async throws -> Added {
        try await coverage(of: [route])[0]
    }
}

extension LearningRouteStore: DeletableRecordStore {
    static let what = "Deze leerroute"
    static let entity = HistoryEntity.learningRoute

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let record = try await find(id, withDeleted: true)
        return (record.title, record.deletedAt != nil)
    }
}
