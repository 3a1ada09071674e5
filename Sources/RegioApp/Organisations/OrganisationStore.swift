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
        try OrganisationFields.validate(input, vocabulary: try await req.snapshot().vocabulary).get()
    }

    func writer(_ snapshot: RegionSnapshot) -> RecordWriter<Organisation> {
        RecordWriter(regionID: snapshot.regionID, entity: .organisation, fieldOrder: OrganisationSnapshot.fieldOrder,
                     shown: { OrganisationSnapshot.make($0, names: snapshot) })
    }

    func create(_ input: OrganisationInput, user: SignedInUser) async throws -> UUID {
        let snapshot = try await req.snapshot()
        guard Permissions.canManageOrganisations(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Alleen de coördinator van de regio kan organisaties toevoegen.")
        }
        let id = try await writer(snapshot).create(try await validate(input), author: user.author, on: req.db)
        await req.regionChanged()
        return id
    }

    func update(_ id: UUID, with input: OrganisationInput, user: SignedInUser) async throws {
        let snapshot = try await req.snapshot()
        let model = try await find(id)
        guard Permissions.canEditOrganisation(user, regionID: snapshot.regionID, organisationID: id) else {
            throw Problem.forbidden("Je mag alleen de gegevens van je eigen organisatie wijzigen.")
        }
        try await writer(snapshot).update(model, with: try await validate(input), author: user.author, on: req.db)
        await req.regionChanged()
    }

    /// Imports CSV rows all or nothing: a row whose id exists is updated, others added.
    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary {
        let snapshot = try await req.snapshot()
        guard Permissions.canManageOrganisations(user, regionID: snapshot.regionID) else {
            throw Problem.forbidden("Alleen de coördinator van de regio kan organisaties importeren.")
        }
        let writer = writer(snapshot)
        let existing = RecordWriter.byID(try await Organisation.query(on: req.db).withDeleted().filter(\.$region.$id == snapshot.regionID).all())
        let plans = try writer.plan(rows, existing: existing, deleted: "Deze organisatie is verwijderd; herstel haar eerst.") { row in
            let (id, input) = OrganisationCSV.input(row.values)
            return (id, OrganisationFields.validate(input, vocabulary: snapshot.vocabulary))
        }
        let summary = try await writer.importRows(plans, existing: existing, author: user.author, on: req.db)
        await req.regionChanged()
        return summary
    }

    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
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

extension OrganisationStore: RecordStore {
    static let what = "Deze organisatie"
    static let entity = HistoryEntity.organisation
    static var csvColumns: [String] { OrganisationCSV.header }

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let model = try await find(id, withDeleted: true)
        return (model.name, model.deletedAt != nil)
    }

    func input(of id: UUID) async throws -> OrganisationInput { OrganisationInput(try await find(id).fields) }
}
