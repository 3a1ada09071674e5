import Fluent
import Foundation
import RegioCore
import Vapor

/// Reads and writes modules for both the HTML and the JSON side.
struct ModuleStore {
    let req: Request

    func find(_ id: UUID) async throws -> ModuleRecord {
        try await req.record(ModuleRecord.self, id, region: \.$region.$id, what: "Deze module")
    }

    func vocabulary() async throws -> OfferVocabulary {
        let snapshot = try await req.snapshot()
        let skills = try await SkillRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID).all()
        return OfferVocabulary(skillKeys: Set(skills.map(\.key)), municipalityCodes: snapshot.vocabulary.municipalityCodes,
                               organisationIDs: Set(snapshot.organisations.map(\.id)))
    }

    /// Coordinators add modules for any provider; an editor only for their own organisation.
    func create(_ input: ModuleInput, user: SignedInUser) async throws -> UUID {
        let snapshot = try await req.snapshot()
        let fields: ModuleFields
        switch ModuleFields.validate(input, vocabulary: try await vocabulary()) {
        case .success(let f): fields = f
        case .failure(let failure): throw failure
        }
        guard Permissions.isRegionWide(user, regionID: snapshot.regionID)
                || (user.regionID == snapshot.regionID && user.organisationID != nil && fields.providerID == user.organisationID) else {
            throw Problem.forbidden("Je mag alleen modules van je eigen organisatie toevoegen; kies je organisatie als aanbieder.")
        }
        let model = ModuleRecord(regionID: snapshot.regionID, fields: fields)
        let labels = try await skillLabels(snapshot)
        try await req.db.transaction { tx in
            try await model.create(on: tx)
            try await HistoryWriter(regionID: snapshot.regionID, author: user.author)
                .record(.create, entity: .module, id: model.requireID(), old: [:], new: ModuleSnapshot.make(fields, names: snapshot, skillLabel: { labels[$0] ?? $0 }),
                        fieldOrder: ModuleSnapshot.fieldOrder, on: tx)
        }
        return try model.requireID()
    }

    func skillLabels(_ snapshot: RegionSnapshot) async throws -> [String: String] {
        let skills = try await SkillRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID).all()
        return Dictionary(skills.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
    }
}
