import Fluent
import Foundation
import RegioCore
import Vapor

/// Reads and writes modules for both the HTML and the JSON side: validation,
/// permissions and history in one place and one transaction.
struct ModuleStore {
    let req: Request

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> ModuleRecord {
        try await req.record(ModuleRecord.self, id, region: \.$region.$id, what: "Deze module", withDeleted: withDeleted)
    }

    func vocabulary() async throws -> OfferVocabulary {
        let snapshot = try await req.snapshot()
        let skills = try await SkillRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID).field(\.$key).all()
        return Self.vocabulary(skillKeys: Set(skills.map(\.key)), snapshot: snapshot)
    }

    /// What a module may refer to: these skills and the region's places and organisations.
    static func vocabulary(skillKeys: Set<String>, snapshot: RegionSnapshot) -> OfferVocabulary {
        OfferVocabulary(skillKeys: skillKeys, municipalityCodes: snapshot.vocabulary.municipalityCodes, organisationIDs: Set(snapshot.organisations.map(\.id)))
    }

    /// Coordinators change modules of any provider; an editor only those of their own organisation.
    static func canEdit(_ user: SignedInUser, providerID: UUID?, regionID: UUID) -> Bool {
        Permissions.isRegionWide(user, regionID: regionID)
            || (user.regionID == regionID && user.organisationID != nil && providerID == user.organisationID)
    }

    private func validated(_ input: ModuleInput, user: SignedInUser, regionID: UUID) async throws -> ModuleFields {
        let fields: ModuleFields
        switch ModuleFields.validate(input, vocabulary: try await vocabulary()) {
        case .success(let f): fields = f
        case .failure(let failure): throw failure
        }
        guard Self.canEdit(user, providerID: fields.providerID, regionID: regionID) else {
            throw Problem.forbidden("Je mag alleen modules van je eigen organisatie toevoegen of wijzigen; kies je organisatie als aanbieder.")
        }
        return fields
    }

    func create(_ input: ModuleInput, user: SignedInUser) async throws -> UUID {
        let snapshot = try await req.snapshot()
        let fields = try await validated(input, user: user, regionID: snapshot.regionID)
        let id = try await writer(snapshot).create(fields, author: user.author, on: req.db)
        await req.regionChanged()
        return id
    }

    /// Replaces the module's fields with `input` (a full record).
    func update(_ id: UUID, with input: ModuleInput, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let model = try await find(id)
        try authorise(user, model, regionID: snapshot.regionID)
        let before = model.fields
        let fields = try await validated(input, user: user, regionID: snapshot.regionID)
        guard fields != before else { return }
        try await writer(snapshot).update(model, with: fields, author: user.author, on: req.db)
        await req.regionChanged()
    }

    /// Deletes softly or restores, with history; nothing when the module already is so.
    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let model = try await find(id, withDeleted: true)
        try authorise(user, model, regionID: snapshot.regionID)
        guard (model.deletedAt != nil) != deleted else { return }
        try await HistoryWriter(regionID: snapshot.regionID, author: user.author).setDeleted(model, id: id, deleted: deleted, entity: .module, on: req.db)
        await req.regionChanged()
    }

    /// Writes modules with their history, as history shows them (skill names, not keys).
    private func writer(_ snapshot: RegionSnapshot) async throws -> RecordWriter<ModuleRecord> {
        RecordWriter(regionID: snapshot.regionID, entity: .module, fieldOrder: ModuleSnapshot.fieldOrder, shown: try await historySnapshot(snapshot))
    }

    func authorise(_ user: SignedInUser, _ model: ModuleRecord, regionID: UUID) throws {
        guard Self.canEdit(user, providerID: model.providerID, regionID: regionID) else {
            throw Problem.forbidden("Je mag alleen modules van je eigen organisatie wijzigen.")
        }
    }

    /// How history shows a module's fields, with skill names instead of keys.
    func historySnapshot(_ snapshot: RegionSnapshot) async throws -> @Sendable (ModuleFields) -> [String: String] {
        let labels = try await skillLabels(snapshot)
        return { ModuleSnapshot.make($0, names: snapshot, skillLabel: { labels[$0] ?? $0 }) }
    }

    func skillLabels(_ snapshot: RegionSnapshot) async throws -> [String: String] {
        let skills = try await SkillRecord.query(on: req.db).filter(\.$region.$id == snapshot.regionID).all()
        return Dictionary(skills.map { ($0.key, $0.label) }, uniquingKeysWith: { a, _ in a })
    }
}

extension ModuleStore: DeletableRecordStore {
    static let what = "Deze module"
    static let entity = HistoryEntity.module

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let record = try await find(id, withDeleted: true)
        return (record.title, record.deletedAt != nil)
    }
}
