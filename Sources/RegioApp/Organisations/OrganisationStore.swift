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
        req.regionChanged()
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
        req.regionChanged()
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
        try await req.db.transaction { tx in
            if deleted { try await model.delete(on: tx) } else { try await model.restore(on: tx) }
            try await HistoryWriter(regionID: snapshot.regionID, author: user.author)
                .record(deleted ? .delete : .restore, entity: .organisation, id: id, old: [:], new: [:], on: tx)
        }
        req.regionChanged()
    }
}
