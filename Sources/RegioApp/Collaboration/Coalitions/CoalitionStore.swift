import Fluent
import Foundation
import RegioCore
import Vapor

/// Reads and writes coalitions. The coordinator adds and deletes them and decides what is
/// published; members (editors of a member organisation) change their coalition and its
/// purpose case. Every change is saved with optimistic locking.
struct CoalitionStore {
    let req: Request

    static let csv = InputCSV<Versioned<CoalitionInput>>(columns: [
        ("name", .text), ("question", .text), ("theme", .text), ("status", .text), ("members", .pairs("organisationId", "role")),
        ("initiativeIds", .list), ("sessionId", .text), ("published", .text)])

    var table: CollaborationTable<CoalitionRecord> { .init(req: req, what: Self.what, entity: Self.entity) }

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> CoalitionRecord { try await table.find(id, withDeleted: withDeleted) }

    /// The coalitions the visitor may see, by name.
    func list() async throws -> [CoalitionRecord] {
        try await table.visible().all().sorted { $0.name.lowercased() < $1.name.lowercased() }
    }

    func authoriseCoordinator(_ user: SignedInUser) async throws {
        guard CollaborationAccess.isCoordinator(user, regionID: try await req.snapshot().regionID) else {
            throw Problem.forbidden("Coalities toevoegen en verwijderen doet de coördinator van de regio.")
        }
    }

    func authoriseEdit(_ user: SignedInUser, _ model: CoalitionRecord) async throws {
        guard CollaborationAccess.mayEditCoalition(user, regionID: try await req.snapshot().regionID, model.coalition) else {
            throw Problem.forbidden("Alleen de coördinator en de leden van deze coalitie kunnen haar wijzigen.")
        }
    }

    func writer(_ names: CollaborationNames) -> RecordWriter<CoalitionRecord> {
        RecordWriter(regionID: names.snapshot.regionID, entity: .coalition, fieldOrder: CoalitionSnapshot.fieldOrder,
                     shown: { CoalitionSnapshot.make($0, names: names) })
    }

    /// Checks `input`; someone who is not the coordinator cannot change what is published.
    func validate(_ input: CoalitionInput, user: SignedInUser, current: CoalitionRecord?, names: CollaborationNames) throws -> CoalitionFields {
        var fields = try CoalitionFields.validate(input, vocabulary: names.vocabulary).get()
        if !CollaborationAccess.isCoordinator(user, regionID: names.snapshot.regionID) { fields.published = current?.published ?? false }
        return fields
    }

    /// Saves the purpose case of coalition `id`, started from `version`.
    func savePurposeCase(_ id: UUID, input: PurposeCaseInput, version: Int, user: SignedInUser) async throws {
        let model = try await find(id)
        try await authoriseEdit(user, model)
        let names = try await CollaborationNames.load(req)
        let purposeCase = try PurposeCase.validate(input, organisationIDs: Set(names.snapshot.organisations.map(\.id))).get()
        try await save(model, fields: .init(coalition: model.coalition, purposeCase: purposeCase), version: version, user: user, names: names)
    }

    private func save(_ model: CoalitionRecord, fields: CoalitionRecord.Fields, version: Int, user: SignedInUser, names: CollaborationNames) async throws {
        do {
            try await writer(names).update(model, with: fields, expectedVersion: version, author: user.author, on: req.db)
        } catch is VersionConflict {
            throw Problem.conflict("Deze coalitie")
        }
        await req.regionChanged()
    }
}

extension CoalitionStore: RecordStore {
    static let what = "Deze coalitie"
    static let entity = HistoryEntity.coalition
    static var csvColumns: [String] { csv.header }
    static var csvRequired: [String] { ["name", "question", "members"] }

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let model = try await find(id, withDeleted: true)
        return (model.name, model.deletedAt != nil)
    }

    func input(of id: UUID) async throws -> Versioned<CoalitionInput> { Versioned(version: nil, fields: CoalitionInput(try await find(id).coalition)) }

    func create(_ input: Versioned<CoalitionInput>, user: SignedInUser) async throws -> UUID {
        try await authoriseCoordinator(user)
        let names = try await CollaborationNames.load(req)
        let fields = try validate(input.fields, user: user, current: nil, names: names)
        let id = try await writer(names).create(.init(coalition: fields, purposeCase: nil), author: user.author, on: req.db)
        await req.regionChanged()
        return id
    }

    func update(_ id: UUID, with input: Versioned<CoalitionInput>, user: SignedInUser) async throws {
        let model = try await find(id)
        try await authoriseEdit(user, model)
        let names = try await CollaborationNames.load(req)
        let fields = try validate(input.fields, user: user, current: model, names: names)
        try await save(model, fields: .init(coalition: fields, purposeCase: model.purposeCase), version: try input.requireVersion("een coalitie"), user: user, names: names)
    }

    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        try await table.setDeleted(id, deleted: deleted, user: user) { _ in try await authoriseCoordinator(user) }
    }

    /// Imports coalitions (the coordinator's); an existing coalition keeps its purpose case.
    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary {
        try await authoriseCoordinator(user)
        let names = try await CollaborationNames.load(req)
        return try await table.importRows(rows, csv: Self.csv, writer: writer(names), user: user) { input, current in
            CoalitionFields.validate(input.fields, vocabulary: names.vocabulary).map { .init(coalition: $0, purposeCase: current?.purposeCase) }
        }
    }
}

/// A coalition's fields as history shows them; the purpose case as its totals.
enum CoalitionSnapshot {
    static let fieldOrder = ["name", "question", "theme", "status", "members", "initiatives", "session", "published", "purposeCase"]

    static func make(_ f: CoalitionRecord.Fields, names: CollaborationNames) -> [String: String] {
        let c = f.coalition
        var s = ["name": c.name, "question": c.question, "status": c.status.dutchLabel, "published": c.published ? "Ja" : "Nee",
                 "members": c.members.map { "\(names.organisation($0.organisationID)) (\($0.role.dutchLabel.lowercased()))" }.joined(separator: ", ")]
        s["theme"] = c.theme.map(names.theme)
        s["initiatives"] = c.initiativeIDs.isEmpty ? nil : names.list(c.initiativeIDs, names.initiative)
        s["session"] = c.sessionID.map(names.session)
        s["purposeCase"] = f.purposeCase.map(PurposeCaseText.summary)
        return s
    }
}

/// A purpose case in one line of text, for history: its stakeholders and totals per unit.
enum PurposeCaseText {
    static func summary(_ p: PurposeCase) -> String {
        let summary = p.summary
        let totals = summary.totals.map { t in "\(t.unit.key): inbreng \(t.unit.dutch(t.contributed)), opbrengst \(t.unit.dutch(t.benefited))" }
        return (["\(Components.count(p.stakeholders.count, "belanghebbende", "belanghebbenden")): " + p.stakeholders.map(\.name).joined(separator: ", ")]
                + totals).joined(separator: "; ")
    }
}
