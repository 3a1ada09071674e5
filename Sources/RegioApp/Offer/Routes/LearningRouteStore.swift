import Fluent
import Foundation
import RegioCore
import Vapor

/// Reads and writes learning routes, and adds them up against their role.
struct LearningRouteStore {
    let req: Request

    func find(_ id: UUID) async throws -> LearningRouteRecord {
        try await req.record(LearningRouteRecord.self, id, region: \.$region.$id, what: "Deze leerroute")
    }

    /// Coordinators add routes; so do editors, when their organisation offers the
    /// workplace part or provides every module of it.
    /// What a route can be made of in this region.
    struct Parts: Sendable {
        var modules: [ModuleRecord]
        var roles: [RoleRecord]
        var vocabulary: RouteVocabulary

        func role(_ key: String?) -> Role? { key.flatMap { k in roles.first { $0.key == k }?.role } }
        var moduleFields: [UUID: ModuleFields] {
            Dictionary(modules.compactMap { m in m.id.map { ($0, m.fields) } }, uniquingKeysWith: { a, _ in a })
        }
    }

    func parts() async throws -> Parts {
        let snapshot = try await req.snapshot()
        let modules = try await ModuleRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID).sort(\.$title).all()
        let roles = try await RoleRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID).sort(\.$position).all()
        return Parts(modules: modules, roles: roles,
                     vocabulary: RouteVocabulary(offer: try await ModuleStore(req: req).vocabulary(), roleKeys: Set(roles.map(\.key)),
                                                 moduleIDs: Set(modules.compactMap(\.id)), targetGroups: snapshot.vocabulary.targetGroups))
    }

    func create(_ input: LearningRouteInput, user: SignedInUser) async throws -> UUID {
        let snapshot = try await req.snapshot()
        let parts = try await parts()
        let modules = parts.modules, roles = parts.roles
        let fields: LearningRouteFields
        switch LearningRouteFields.validate(input, vocabulary: parts.vocabulary) {
        case .success(let f): fields = f
        case .failure(let failure): throw failure
        }
        let providers = Set(fields.steps.compactMap { step -> UUID? in
            if case .module(let id) = step { return modules.first { $0.id == id }?.providerID }
            return nil
        })
        let own = user.organisationID.map { fields.employerIDs.contains($0) || (!providers.isEmpty && providers == [$0]) } ?? false
        guard Permissions.isRegionWide(user, regionID: snapshot.regionID) || (user.regionID == snapshot.regionID && own) else {
            throw Problem.forbidden("Je mag alleen leerroutes toevoegen waarin je eigen organisatie de werkplek biedt of alle modules verzorgt.")
        }
        let model = LearningRouteRecord(regionID: snapshot.regionID, fields: fields)
        let titles = Dictionary(modules.compactMap { m in m.id.map { ($0, m.title) } }, uniquingKeysWith: { a, _ in a })
        let roleLabels = Dictionary(roles.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
        try await req.db.transaction { tx in
            try await model.create(on: tx)
            try await HistoryWriter(regionID: snapshot.regionID, author: user.author)
                .record(.create, entity: .learningRoute, id: model.requireID(), old: [:],
                        new: LearningRouteSnapshot.make(fields, names: snapshot, moduleTitle: { titles[$0] ?? $0.uuidString }, roleLabel: { roleLabels[$0] ?? $0 }),
                        fieldOrder: LearningRouteSnapshot.fieldOrder, on: tx)
        }
        return try model.requireID()
    }

    /// The route with its modules, role and what it covers.
    func coverage(of route: LearningRouteRecord) async throws -> (modules: [UUID: ModuleRecord], role: Role?, coverage: RouteCoverage) {
        let ids = route.steps.compactMap { step -> UUID? in if case .module(let id) = step { id } else { nil } }
        let modules = ids.isEmpty ? [] : try await ModuleRecord.query(on: req.db).filter(\.$id ~~ ids).all()
        let byID = Dictionary(modules.compactMap { m in m.id.map { ($0, m) } }, uniquingKeysWith: { a, _ in a })
        var role: Role?
        if let key = route.roleKey {
            role = try await RoleRecord.query(on: req.db).filter(\.$region.$id == route.$region.id).filter(\.$key == key).first()?.role
        }
        return (byID, role, RouteCoverage.of(route.fields, modules: byID.mapValues(\.fields), role: role))
    }
}
