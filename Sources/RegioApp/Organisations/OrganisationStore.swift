import Fluent
import Foundation
import RegioCore
import Vapor

/// Reads and writes organisations for both the HTML and the JSON side.
struct OrganisationStore {
    let req: Request

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> Organisation {
        let region = try await req.region()
        var query = Organisation.query(on: req.db).filter(\.$id == id).filter(\.$region.$id == (try region.requireID()))
        if withDeleted { query = query.withDeleted() }
        guard let model = try await query.first() else { throw Problem.notFound("Deze organisatie") }
        return model
    }

    func validate(_ input: OrganisationInput) async throws -> OrganisationFields {
        switch OrganisationFields.validate(input, vocabulary: try await req.snapshot().vocabulary) {
        case .success(let f): return f
        case .failure(let failure): throw failure
        }
    }

    func create(_ input: OrganisationInput, user: SignedInUser) async throws -> UUID {
        let snapshot = try await req.snapshot()
        guard Permissions.canManageOrganisations(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Alleen de coördinator van de regio kan organisaties toevoegen.")
        }
        let fields = try await validate(input)
        let model = Organisation(regionID: snapshot.regionID, fields: fields)
        try await req.db.transaction { tx in
            try await model.create(on: tx)
            try await HistoryWriter(regionID: snapshot.regionID, author: user.author)
                .record(.create, entity: .organisation, id: model.requireID(), old: [:], new: OrganisationSnapshot.make(fields, names: snapshot),
                        fieldOrder: OrganisationSnapshot.fieldOrder, on: tx)
        }
        await req.regionChanged()
        return try model.requireID()
    }

    func update(_ id: UUID, with input: OrganisationInput, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let model = try await find(id)
        guard Permissions.canEditOrganisation(user, regionID: snapshot.regionID, organisationID: id) else {
            throw Problem.forbidden("Je mag alleen de gegevens van je eigen organisatie wijzigen.")
        }
        let old = model.fields
        let fields = try await validate(input)
        try await req.db.transaction { tx in
            model.apply(fields)
            try await model.save(on: tx)
            try await HistoryWriter(regionID: snapshot.regionID, author: user.author)
                .record(.update, entity: .organisation, id: id, old: OrganisationSnapshot.make(old, names: snapshot),
                        new: OrganisationSnapshot.make(fields, names: snapshot), fieldOrder: OrganisationSnapshot.fieldOrder, on: tx)
        }
        await req.regionChanged()
    }

    /// Imports CSV rows all or nothing: a row whose id exists is updated, others added.
    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary {
        let snapshot = try await req.snapshot()
        guard Permissions.canManageOrganisations(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Alleen de coördinator van de regio kan organisaties importeren.")
        }
        let existing = try await Organisation.query(on: req.db).withDeleted().filter(\.$region.$id == snapshot.regionID).all()
        let byID = Dictionary(uniqueKeysWithValues: existing.compactMap { m in m.id.map { ($0, m) } })
        var plans: [(UUID, OrganisationFields)] = [], errors: [FieldError] = []
        for row in rows {
            let (id, input) = OrganisationCSV.input(row.values)
            switch OrganisationFields.validate(input, vocabulary: snapshot.vocabulary) {
            case .success(let fields):
                if let id, let model = byID[id], model.deletedAt != nil {
                    errors.append(FieldError("regel \(row.line)", "Deze organisatie is verwijderd; herstel haar eerst."))
                } else {
                    plans.append((id ?? UUID(), fields))
                }
            case .failure(let failure):
                errors += failure.errors.map { FieldError("regel \(row.line) · \($0.field)", $0.message) }
            }
        }
        guard errors.isEmpty else { throw ValidationFailure(errors) }
        let planned = plans, author = user.author
        var created = 0, updated = 0
        for (id, _) in planned { if byID[id] == nil { created += 1 } else { updated += 1 } }
        try await req.db.transaction { tx in
            let history = HistoryWriter(regionID: snapshot.regionID, author: author)
            for (id, fields) in planned {
                if let model = byID[id] {
                    let old = model.fields
                    guard old != fields else { continue }
                    model.apply(fields)
                    try await model.save(on: tx)
                    try await history.record(.import, entity: .organisation, id: id, old: OrganisationSnapshot.make(old, names: snapshot),
                                             new: OrganisationSnapshot.make(fields, names: snapshot), fieldOrder: OrganisationSnapshot.fieldOrder, on: tx)
                } else {
                    try await Organisation(id: id, regionID: snapshot.regionID, fields: fields).create(on: tx)
                    try await history.record(.import, entity: .organisation, id: id, old: [:], new: OrganisationSnapshot.make(fields, names: snapshot),
                                             fieldOrder: OrganisationSnapshot.fieldOrder, on: tx)
                }
            }
        }
        await req.regionChanged()
        return ImportSummary(created: created, updated: updated)
    }

    func delete(_ id: UUID, user: SignedInUser) async throws {
        try await setDeleted(id, deleted: true, user: user)
    }

    func restore(_ id: UUID, user: SignedInUser) async throws {
        try await setDeleted(id, deleted: false, user: user)
    }

    private func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        guard Permissions.canManageOrganisations(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Alleen de coördinator van de regio kan organisaties verwijderen of herstellen.")
        }
        let model = try await find(id, withDeleted: true)
        guard (model.deletedAt != nil) != deleted else { return }
        try await HistoryWriter(regionID: snapshot.regionID, author: user.author).setDeleted(model, id: id, deleted: deleted, entity: .organisation, on: req.db)
        await req.regionChanged()
    }
}
