import Fluent
import Foundation
import RegioCore
import Vapor

/// Reads and writes development sessions; the coordinator runs them, so only the
/// coordinator adds, changes and deletes them.
struct DevelopmentSessionStore {
    let req: Request

    static let csv = InputCSV<DevelopmentSessionInput>(columns: [
        ("date", .text), ("title", .text), ("themes", .list), ("question", .text), ("organisationIds", .list), ("participantCount", .text),
        ("ideas", .list), ("barriers", .list), ("notes", .text), ("published", .text)])

    var table: CollaborationTable<DevelopmentSessionRecord> { .init(req: req, what: Self.what, entity: Self.entity) }

    func find(_ id: UUID, withDeleted: Bool = false) async throws -> DevelopmentSessionRecord { try await table.find(id, withDeleted: withDeleted) }

    /// The sessions the visitor may see, newest first.
    func list() async throws -> [DevelopmentSessionRecord] {
        try await table.visible().sort(\.$date, .descending).sort(\.$title).all()
    }

    func authorise(_ user: SignedInUser) async throws {
        guard CollaborationAccess.isCoordinator(user, regionID: try await req.snapshot().regionID) else {
            throw Problem.forbidden("Ontwikkelsessies legt de coördinator van de regio vast.")
        }
    }

    func writer(_ names: CollaborationNames) -> RecordWriter<DevelopmentSessionRecord> {
        RecordWriter(regionID: names.snapshot.regionID, entity: .developmentSession, fieldOrder: DevelopmentSessionSnapshot.fieldOrder,
                     shown: { DevelopmentSessionSnapshot.make($0, names: names) })
    }

    func validate(_ input: DevelopmentSessionInput, names: CollaborationNames) throws -> DevelopmentSessionFields {
        try DevelopmentSessionFields.validate(input, vocabulary: names.vocabulary).get()
    }
}

extension DevelopmentSessionStore: RecordStore {
    static let what = "Deze ontwikkelsessie"
    static let entity = HistoryEntity.developmentSession
    static var csvColumns: [String] { csv.header }
    static var csvRequired: [String] { ["date", "title", "question", "participantCount"] }

    func summary(_ id: UUID) async throws -> (name: String, deleted: Bool) {
        let model = try await find(id, withDeleted: true)
        return (model.title, model.deletedAt != nil)
    }

    func input(of id: UUID) async throws -> DevelopmentSessionInput { DevelopmentSessionInput(try await find(id).fields) }

    func create(_ input: DevelopmentSessionInput, user: SignedInUser) async throws -> UUID {
        try await authorise(user)
        let names = try await CollaborationNames.load(req)
        let id = try await writer(names).create(try validate(input, names: names), author: user.author, on: req.db)
        await req.regionChanged()
        return id
    }

    func update(_ id: UUID, with input: DevelopmentSessionInput, user: SignedInUser) async throws {
        try await authorise(user)
        let model = try await find(id)
        let names = try await CollaborationNames.load(req)
        try await writer(names).update(model, with: try validate(input, names: names), author: user.author, on: req.db)
        await req.regionChanged()
    }

    func setDeleted(_ id: UUID, deleted: Bool, user: SignedInUser) async throws {
        try await table.setDeleted(id, deleted: deleted, user: user) { _ in try await authorise(user) }
    }

    func importRows(_ rows: [CSVRow], user: SignedInUser) async throws -> ImportSummary {
        try await authorise(user)
        let names = try await CollaborationNames.load(req)
        return try await table.importRows(rows, csv: Self.csv, writer: writer(names), user: user) { input, _ in
            DevelopmentSessionFields.validate(input, vocabulary: names.vocabulary)
        }
    }
}

/// A session's fields as history shows them.
enum DevelopmentSessionSnapshot {
    static let fieldOrder = ["date", "title", "themes", "question", "organisations", "participantCount", "ideas", "barriers", "notes", "published"]

    static func make(_ f: DevelopmentSessionFields, names: CollaborationNames) -> [String: String] {
        var s = ["date": f.date.dutch, "title": f.title, "question": f.question, "participantCount": String(f.participantCount),
                 "published": f.published ? "Ja" : "Nee"]
        s["themes"] = f.themes.isEmpty ? nil : f.themes.map(names.theme).joined(separator: ", ")
        s["organisations"] = f.organisationIDs.isEmpty ? nil : names.list(f.organisationIDs, names.organisation)
        s["ideas"] = f.ideas.isEmpty ? nil : f.ideas.joined(separator: "\n")
        s["barriers"] = f.barriers.isEmpty ? nil : f.barriers.joined(separator: "\n")
        s["notes"] = f.notes
        return s
    }
}
